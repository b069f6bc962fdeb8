"""The algorithms that write field files share their inputs, and the briefing hides with the distance given.

Export GPX, Export QField package and Patrol briefing each draw the plan for
the field under the one hiding rule: the same parameter ids and defaults.
The briefing had no hiding distance: it cut at 500 m whatever the GPX used,
so paper and unit of one plan hid on different zones (issue 27).
"""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest

from .test_plan_algorithms import plan, run

SHARED = ("ROUTES", "STOPS", "TEAM", "BASES", "RIVERS", "TRAILS", "NOGO", "HIDE_RADIUS_M")


@pytest.mark.parametrize("algorithm", ["export_gpx", "export_qfield", "patrol_briefing"])
def test_every_field_file_algorithm_takes_the_same_inputs(patrol_provider, algorithm) -> None:
    found = patrol_provider.algorithm(algorithm)
    ids = [p.name() for p in found.parameterDefinitions()]
    assert set(SHARED) <= set(ids), sorted(set(SHARED) - set(ids))
    assert found.parameterDefinition("HIDE_RADIUS_M").defaultValue() == 500.0


def test_the_field_briefing_leaves_out_the_plots_within_the_hiding_distance_given(
    patrol_provider, small_area, tmp_path: Path
) -> None:
    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12])
    stops = result["STOPS"]
    base = next(f.geometry().asPoint() for f in stops.getFeatures() if f["kind"] == "base")
    plots = {
        str(f["code"]): math.dist((f.geometry().asPoint().x(), f.geometry().asPoint().y()), (base.x(), base.y()))
        for f in stops.getFeatures()
        if f["kind"] == "plot"
    }
    nearest = min(plots.values())
    radius = nearest + 300.0  # past the nearest plot: its zone (holding every point within the radius) holds it

    def printed(radius_m: float, folder: Path) -> str:
        params = {"ROUTES": result["ROUTES"], "STOPS": stops, "OUTPUT_FOLDER": str(folder), "HIDE_RADIUS_M": radius_m}
        out = run("patrol_briefing", params)
        pdf = out["FILES"].split(";")[0]
        return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout

    near = [code for code, metres in plots.items() if metres < radius]
    assert near and all(code in printed(500.0, tmp_path / "a") for code in near)  # shown at 500 m
    wide = printed(radius, tmp_path / "b")
    assert not [code for code in near if code in wide], (radius, near)
