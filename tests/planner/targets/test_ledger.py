"""Issue 30: the alert ledger on a scripted season: alerts, plots, plans and verdicts on known days."""

from __future__ import annotations

from datetime import date, datetime, timezone

from patrol_planner.planner.core import NOT_REACHED
from patrol_planner.planner.field import Verdict
from patrol_planner.planner.targets import (
    LEDGER_STATES,
    AlertEntry,
    Deadlines,
    PlanEntry,
    build_ledger,
    ledger_summary,
)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc)


# Six alerts from three sources; four merged into three plots; two plots planned; verdicts on known days.
ALERTS = [
    AlertEntry("mb-1", "MapBiomas", date(2026, 10, 1), None, date(2026, 10, 20)),
    AlertEntry("mb-2", "MapBiomas", date(2026, 10, 5), None, date(2026, 10, 20)),
    AlertEntry("gfw-1", "GFW", date(2026, 11, 1), "highest", date(2026, 11, 2)),
    AlertEntry("gfw-2", "GFW", date(2026, 11, 3), "high", date(2026, 11, 4)),
    AlertEntry("gb-1", "GeoBosques", date(2026, 11, 10), None, date(2026, 11, 30)),
    AlertEntry("gb-2", "GeoBosques", date(2026, 11, 12), None, date(2026, 11, 30)),
]
PLOTS = {"P1": ("mb-1", "mb-2"), "P2": ("gfw-1",), "P3": ("gb-1",)}
PLANS = [PlanEntry("plan-nov", date(2026, 11, 5), ("P1", "P2")), PlanEntry("plan-dec", date(2026, 12, 1), ("P3",))]
VERDICTS = {
    "P1": Verdict("P1", "coca", _at(date(2026, 11, 10)), "Norte"),  # 40 and 36 days after detection
    "P2": Verdict("P2", "nothing", _at(date(2026, 11, 9)), "Sur"),  # 8 days
    "P3": Verdict("P3", NOT_REACHED, _at(date(2026, 12, 3)), "Sur"),
}
TODAY = date(2026, 12, 6)


def ledger():
    return build_ledger(ALERTS, PLOTS, PLANS, VERDICTS)


def test_each_alert_keeps_its_history_in_order():
    rows = {r.alert_id: r for r in ledger()}
    assert [e.state for e in rows["mb-1"].events] == ["imported", "merged", "planned", "visited", "verdict"]
    assert [e.day for e in rows["mb-1"].events] == [
        date(2026, 10, 20),
        date(2026, 10, 20),
        date(2026, 11, 5),
        date(2026, 11, 10),
        date(2026, 11, 10),
    ]
    assert rows["mb-1"].plot_id == "P1" and rows["mb-1"].plan == "plan-nov" and rows["mb-1"].verdict == "coca"
    # Not reached: the guards went, but no verdict on the ground.
    assert rows["gb-1"].state == "planned" and rows["gb-1"].verdict == NOT_REACHED
    assert rows["gb-2"].state == "imported" and rows["gb-2"].plot_id == ""
    assert rows["gfw-2"].state == "imported"
    assert LEDGER_STATES == ("imported", "merged", "planned", "visited", "verdict")


def test_days_from_detection_to_verdict():
    rows = {r.alert_id: r for r in ledger()}
    assert (rows["mb-1"].days_to_verdict, rows["mb-2"].days_to_verdict, rows["gfw-1"].days_to_verdict) == (40, 36, 8)
    assert rows["gb-1"].days_to_verdict is None


def test_deadlines_by_confidence_make_overdue_alerts_first():
    deadlines = Deadlines.parse("highest:7; high:21; :60")
    assert deadlines.days_for("highest") == 7 and deadlines.days_for("high") == 21 and deadlines.days_for(None) == 60
    rows = {r.alert_id: r for r in ledger()}
    # gfw-2 (high, 3 Nov) had 21 days: overdue on 6 Dec; gb-2 (no confidence, 12 Nov) has 60: not yet.
    assert deadlines.overdue(rows["gfw-2"], TODAY) and not deadlines.overdue(rows["gb-2"], TODAY)
    assert not deadlines.overdue(rows["gfw-1"], TODAY)  # a verdict closes it
    ordered = deadlines.order(ledger(), TODAY)
    assert ordered[0].alert_id == "gfw-2"


