"""A team with no plot gets no silent empty GPX (issue 25, finding 3)."""

from __future__ import annotations

from datetime import datetime

from patrol_planner.planner.export import ExportOptions, ExportStop, TeamExport, export_team_gpx

T0 = datetime(2026, 12, 1, 6, 0)
BASE = (-74.55, -8.38)


def team(*plots: str) -> TeamExport:
    stops = [ExportStop("base", "Alfa", *BASE, 1, T0)]
    stops += [ExportStop("plot", p, BASE[0] + 0.01 * (k + 1), BASE[1], 1, T0) for k, p in enumerate(plots)]
    stops += [ExportStop("base", "Alfa", *BASE, 1, T0)]
    return TeamExport("Norte", tuple(stops), (tuple((s.lon, s.lat) for s in stops),))


def test_the_gpx_of_a_team_with_no_plot_comes_with_a_warning(tmp_path) -> None:
    report = export_team_gpx(team(), tmp_path, ExportOptions(hide_sensitive=False))
    assert "Norte: no plot in its plan: the file holds only its base" in [str(w) for w in report.warnings]


def test_a_team_with_plots_gets_no_such_warning(tmp_path) -> None:
    report = export_team_gpx(team("P1"), tmp_path, ExportOptions(hide_sensitive=False))
    assert not [w for w in report.warnings if "no plot" in str(w)]
