# SPDX-License-Identifier: GPL-2.0-or-later
"""The alert ledger: what became of every alert, from the satellite to the guards' verdict (issue 30).

An alert is imported on a day, merged into a plot, the plot planned in a
plan, visited, and given a verdict.  The ledger keeps each step with its day
so the office can say how long a detection waits for a verdict, which
alerts are overdue by their confidence (``Deadlines``: "highest:7; high:21"),
and how many false alarms each source gives.  A plot the guards did not
reach keeps its alerts planned, not visited.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime
from typing import Dict, Iterable, List, Mapping, Optional, Protocol, Sequence, Tuple

from ..core import FALSE_ALARM, NOT_REACHED, InputError, message

LEDGER_STATES: Tuple[str, ...] = ("imported", "merged", "planned", "visited", "verdict")


class VerdictLike(Protocol):
    verdict: str
    visited_on: Optional[datetime]


@dataclass(frozen=True)
class AlertEntry:
    alert_id: str
    source: str  # MapBiomas, GFW, GeoBosques, or the file's name
    detected: Optional[date]
    confidence: Optional[str]  # GFW's low / high / highest; None for sources without one
    imported: date  # the day the ledger first saw it


@dataclass(frozen=True)
class PlanEntry:
    name: str
    planned_on: date
    plot_ids: Tuple[str, ...]


@dataclass(frozen=True)
class LedgerEvent:
    state: str
    day: date
    detail: str = ""


@dataclass(frozen=True)
class LedgerRow:
    alert_id: str
    source: str
    detected: Optional[date]
    confidence: Optional[str]
    events: Tuple[LedgerEvent, ...]
    plot_id: str = ""
    plan: str = ""
    verdict: str = ""  # the latest, "not_reached" included

    @property
    def state(self) -> str:
        return self.events[-1].state

    def day_of(self, state: str) -> Optional[date]:
        return next((e.day for e in self.events if e.state == state), None)

    @property
    def days_to_verdict(self) -> Optional[int]:
        day = self.day_of("verdict")
        return (day - self.detected).days if day and self.detected else None


def build_ledger(
    alerts: Iterable[AlertEntry],
    plots: Mapping[str, Sequence[str]],
    plans: Sequence[PlanEntry],
    verdicts: Mapping[str, VerdictLike],
    visits: Optional[Mapping[str, date]] = None,
) -> List[LedgerRow]:
    """One row per alert: ``plots`` gives each plot's alert ids, ``plans`` the plots each plan visits,
    ``verdicts`` each plot's latest verdict, ``visits`` (optional) the day tracks first covered a plot."""
    plot_of = {alert: plot for plot, ids in plots.items() for alert in ids}
    visits = visits or {}
    rows = []
    for alert in alerts:
        events = [LedgerEvent("imported", alert.imported)]
        plot = plot_of.get(alert.alert_id, "")
        plan = ""
        code = ""
        if plot:
            events.append(LedgerEvent("merged", alert.imported, plot))
            chosen = next((p for p in sorted(plans, key=lambda p: p.planned_on) if plot in p.plot_ids), None)
            if chosen is not None:
                plan = chosen.name
                events.append(LedgerEvent("planned", chosen.planned_on, plan))
            verdict = verdicts.get(plot)
            code = verdict.verdict if verdict is not None else ""
            day = verdict.visited_on.date() if verdict is not None and verdict.visited_on else None
            if verdict is not None and code != NOT_REACHED and day is not None:
                events.append(LedgerEvent("visited", min(day, visits.get(plot, day))))
                events.append(LedgerEvent("verdict", day, code))
            elif plot in visits:
                events.append(LedgerEvent("visited", visits[plot]))
        rows.append(
            LedgerRow(alert.alert_id, alert.source, alert.detected, alert.confidence, tuple(events), plot, plan, code)
        )
    return rows


