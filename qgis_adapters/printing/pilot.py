"""The pilot's sheet and GPX next to each team's briefing, and the team's evening check-ins.

Read from the plan's ``legs`` and ``stops`` layers: ``<team>_piloto.txt``
lists the evening check-ins (day, time, place) and what the pilot does with
the boat (where he waits, when he leaves alone, where to, by when);
``<team>_piloto.gpx`` holds his own routes when he moves the boat alone.
Landings are named ``L1``, ``L2``... (waypoints of the pilot's GPX); those
inside a hiding zone (a team's base, a sensitive place) are only "the
community's landing", with no name nor coordinates, and check-ins at a base
say so without naming it nor giving a time; a move leaving or reaching a
hidden place gives only the time at its shown end, and no km for a move
touching a zone (``planner.plan.pilot_instructions``), on the sheet as in the
GPX's route names (issue 27).  Files are named with the briefing
PDFs' stems, so two teams' sheets never share a name.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsVectorLayer

from ...planner.core import atomic_write_text
from ...planner.export import (
    MIN_MOVE_M,
    FieldHiding,
    Landings,
    PilotMove,
    hiding_zones_lonlat,
    pilot_gpx,
    shown_moves,
    team_stems,
)
from ...planner.plan import LegLike, check_ins, pilot_instructions
from ..base.crs import checked_transform
from ..base.fields import ARRIVAL, CODE, DAY, KIND, SEQ, TEAM
from ..layers import hidden_places
from ..translation.messages import tr
from ..translation.reasons import localized_reason
from .field_copy import paper_hiding, sensitive_stop, with_routes

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
    routes: Optional[QgsVectorLayer] = None,
) -> List[Path]:
    """``<stem>_piloto.txt`` and ``.gpx`` per team; ``stems`` those of the briefing PDFs (default: of ``teams``);
    the ``communities`` marked sensitive are hidden like the bases.  With the plan's ``routes``, the pilots'
    cut ends are checked together with those of the routes the plan's field files draw."""
    to_wgs84 = checked_transform(legs.crs(), WGS84)
    stems = stems or team_stems(teams)
    places = list(hidden_places(stops, communities))
    zones = hiding_zones_lonlat(places, radius_m, secret)
    rule = FieldHiding(tuple(places), radius_m, secret)

    def lonlat(xy):
        p = to_wgs84.transform(QgsPointXY(*xy))
        return p.x(), p.y()

    written: List[Path] = []
    sheets = []
    for team in teams:
        landings = Landings(zones, tr("the community's landing"))
        text, moves = _sheet(team, legs, stops, landings, lonlat)
        stem = f"{stems[team]}_piloto"
        written.append(folder / f"{stem}.txt")
        atomic_write_text(written[-1], "\n".join(text) + "\n")
        sheets.append((stem, landings, moves))
    # The teams' own rule (planner.export.field_lines), all pilots at once: slid, cut, and the cut ends kept
    # from averaging onto a hidden place with those of the routes every field file of the plan draws.
    drawn = _drawn_routes(routes, stops, places, secret, radius_m)
    fixed = [drawn.get(team, []) for team in teams] + [lines for name, lines in drawn.items() if name not in teams]
    named = [[where for where, _ in landings.named] for _, landings, _ in sheets]
    slide = [_slide_order(stops, team, places) for team in teams]
    shown = shown_moves([moves for _, _, moves in sheets], rule, named, fixed, slide)
    for (stem, landings, _), moves in zip(sheets, shown):
        document = pilot_gpx(moves, landings.named, zones)
        if document is not None:  # None: every move lay inside a hiding zone, nothing to carry
            written.append(folder / f"{stem}.gpx")
            atomic_write_text(written[-1], document)
    return written


