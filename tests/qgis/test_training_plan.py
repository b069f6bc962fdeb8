"""The training data planned with boats, as `make demo` does: every plan replays, the boat is continuous."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from patrol_planner.planner.plan import boat_breaks

from .plan_support import run

GPKG = Path(__file__).resolve().parents[2] / "resources" / "training" / "training.gpkg"
TEAMS = [
    "Equipo Huacamayo",
    "Nueva Alianza",
    "Nueva Alianza",
    3,
    8,
    "Equipo Lupuna",
    "Puerto Lupuna",
    "Puerto Lupuna",
    3,
    8,
    "Equipo Santa Rosa",
    "Santa Rosa de Huacamayo",
    "Santa Rosa de Huacamayo",
    3,
    8,
]


def layer(name: str) -> QgsVectorLayer:
    found = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert found.isValid()
    return found


def training_layers() -> dict:
    """The training area's rivers, trails, bases, plots and no-go zones as Plan patrols' inputs."""
    layers: dict = {key: layer(key.lower()) for key in ("RIVERS", "TRAILS", "BASES", "PLOTS", "NOGO")}
    return {**layers, "NOGO_FACTOR_FIELD": "factor"}  # named, as `make demo` does: the field is never guessed


def training_plan(**extra) -> dict:
    """Plan patrols on the training area with the demo's three teams, 2 s of search (outputs in memory unless
    ``extra`` says where)."""
    outputs = {key: "memory:" for key in ("ROUTES", "STOPS", "UNPLANNED", "LEGS")}
    when = {"START": "2026-12-01T06:00", "TIME_LIMIT": 2, "SKIP_COVERED": False}
    return run("plan_patrols", {**training_layers(), "TEAMS": TEAMS, **when, **outputs, **extra})


@pytest.mark.parametrize(
    "boats, pilot_stays", [("Equipo Huacamayo=15hp;Equipo Santa Rosa=40hp", False), ("Equipo Lupuna=none", True)]
)
def test_the_training_plan_replays_with_the_boats(patrol_provider, boats: str, pilot_stays: bool) -> None:
    # plan_patrols itself is checked by the engine's validator in every test (tests/conftest.py)
    result = training_plan(BOATS=boats, FUEL="Equipo Huacamayo=40", PILOT_STAYS=pilot_stays)
    legs = result["LEGS"]
    rows = defaultdict(list)
    for f in sorted(legs.getFeatures(), key=lambda f: (f["team"], f["seq"])):
        line = f.geometry().asPolyline()
        rows[f["team"]].append((f["mode"], (line[0].x(), line[0].y()), (line[-1].x(), line[-1].y()), f["fuel_l"]))
    assert set(rows) == {"Equipo Huacamayo", "Equipo Lupuna", "Equipo Santa Rosa"}
    for team, parts in rows.items():
        assert boat_breaks([p[:3] for p in parts]) == [], team
    assert sum(p[3] for p in rows["Equipo Huacamayo"]) <= 40 + 1e-6
    # Issue 27: the team's own legs, told from the pilot's moves alone by ``who``, replay in order without a jump.
    assert "who" in legs.fields().names()
    # No leg of (almost) 0 km but waits, except a step beside a boat's leg, which the replay of the boat keeps.
    every = sorted(legs.getFeatures(), key=lambda f: (f["team"], f["seq"]))
    boats = {(f["team"], f["seq"]) for f in every if f["mode"] in ("boat", "boat_empty")}
    short = [(f["team"], f["seq"], f["mode"]) for f in every if f["km"] < 0.005 and f["mode"] != "wait"]
    beside = [s for s in short if {(s[0], s[1] - 1), (s[0], s[1] + 1), s[:2]} & boats]
    assert short == beside and len(short) * 10 < len(every), (short, len(every))
    assert {f["who"] for f in legs.getFeatures()} <= {"team", "pilot"}
    for team in rows:
        mine = sorted(
            (f for f in legs.getFeatures() if f["team"] == team and f["who"] == "team"), key=lambda f: f["seq"]
        )
        ends = [(f.geometry().asPolyline()[0], f.geometry().asPolyline()[-1]) for f in mine]
        jumps = [round(a[1].distance(b[0])) for a, b in zip(ends, ends[1:]) if a[1].distance(b[0]) > 1.0]
        assert not jumps, (team, jumps)
    if pilot_stays:
        assert not [p for parts in rows.values() for p in parts if p[0] == "boat_empty"]
        assert {p[0] for p in rows["Equipo Lupuna"]} <= {"trail", "forest"}