def test_the_office_summary_counts_states_latency_and_false_alarms_per_source():
    summary = ledger_summary(ledger(), TODAY, Deadlines.parse("highest:7; high:21"))
    assert summary.by_state == {"imported": 2, "merged": 0, "planned": 1, "visited": 0, "verdict": 3}
    assert summary.median_days_to_verdict == 36
    assert summary.verdicts_by_source == {"MapBiomas": {"coca": 2}, "GFW": {"nothing": 1}}
    assert summary.false_alarms == {"GFW": 1}
    assert summary.overdue == 1
    assert summary.total == 6


def test_the_summary_is_the_same_from_the_ledger_layer_s_lines():
    """The briefing and the dock read the ledger layer (state, source, verdict, days, overdue), not the store."""
    from patrol_planner.planner.targets import LedgerLine, tally

    deadlines = Deadlines.parse("highest:7; high:21")
    lines = [LedgerLine(r.state, r.source, r.verdict, r.days_to_verdict, deadlines.overdue(r, TODAY)) for r in ledger()]
    assert tally(lines) == ledger_summary(ledger(), TODAY, deadlines)
    assert tally([]).total == 0 and tally([]).median_days_to_verdict is None


def test_overdue_alerts_lift_their_plots_above_every_plot_without_one():
    """Deadlines by confidence reach the plan's priority: a plot holding an overdue alert ranks first."""
    from patrol_planner.planner.targets import Alert, LedgerInputs, build_targets, overdue_plots

    deadlines = Deadlines.parse("highest:7; high:21")
    # gfw-2 (high, 3 Nov) is 12 days past its 21 on 6 Dec; gfw-1 (highest) has its verdict: never overdue.
    assert overdue_plots(ledger() + build_ledger(ALERTS, {"P4": ("gfw-2",)}, (), {}), deadlines, TODAY) == {"P4": 12}
    # Two plots: a big, fresh, never-checked one (high score) and a small old one holding gfw-2 (overdue).
    alerts = [
        Alert("big", 0.0, 0.0, date(2026, 12, 5), 50.0),
        Alert("gfw-2", 9000.0, 0.0, date(2026, 11, 3), 0.1),
    ]
    plain = build_targets(alerts, TODAY)
    by_ids = {p.alert_ids: (p, pr) for p, pr in zip(plain.plots, plain.priorities)}
    assert by_ids[("big",)][1].value > by_ids[("gfw-2",)][1].value  # without the ledger: the big plot first
    ranked = build_targets(alerts, TODAY, ledger=LedgerInputs(tuple(ALERTS), {}, deadlines))
    by_ids = {p.alert_ids: (p, pr) for p, pr in zip(ranked.plots, ranked.priorities)}
    big, late = by_ids[("big",)][1], by_ids[("gfw-2",)][1]
    assert late.value > big.value and late.value >= 10.0 >= big.value
    assert big.value == plain.priorities[[p.alert_ids for p in plain.plots].index(("big",))].value
    assert late.overdue_days == 12 and big.overdue_days is None
    last = late.why.parts[-1]
    assert last.id == "share_overdue" and last.args == {"days": 12, "bonus": 9.0}
    # An alert this import brings that the register does not hold has no confidence: the rest's deadline.
    fresh = build_targets(alerts, TODAY, ledger=LedgerInputs((), {}, Deadlines.parse(":30")))
    assert [pr.overdue_days for pr in fresh.priorities] == [None, 3]
    # Its verdict closes it: no bonus.
    from patrol_planner.planner.field import Verdict

    late_plot = by_ids[("gfw-2",)][0].plot_id
    closed = LedgerInputs(tuple(ALERTS), {late_plot: Verdict(late_plot, "nothing", _at(TODAY), "Sur")}, deadlines)
    assert all(pr.overdue_days is None for pr in build_targets(alerts, TODAY, ledger=closed).priorities)
