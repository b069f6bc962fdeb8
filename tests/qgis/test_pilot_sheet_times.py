"""Issue 27: the training plan's pilot sheets, through Plan patrols and Briefing as `make demo` runs them.

A departure time at a team's base and an arrival time at a shown landing give the ride's length, and with
the landing on the pilot's GPX and the boat's speed a finder measures along the river to the base.  So no
move touching a hidden place may have both its times on the sheet, no line naming the community's landing
gives more than one time, the evening check-in at the community gives no time, and no route of the pilot's
GPX is named with both times of such a move.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from qgis.core import QgsVectorLayer

from .plan_support import run
from .test_training_plan import layer, training_plan

BOATS = "Equipo Huacamayo=15hp;Equipo Lupuna=peque;Equipo Santa Rosa=40hp"  # as scripts/demo.py
FUEL = "Equipo Huacamayo=80;Equipo Lupuna=25;Equipo Santa Rosa=120"
NEAR_M = 500.0  # the default hiding distance: a leg's end this near a base is inside its zone
WHEN = re.compile(r"\d\d/\d\d \d\d:\d\d")


def test_no_move_touching_a_base_gives_its_time_there_on_the_pilot_sheet(patrol_provider, tmp_path: Path) -> None:
    gpkg = tmp_path / "routes.gpkg"
    result = training_plan(BOATS=BOATS, FUEL=FUEL, ROUTES=str(gpkg), LEGS=f"ogr:dbname='{gpkg}' table=\"legs\" (geom)")
    legs = QgsVectorLayer(f"{gpkg}|layername=legs", "legs", "ogr")
    routes = QgsVectorLayer(f"{gpkg}|layername=routes", "routes", "ogr")
    stops = result["STOPS"]
    out = tmp_path / "briefing"
    run("patrol_briefing", {"ROUTES": routes, "STOPS": stops, "LEGS": legs, "OUTPUT_FOLDER": str(out)})
    bases = [(p.x(), p.y()) for p in (f.geometry().asPoint() for f in layer("bases").getFeatures())]

    def at_base(point) -> bool:
        return min(math.dist((point.x(), point.y()), b) for b in bases) < NEAR_M

    touching = 0
    for team in ("Equipo Huacamayo", "Equipo Lupuna", "Equipo Santa Rosa"):
        sheet = (out / f"{team.replace(' ', '_')}_piloto.txt").read_text(encoding="utf-8")
        times = set(WHEN.findall(sheet))
        gpx = out / f"{team.replace(' ', '_')}_piloto.gpx"
        routes_named = gpx.read_text(encoding="utf-8") if gpx.exists() else ""
        for f in legs.getFeatures():
            line = f.geometry().asPolyline()
            if f["team"] != team or f["mode"] not in ("boat", "boat_empty") or f["km"] * 1000 < 50:
                continue
            if at_base(line[0]) != at_base(line[-1]):  # one end hidden, the other shown
                touching += 1
                start, end = (f"{t[8:10]}/{t[5:7]} {t[11:16]}" for t in (str(f["start"]), str(f["end"])))
                assert not (start in times and end in times), (team, start, end, sheet)
                assert f"{start[6:]}-{end[6:]}" not in routes_named, (team, start, end)  # the GPX's "D1 11:32-13:30"
        for text in sheet.splitlines():
            if "the community" in text:
                assert len(WHEN.findall(text)) <= 1 and not re.search(r"\d\d:\d\d at the community", text), text
                assert " km " not in text, text
    assert touching >= 3, "every team's boat leaves from its base"