def _sheet(
    team: str, legs: QgsVectorLayer, stops: QgsVectorLayer, landings: Landings, lonlat
) -> Tuple[List[str], List[PilotMove]]:
    """The lines of ``team``'s pilot sheet (landings named by ``landings``) and the moves the pilot makes alone."""
    rows, lines = [], {}
    for f in legs.getFeatures():
        if f[TEAM] != team or float(f["km"] or 0) * 1000 < MIN_MOVE_M:  # no 7 m "rides"
            continue
        line = [(p.x(), p.y()) for p in f.geometry().asPolyline()]
        through = landings.passes([lonlat(xy) for xy in line])
        start, end = _time(f["start"]), _time(f["end"])
        rows.append(LegLike(int(f[DAY]), str(f["mode"]), start, end, float(f["km"]), line[0], line[-1], through))
        lines[(rows[-1].start, rows[-1].mode)] = line
    text = [tr("{} - pilot and evening check-ins").format(team), "", tr("Evening check-in")]
    text += _check_ins(stops, team, landings)
    fuel = sum(float(f["fuel_l"]) for f in legs.getFeatures() if f[TEAM] == team)
    text += ["", tr("Pilot (fuel for the plan: {:.1f} L)").format(fuel)]

    def hidden(xy) -> bool:
        return landings.is_hidden(lonlat(xy))

    pilot = pilot_instructions(rows, lambda xy: landings.name(lonlat(xy)), hidden)
    text += [localized_reason(line) for line in pilot] or [tr("Stays with the team's boat; never moves it alone.")]
    moves = [
        PilotMove(
            r.day, r.start, r.end, [lonlat(xy) for xy in lines[(r.start, r.mode)]], hidden(r.first), hidden(r.last)
        )
        for r in rows
        if r.mode == "boat_empty"
    ]
    return text, moves


def _check_ins(stops: QgsVectorLayer, team: str, landings: Landings) -> List[str]:
    """``Day 1: 17:30 at C1``...; at a hidden place (a base, a sensitive stop, a stop inside a zone) no time:
    the time of the last shown stop and the arrival at the base give the way's length (issue 27)."""
    to_wgs84 = checked_transform(stops.crs(), WGS84)
    mine = [f for f in stops.getFeatures() if f[TEAM] == team]
    hidden = set()
    for f in mine:
        point = to_wgs84.transform(f.geometry().asPoint())
        if str(f[KIND]) == "base" or sensitive_stop(f) or landings.is_hidden((point.x(), point.y())):
            hidden.add((int(f[DAY]), _time(f[ARRIVAL])))
    lines = []
    for day, when, where in check_ins([(int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL])) for f in mine]):
        if (day, when) in hidden:
            lines.append(tr("Day {}: at {}").format(day, where))
        else:
            lines.append(tr("Day {}: {} at {}").format(day, f"{when:%H:%M}", where))
    return lines


def _slide_order(stops: QgsVectorLayer, team: str, places) -> List[tuple]:
    """The places in the order the team's GPX slides its ground round them: its own hidden stops as its
    plan lists them (its base first and last), then the others (``planner.export.gpx.hidden_places``)."""
    to_wgs84 = checked_transform(stops.crs(), WGS84)
    own = []
    for f in sorted((f for f in stops.getFeatures() if f[TEAM] == team), key=lambda f: int(f[SEQ])):
        if str(f[KIND]) == "base" or sensitive_stop(f):
            point = to_wgs84.transform(f.geometry().asPoint())
            own.append((point.x(), point.y()))
    return own + [p for p in places if p not in own]


def _drawn_routes(routes, stops, places, secret: bytes, radius_m: float) -> Dict[str, List[list]]:
    """Every team's route (lon/lat lines) as the plan's field files draw it; none without ``routes``."""
    if routes is None:
        return {}
    drawn = with_routes(paper_hiding(places, routes.crs(), secret, radius_m), routes, stops).routes
    return {team: [line for day in sorted(days) for line in days[day]] for team, days in drawn.items()}


def check_in_line(stops: QgsVectorLayer) -> str:
    """``Evening check-in: day 1 17:30 at C1; day 2 ...`` for the briefing's summary."""
    team_stops = [(int(f[DAY]), str(f[KIND]), _place(f), _time(f[ARRIVAL])) for f in stops.getFeatures()]
    days = "; ".join(
        tr("day {} {} at {}").format(day, f"{when:%H:%M}", name) for day, when, name in check_ins(team_stops)
    )
    return tr("Evening check-in: {}.").format(days) if days else ""
