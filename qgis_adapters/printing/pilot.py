"""The pilot's sheet and GPX next to each team's briefing, and the team's evening check-ins.

Read from the plan's ``legs`` and ``stops`` layers: ``<team>_piloto.txt``
lists the evening check-ins (day, time, place) and what the pilot does with
the boat (where he waits, when he leaves alone, where to, by when);
``<team>_piloto.gpx`` holds his own routes when he moves the boat alone.
Places are given as latitude and longitude (what a handheld shows).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import List

from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsVectorLayer

from ...planner.core import atomic_write_text
from ...planner.export import PilotMove, pilot_gpx, safe_file_stem
from ...planner.plan import LegLike, check_ins, pilot_instructions
from ..base.crs import checked_transform
from ..base.fields import ARRIVAL, CODE, DAY, KIND, TEAM
from ..translation.messages import tr
from ..translation.reasons import localized_reason

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _time(text) -> datetime:
    return datetime.fromisoformat(str(text))


def _place(feature) -> str:
    """The stop's name as the team's unit shows it: its code (issue 18) when the stops layer has one."""
    code = feature[CODE] if "code" in feature.fields().names() else None
    return str(code) if code not in (None, "") and str(code) != "NULL" else str(feature["name"])


def write_pilot_files(legs: QgsVectorLayer, stops: QgsVectorLayer, folder: Path, teams: List[str]) -> List[Path]:
    to_wgs84 = checked_transform(legs.crs(), WGS84)

    def lonlat(xy):
        p = to_wgs84.transform(QgsPointXY(*xy))
        return p.x(), p.y()

    def place(xy) -> str:
        lon, lat = lonlat(xy)
        return f"{abs(lat):.5f} {'S' if lat < 0 else 'N'} {abs(lon):.5f} {'W' if lon < 0 else 'E'}"

    written: List[Path] = []
    for team in teams:
        rows, lines = [], {}
        for f in legs.getFeatures():
            if f[TEAM] != team:
                continue
            line = [(p.x(), p.y()) for p in f.geometry().asPolyline()]
            rows.append(LegLike(int(f[DAY]), str(f["mode"]), _time(f["start"]), _time(f["end"]), float(f["km"]),
                                line[0], line[-1]))
            lines[(rows[-1].start, rows[-1].mode)] = line
        team_stops = [(int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL]))
                      for f in stops.getFeatures() if f[TEAM] == team]
        text = [tr("{} - pilot and evening check-ins").format(team), "", tr("Evening check-in")]
        for day, when, name in check_ins(team_stops):
            text.append(tr("Day {}: {} at {}").format(day, f"{when:%H:%M}", name))
        fuel = sum(float(f["fuel_l"]) for f in legs.getFeatures() if f[TEAM] == team)
        text += ["", tr("Pilot (fuel for the plan: {:.1f} L)").format(fuel)]
        pilot = [localized_reason(line) for line in pilot_instructions(rows, place)]
        text += pilot or [tr("Stays with the team's boat; never moves it alone.")]
        stem = safe_file_stem(f"{team}_piloto")
        written.append(folder / f"{stem}.txt")
        atomic_write_text(written[-1], "\n".join(text) + "\n")
        moves = [PilotMove(r.day, r.start, r.end, [lonlat(xy) for xy in lines[(r.start, r.mode)]])
                 for r in rows if r.mode == "boat_empty"]
        if moves:
            written.append(folder / f"{stem}.gpx")
            atomic_write_text(written[-1], pilot_gpx(moves))
    return written


def check_in_line(stops: QgsVectorLayer) -> str:
    """``Evening check-in: day 1 17:30 at C1; day 2 ...`` for the briefing's summary."""
    team_stops = [(int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL])) for f in stops.getFeatures()]
    days = "; ".join(tr("day {} {} at {}").format(day, f"{when:%H:%M}", name) for day, when, name in
                     check_ins(team_stops))
    return tr("Evening check-in: {}.").format(days) if days else ""
