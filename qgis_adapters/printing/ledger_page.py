# SPDX-License-Identifier: GPL-2.0-or-later
"""The alert ledger's page at the end of the office briefing (issue 30): the chart of alerts by state, the
counts and median days to a verdict, and each source's verdicts and false alarms.

The office copy only: how many alerts wait, and where the guards found what, is the office's business; the
field copy never gets this page (``briefing.write_briefings`` passes the summary to office copies alone).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayoutItemPicture, QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes

from ...planner.targets import LedgerSummary
from ..translation import tr
from .ledger_report import HEIGHT, WIDTH, summary_lines, write_chart
from .maps import layout_label

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
CHART_TOP, LINE_H = 24.0, 5.5


def add_ledger_page(briefing, summary: LedgerSummary, chart: Path) -> None:
    """One more page on ``briefing`` (a ``TeamBriefing`` of the office): heading, chart (written to ``chart``,
    which must outlive the export), counts and the verdicts by source."""
    y = briefing.new_page(tr("Alert ledger"))
    left, width = briefing.margin, briefing.page_width - 2 * briefing.margin
    picture = QgsLayoutItemPicture(briefing.layout)
    picture.setPicturePath(str(write_chart(summary, chart)))
    picture.attemptMove(QgsLayoutPoint(left, y + CHART_TOP, MM))
    picture.attemptResize(QgsLayoutSize(width, width * HEIGHT / WIDTH, MM))
    briefing.layout.addLayoutItem(picture)
    briefing.ledger_chart = picture
    top = y + CHART_TOP + width * HEIGHT / WIDTH + 6
    counts, sources = summary_lines(summary)
    for number, line in enumerate(counts):
        layout_label(briefing.layout, line, left, top + number * LINE_H, width, LINE_H, 10, bold=number == 0)
    top += len(counts) * LINE_H + 4
    layout_label(briefing.layout, tr("Verdicts by source"), left, top, width, LINE_H + 1, 11, bold=True)
    for number, line in enumerate(sources or [tr("no verdict yet")], 1):
        layout_label(briefing.layout, line, left, top + number * LINE_H + 1, width, LINE_H, 10)
