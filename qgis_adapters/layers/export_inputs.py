"""Routes and stops layers -> ``TeamExport`` objects for the GPX writer (WGS 84)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

from ...planner.core import InputError, message
from ...planner.export import ExportStop, TeamExport, team_colour, team_letter
from ..base.crs import checked_transform
from ..base.fields import ARRIVAL, CODE, DAY, KIND, NAME, PLOT_ID, PRIORITY, SENSITIVE, SEQ, TEAM
from ..translation import tr

REQUIRED_STOP_FIELDS = (TEAM, SEQ, DAY, KIND, NAME)


def _wgs84(source) -> Optional[QgsCoordinateTransform]:
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if source.sourceCrs() == wgs84:
        return None
    return checked_transform(source.sourceCrs(), wgs84)


def _arrival(value) -> Optional[datetime]:
    text = str(value or "").strip()
    if not text or text == "NULL":
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def team_order(routes) -> List[str]:
    """Teams in the order they first appear in the routes layer: the order of their colours and letters."""
    return list(dict.fromkeys(str(f[TEAM]) for f in routes.getFeatures()))


def _check_stop_fields(stops) -> None:
    names = stops.fields().names()
    missing = [f for f in REQUIRED_STOP_FIELDS if f not in names]
    if missing:
        raise InputError(
            tr("the stops layer lacks the fields {fields}: use the layer 'Plan patrols' made").format(
                fields=", ".join(missing)
            ),
            "STOPS",
        )


def _marked_sensitive(feature, names) -> bool:
    return SENSITIVE in names and feature[SENSITIVE] not in (None, 0, "0") and bool(feature[SENSITIVE])


def _lonlat_points(layer, keep) -> List[Tuple[float, float]]:
    to_wgs = _wgs84(layer)
    names = layer.fields().names()
    out = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if not keep(feature, names) or geometry.isNull():
            continue
        if to_wgs is not None:
            geometry.transform(to_wgs)
        point = geometry.asPoint()
        out.append((point.x(), point.y()))
    return out


def hidden_places(stops, communities=None) -> Tuple[Tuple[float, float], ...]:
    """Every team's bases, every sensitive stop and every community marked ``sensitive`` in
    ``communities`` (the bases layer, optional), in WGS 84: kept out of every field file."""
    _check_stop_fields(stops)  # read first: a layer without ``kind`` is no plan's stops layer
    out = _lonlat_points(stops, lambda f, names: str(f[KIND]) == "base" or _marked_sensitive(f, names))
    if communities is not None:
        out += _lonlat_points(communities, _marked_sensitive)
    return tuple(dict.fromkeys(out))


def team_exports(routes, stops, only_team: str = "") -> List[TeamExport]:
    """One ``TeamExport`` per team (only ``only_team`` when given), with the plan's codes, letters and colours."""
    _check_stop_fields(stops)
    names = stops.fields().names()
    to_stop_wgs, to_route_wgs = _wgs84(stops), _wgs84(routes)
    by_team: Dict[str, list] = defaultdict(list)
    for feature in stops.getFeatures():
        team = str(feature[TEAM])
        if only_team and team != only_team:
            continue
        geometry = feature.geometry()
        if geometry.isNull():
            raise InputError(tr("the stop has no position"), "STOPS", feature=feature.id())
        if to_stop_wgs is not None:
            geometry.transform(to_stop_wgs)
        point = geometry.asPoint()

        def value(name, default=None, feature=feature):
            return feature[name] if name in names and feature[name] is not None else default

        by_team[team].append(
            (
                int(feature[SEQ]),
                ExportStop(
                    kind=str(feature[KIND]),
                    name=str(value(PLOT_ID) or feature[NAME]),
                    lon=point.x(),
                    lat=point.y(),
                    day=int(feature[DAY]),
                    arrival=_arrival(value(ARRIVAL)),
                    priority=float(value(PRIORITY, 0) or 0),
                    service_min=float(value("service_min", 0) or 0),
                    sensitive=bool(int(value("sensitive", 0) or 0)),
                    code=str(value(CODE, "") or ""),
                ),
            )
        )
    if not by_team:
        raise InputError(
            message("stops_none_for_team", team=only_team) if only_team else message("stops_empty"), "STOPS"
        )
    paths: Dict[str, Dict[int, tuple]] = defaultdict(dict)
    for feature in routes.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        if to_route_wgs is not None:
            geometry.transform(to_route_wgs)
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        coords = tuple((p.x(), p.y()) for line in lines for p in line)
        paths[str(feature[TEAM])][int(feature[DAY])] = coords
    order = team_order(routes)
    order += sorted(t for t in by_team if t not in order)
    several = len(order) > 1
    exports = []
    for index, team in enumerate(order):
        if team not in by_team:
            continue
        ordered = tuple(stop for _, stop in sorted(by_team[team], key=lambda pair: pair[0]))
        days = paths.get(team, {})
        day_paths = tuple(days.get(d, ()) for d in range(1, max(days, default=0) + 1))
        exports.append(
            TeamExport(
                team, ordered, day_paths, color=team_colour(index).garmin, tag=team_letter(index) if several else ""
            )
        )
    return exports
