"""What the teams did and where danger is, from layers: past plans, the field store's tracks, risk places.

A past plan is its ``stops`` and ``legs`` layers (as *Plan patrols* wrote them, e.g. kept in a
GeoPackage); the tracks are the field store's ``field_track_points`` layer (GeoPackage or PostGIS),
one track per file and track number, times in UTC made local (Peru, UTC-5).  Every geometry is brought
into the plan's metric CRS.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsFeatureRequest

from ...planner.core import InputError
from ...planner.vary import History, Outing, PastLeg, PastStop, RiskPlace, outing_of_track, outings_of_rows
from ..stores.imports import from_qdatetime
from ..translation import tr
from .plan_inputs import _number, _shape, transform_to

PERU_UTC_OFFSET_H = -5.0
LEG_KEYS = ("mode", "who", "start", "end")
STOP_KEYS = ("kind", "seq", "arrival")
POINT_KEYS = ("source_sha256", "track_no", "time")


def _has(source, names: Sequence[str]) -> bool:
    return all(source.fields().indexOf(n) >= 0 for n in names)


def _when(source, feature, field: str) -> datetime:
    value = feature[field]
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            tr("field {field!r} holds {value!r}, not a date and time").format(field=field, value=value),
            source.name(),
            feature=feature.id(),
        ) from None


def _coords(geometry) -> Tuple[Tuple[float, float], ...]:
    if geometry.geom_type == "Point":
        return ((geometry.x, geometry.y),)
    lines = list(getattr(geometry, "geoms", [geometry]))
    return tuple((float(x), float(y)) for line in lines for x, y, *_ in line.coords)


def past_plan_outings(sources: Sequence, crs) -> List[Outing]:
    """The outings of the past plans' stops and legs layers (each layer told apart by its fields)."""
    stops: List[PastStop] = []
    legs: List[PastLeg] = []
    for source in sources:
        transform = transform_to(source, crs)
        if _has(source, ("team", *LEG_KEYS)):
            for f in source.getFeatures():
                coords = _coords(_shape(f, transform, source))
                legs.append(
                    PastLeg(
                        str(f["team"]),
                        str(f["mode"]),
                        str(f["who"]),
                        coords,
                        _when(source, f, "start"),
                        _when(source, f, "end"),
                    )
                )
        elif _has(source, ("team", *STOP_KEYS)):
            for f in source.getFeatures():
                (xy,) = _coords(_shape(f, transform, source))[:1]
                plot_id = f["plot_id"] if source.fields().indexOf("plot_id") >= 0 else ""
                stops.append(
                    PastStop(
                        str(f["team"]),
                        int(f["seq"]),
                        str(f["kind"]),
                        str(f["name"]) if source.fields().indexOf("name") >= 0 else "",
                        "" if plot_id is None or str(plot_id) == "NULL" else str(plot_id),
                        xy,
                        _when(source, f, "arrival"),
                    )
                )
        else:
            raise InputError(
                tr("{layer}: neither a plan's stops nor its legs layer (fields {stops} or {legs})").format(
                    layer=source.name(), stops=", ".join(STOP_KEYS), legs=", ".join(LEG_KEYS)
                ),
                source.name(),
            )
    return list(outings_of_rows(stops, legs))


def track_outings(source, crs) -> List[Outing]:
    """The field store's track points as outings, one per file and track (any team's: a track names none)."""
    if not _has(source, POINT_KEYS):
        raise InputError(
            tr("{layer}: not the field store's track points (fields {fields})").format(
                layer=source.name(), fields=", ".join(POINT_KEYS)
            ),
            source.name(),
        )
    transform = transform_to(source, crs)
    tracks: Dict[Tuple[str, int], List[Tuple[int, int, float, float, Optional[datetime]]]] = {}
    request = QgsFeatureRequest()
    for f in source.getFeatures(request):
        when = from_qdatetime(f["time"])
        local = None if when is None else when.replace(tzinfo=None) + timedelta(hours=PERU_UTC_OFFSET_H)
        (x, y), *_ = _coords(_shape(f, transform, source))
        segment = f["segment"] if source.fields().indexOf("segment") >= 0 else 0
        seq = f["seq"] if source.fields().indexOf("seq") >= 0 else f.id()
        tracks.setdefault((str(f["source_sha256"]), int(f["track_no"])), []).append(
            (int(segment or 0), int(seq or 0), x, y, local)
        )
    out = []
    for _key, rows in sorted(tracks.items()):
        rows.sort(key=lambda r: (r[0], r[1]))
        outing = outing_of_track("", [(x, y, t) for _, _, x, y, t in rows])  # a track names no team
        if outing is not None:
            out.append(outing)
    return out


def read_history(plan_sources: Sequence, track_source, crs) -> History:
    """Past plans and tracks as one history."""
    outings = past_plan_outings(plan_sources, crs)
    if track_source is not None:
        outings += track_outings(track_source, crs)
    return History().with_outings(outings)


def read_risk_places(
    source, crs, name_field: Optional[str], distance_field: Optional[str], default_m: float, team_field: Optional[str]
) -> List[RiskPlace]:
    """The risk places layer: a name, a distance to keep (the field's or ``default_m``), a minimum team size."""
    transform = transform_to(source, crs)
    out = []
    for f in source.getFeatures():
        name = str(f[name_field]) if name_field and f[name_field] not in (None, "") else f"#{f.id()}"
        keep = _number(source, f, distance_field, default_m)
        size = _number(source, f, team_field, 0.0)
        if keep < 0 or size < 0:
            raise InputError(
                tr("a risk place needs a distance and team size of 0 or more"), source.name(), feature=f.id()
            )
        out.append(RiskPlace(name, _shape(f, transform, source), keep, int(size)))
    return out
