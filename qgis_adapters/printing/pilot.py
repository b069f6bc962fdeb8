"""The pilot's sheet and GPX next to each team's briefing, and the team's evening check-ins.

Read from the plan's ``legs`` and ``stops`` layers: ``<team>_piloto.txt``
lists the evening check-ins (day, time, place) and what the pilot does with
the boat (where he waits, when he leaves alone, where to, by when);
``<team>_piloto.gpx`` holds his own routes when he moves the boat alone.
Landings are named ``L1``, ``L2``... (waypoints of the pilot's GPX); those
inside a hiding zone (a team's base, a sensitive place) are only "the
community's landing", with no name nor coordinates, and check-ins at a base
say so without naming it (issue 27).  Files are named with the briefing
PDFs' stems, so two teams' sheets never share a name.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsVectorLayer

from ...planner.core import atomic_write_text
from ...planner.export import (
    MIN_MOVE_M,
    Landings,
    PilotMove,
    hiding_zones_lonlat,
    pilot_gpx,
    shift_lines,
    team_stems,
)
from ...planner.plan import LegLike, check_ins, pilot_instructions
from ..base.crs import checked_transform
from ..base.fields import ARRIVAL, CODE, DAY, KIND, TEAM
from ..layers import hidden_places
from ..translation.messages import tr
from ..translation.reasons import localized_reason

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _time(text) -> datetime:
    return datetime.fromisoformat(str(text))


def _place(feature) -> str:
    """The stop's name as the team's unit shows it: its code (issue 18) when the stops layer has one;
    never a base's name."""
    if str(feature[KIND]) == "base":
        return tr("the community")
    code = feature[CODE] if "code" in feature.fields().names() else None
    return str(code) if code not in (None, "") and str(code) != "NULL" else str(feature["name"])


def write_pilot_files(
    legs: QgsVectorLayer,
    stops: QgsVectorLayer,
    folder: Path,
    teams: List[str],
    secret: bytes,
    radius_m: float = 500.0,
    stems: Optional[Dict[str, str]] = None,
    communities: Optional[QgsVectorLayer] = None,
) -> List[Path]:
    """``<stem>_piloto.txt`` and ``.gpx`` per team; ``stems`` those of the briefing PDFs (default: of ``teams``);
    the ``communities`` marked sensitive are hidden like the bases."""
    to_wgs84 = checked_transform(legs.crs(), WGS84)
    stems = stems or team_stems(teams)
    places = list(hidden_places(stops, communities))
    zones = hiding_zones_lonlat(places, radius_m, secret)

    def lonlat(xy):
        p = to_wgs84.transform(QgsPointXY(*xy))
        return p.x(), p.y()

    written: List[Path] = []
    for team in teams:
        landings = Landings(zones, tr("the community's landing"))
        rows, lines = [], {}
        for f in legs.getFeatures():
            if f[TEAM] != team or float(f["km"] or 0) * 1000 < MIN_MOVE_M:  # no 7 m "rides"
                continue
            line = [(p.x(), p.y()) for p in f.geometry().asPolyline()]
            rows.append(
                LegLike(
                    int(f[DAY]), str(f["mode"]), _time(f["start"]), _time(f["end"]), float(f["km"]), line[0], line[-1]
                )
            )
            lines[(rows[-1].start, rows[-1].mode)] = line
        team_stops = [
            (int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL])) for f in stops.getFeatures() if f[TEAM] == team
        ]
        text = [tr("{} - pilot and evening check-ins").format(team), "", tr("Evening check-in")]
        for day, when, name in check_ins(team_stops):
            text.append(tr("Day {}: {} at {}").format(day, f"{when:%H:%M}", name))
        fuel = sum(float(f["fuel_l"]) for f in legs.getFeatures() if f[TEAM] == team)
        text += ["", tr("Pilot (fuel for the plan: {:.1f} L)").format(fuel)]
        pilot = [
            localized_reason(line)
            for line in pilot_instructions(rows, lambda xy, named=landings: named.name(lonlat(xy)))
        ]
        text += pilot or [tr("Stays with the team's boat; never moves it alone.")]
        stem = f"{stems[team]}_piloto"
        written.append(folder / f"{stem}.txt")
        atomic_write_text(written[-1], "\n".join(text) + "\n")
        # Slid round the hidden places like the team's tracks, so a cut route never points at one.
        moves = [
            PilotMove(
                r.day,
                r.start,
                r.end,
                shift_lines([[lonlat(xy) for xy in lines[(r.start, r.mode)]]], places, radius_m, secret)[0],
            )
            for r in rows
            if r.mode == "boat_empty"
        ]
        document = pilot_gpx(moves, landings.named, zones)
        if document is not None:  # None: every move lay inside a hiding zone, nothing to carry
            written.append(folder / f"{stem}.gpx")
            atomic_write_text(written[-1], document)
    return written


def check_in_line(stops: QgsVectorLayer) -> str:
    """``Evening check-in: day 1 17:30 at C1; day 2 ...`` for the briefing's summary."""
    team_stops = [(int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL])) for f in stops.getFeatures()]
    days = "; ".join(
        tr("day {} {} at {}").format(day, f"{when:%H:%M}", name) for day, when, name in check_ins(team_stops)
    )
    return tr("Evening check-in: {}.").format(days) if days else ""
