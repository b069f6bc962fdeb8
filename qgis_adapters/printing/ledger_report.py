# SPDX-License-Identifier: GPL-2.0-or-later
"""The alert ledger's page for the office (issue 30): alerts by state as a bar chart (PNG), latency and
false alarms by source as text, in an HTML page written whole or not at all."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Dict, List, Tuple

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ...planner.core import ExportError, atomic_write_text
from ...planner.targets import LEDGER_STATES, LedgerSummary
from ..translation import tr
from .qfield import verdict_labels

WIDTH, HEIGHT, MARGIN = 720, 360, 48
# From pale (just imported) to dark (a verdict): the order reads without colour.
COLOURS = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")


def state_labels() -> Dict[str, str]:
    return {
        "imported": tr("Imported"),
        "merged": tr("Merged into a plot"),
        "planned": tr("Planned"),
        "visited": tr("Visited"),
        "verdict": tr("Verdict"),
    }


def write_chart(summary: LedgerSummary, path: Path) -> Path:
    """Alerts by state, one bar each, labelled with the count: readable in black and white too."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(14)
        painter.setFont(font)
        labels = state_labels()
        top = max(max(summary.by_state.values(), default=0), 1)
        slot = (WIDTH - 2 * MARGIN) / len(LEDGER_STATES)
        base = HEIGHT - MARGIN
        painter.drawText(QRectF(0, 8, WIDTH, 24), Qt.AlignmentFlag.AlignHCenter, tr("Alerts by state"))
        for index, state in enumerate(LEDGER_STATES):
            count = summary.by_state.get(state, 0)
            bar = (base - MARGIN) * count / top
            left = MARGIN + index * slot + slot * 0.15
            painter.fillRect(QRectF(left, base - bar, slot * 0.7, bar), QColor(COLOURS[index]))
            painter.drawRect(QRectF(left, base - bar, slot * 0.7, bar))
            painter.drawText(QRectF(left, base - bar - 22, slot * 0.7, 20), Qt.AlignmentFlag.AlignHCenter, str(count))
            painter.drawText(
                QRectF(MARGIN + index * slot, base + 6, slot, 40),
                int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
                labels[state],
            )
        painter.drawLine(MARGIN, int(base), WIDTH - MARGIN, int(base))
    finally:
        painter.end()
    partial = path.with_name(f".{path.name}.part.png")
    if not image.save(str(partial), "PNG"):
        raise ExportError(tr("{path}: cannot write the chart").format(path=path))
    partial.replace(path)
    return path


def summary_lines(summary: LedgerSummary) -> Tuple[List[str], List[str]]:
    """The summary in the user's language: the counts (total, each state, median days), then one line a
    source with its verdicts and false alarms.  The HTML report, the office briefing's page and the dock's
    review say the same."""
    labels, words = state_labels(), verdict_labels()
    median = summary.median_days_to_verdict
    days = tr("no verdict yet") if median is None else tr("{days:g} days").format(days=median)
    counts = [tr("{total} alerts; {overdue} overdue").format(total=summary.total, overdue=summary.overdue)]
    counts += [f"{labels[state]}: {summary.by_state.get(state, 0)}" for state in LEDGER_STATES]
    counts.append(tr("Median time from detection to verdict: {days}").format(days=days))
    sources = []
    for source, found in sorted(summary.verdicts_by_source.items()):
        shown = ", ".join(f"{words.get(code, code)}: {n}" for code, n in sorted(found.items()))
        note = tr("{count} false alarms").format(count=summary.false_alarms.get(source, 0))
        sources.append(f"{source}: {shown} ({note})")
    return counts, sources


def write_report(summary: LedgerSummary, path: Path, title: str) -> Path:
    """The office page: the chart beside it (``<name>.png``), counts, median latency, verdicts by source."""
    path = Path(path)
    chart = write_chart(summary, path.with_suffix(".png"))
    counts, sources = summary_lines(summary)
    lines = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<img src="{html.escape(chart.name)}" alt="{html.escape(tr("Alerts by state"))}">',
    ]
    lines += [f"<p>{html.escape(line)}</p>" for line in counts]
    lines.append(f"<h2>{html.escape(tr('Verdicts by source'))}</h2>")
    lines += [f"<p>{html.escape(line)}</p>" for line in sources]
    lines.append("</body></html>")
    atomic_write_text(path, "\n".join(lines) + "\n")
    return path