@dataclass(frozen=True)
class Deadlines:
    """Days an alert may wait for a verdict, by confidence ("" for alerts without one); none: no deadline."""

    days: Tuple[Tuple[str, int], ...] = ()

    @classmethod
    def parse(cls, text: str) -> Deadlines:
        """``"highest:7; high:21; :60"``: confidence, colon, days; an empty confidence for the rest."""
        out = []
        for part in (p.strip() for p in (text or "").split(";")):
            if not part:
                continue
            name, _, days = part.partition(":")
            if not days.strip().isdigit():
                raise InputError(message("ledger_deadline", part=part))
            out.append((name.strip().lower(), int(days)))
        return cls(tuple(out))

    def days_for(self, confidence: Optional[str]) -> Optional[int]:
        table = dict(self.days)
        return table.get((confidence or "").lower(), table.get(""))

    def days_left(self, row: LedgerRow, today: date) -> Optional[int]:
        allowed = self.days_for(row.confidence)
        if allowed is None or row.detected is None or row.state == "verdict":
            return None
        return allowed - (today - row.detected).days

    def overdue(self, row: LedgerRow, today: date) -> bool:
        left = self.days_left(row, today)
        return left is not None and left < 0

    def order(self, rows: Iterable[LedgerRow], today: date) -> List[LedgerRow]:
        """Overdue alerts first (the longest overdue first), then the nearest deadlines, then the rest."""

        def key(row: LedgerRow) -> int:
            left = self.days_left(row, today)
            return left if left is not None else 10**6  # no deadline: after every alert that has one

        return sorted(rows, key=key)


def overdue_plots(rows: Iterable[LedgerRow], deadlines: Deadlines, today: date) -> Dict[str, int]:
    """Each plot holding an overdue alert: how many days its most overdue alert is past its deadline."""
    out: Dict[str, int] = {}
    for row in rows:
        left = deadlines.days_left(row, today)
        if row.plot_id and left is not None and left < 0:
            out[row.plot_id] = max(out.get(row.plot_id, 0), -left)
    return out


@dataclass(frozen=True)
class LedgerInputs:
    """What the ledger lends the Import alerts step's priority: the register's alerts (with their
    confidence), each plot's latest verdict, and the deadlines by confidence."""

    alerts: Tuple[AlertEntry, ...]
    verdicts: Mapping[str, VerdictLike]
    deadlines: Deadlines

    def overdue(self, plots: Mapping[str, Sequence[str]], extra: Iterable[AlertEntry], today: date) -> Dict[str, int]:
        """``overdue_plots`` for ``plots`` (each plot's alert ids); ``extra``: alerts the register lacks."""
        known = {a.alert_id for a in self.alerts}
        entries = list(self.alerts) + [a for a in extra if a.alert_id not in known]
        return overdue_plots(build_ledger(entries, plots, (), self.verdicts), self.deadlines, today)


@dataclass(frozen=True)
class LedgerSummary:
    total: int
    by_state: Dict[str, int]
    median_days_to_verdict: Optional[float]
    verdicts_by_source: Dict[str, Dict[str, int]]
    false_alarms: Dict[str, int]
    overdue: int


@dataclass(frozen=True)
class LedgerLine:
    """An alert's outcome as the ledger layer keeps it: enough for the summary without the store."""

    state: str
    source: str
    verdict: str
    days_to_verdict: Optional[int]
    overdue: bool


def tally(lines: Iterable[LedgerLine]) -> LedgerSummary:
    """Alerts by state, the median days from detection to verdict, verdicts and false alarms by source."""
    by_state = {state: 0 for state in LEDGER_STATES}
    by_source: Dict[str, Dict[str, int]] = {}
    latency = []
    total = overdue = 0
    for line in lines:
        total += 1
        overdue += bool(line.overdue)
        by_state[line.state] = by_state.get(line.state, 0) + 1
        if line.state == "verdict":
            counts = by_source.setdefault(line.source, {})
            counts[line.verdict] = counts.get(line.verdict, 0) + 1
            if line.days_to_verdict is not None:
                latency.append(line.days_to_verdict)
    false = {source: counts[FALSE_ALARM] for source, counts in by_source.items() if counts.get(FALSE_ALARM)}
    median = statistics.median(latency) if latency else None
    return LedgerSummary(total, by_state, median, by_source, false, overdue)


def ledger_summary(rows: Sequence[LedgerRow], today: date, deadlines: Optional[Deadlines] = None) -> LedgerSummary:
    """``tally`` of the rows, overdue by ``deadlines`` (none without)."""
    return tally(
        LedgerLine(r.state, r.source, r.verdict, r.days_to_verdict, bool(deadlines and deadlines.overdue(r, today)))
        for r in rows
    )
