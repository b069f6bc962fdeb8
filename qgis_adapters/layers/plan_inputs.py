"""Layers -> the planning pipeline's inputs, in one metric CRS.

Every layer is measured in the UTM zone of the area of work (the bases and
plots, ``base.crs.work_area``); rivers, trails and zones are cut to the window
round it.  Fields are optional by name: a layer without a ``priority`` field
gets priority 1 for every plot.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
)
from shapely import wkb

from ...planner.core import InputError
from ...planner.network import Clipped, clip_ground
from ...planner.plan import BaseSite, PlotSite
from ..base.crs import WorkArea, checked_transform, local_utm, sound_crs
from ..translation import tr


class NamedSource:
    """A Processing feature source that also answers ``name()`` for error messages."""

    def __init__(self, source, name: str) -> None:
        self.source = source
        self._name = name

    def name(self) -> str:
        return self._name

    def fields(self):
        return self.source.fields()

    def getFeatures(self, request: Optional[QgsFeatureRequest] = None):  # noqa: N802
        return self.source.getFeatures(request or QgsFeatureRequest())

    def sourceCrs(self):  # noqa: N802
        return self.source.sourceCrs()

    def featureCount(self) -> int:  # noqa: N802
        return self.source.featureCount()

    def has_field(self, name: Optional[str]) -> Optional[str]:
        """``name`` when the layer has that field, else None."""
        return name if name and self.source.fields().indexOf(name) >= 0 else None


def _cut(area: WorkArea, layer: str, **lines) -> Tuple[Clipped, Optional[str]]:
    """One layer's lines or zones cut to the area's window, and the note that counts what was cut, if any."""
    clipped = clip_ground(lines.get("rivers", ()), lines.get("trails", ()), lines.get("zones", ()), area.window)
    if clipped.lines_cut or clipped.lines_dropped:
        return clipped, tr(
            "Layer “{layer}” reaches beyond the area of work (the bases and plots): {cut} lines cut at its edge, "
            "{dropped} wholly outside left out"
        ).format(layer=layer, cut=clipped.lines_cut, dropped=clipped.lines_dropped)
    if clipped.zones_dropped:
        return clipped, tr("Layer “{layer}”: {count} zones far from the area of work left out").format(
            layer=layer, count=clipped.zones_dropped
        )
    return clipped, None


def cut_to_area(area: WorkArea, *layers: Tuple[Optional[NamedSource], list]) -> Tuple[list, list, list, List[str]]:
    """The rivers, trails and zones (each ``(source, what was read)``) cut to the area of work, and the notes."""
    out: list = []
    notes: List[str] = []
    for (source, found), kind in zip(layers, ("rivers", "trails", "zones")):
        if source is None:
            out.append(list(found))
            continue
        clipped, note = _cut(area, source.source.sourceName(), **{kind: found})
        out.append(list(getattr(clipped, kind)))
        if note:
            notes.append(note)
    return out[0], out[1], out[2], notes


def _no_crs(source) -> InputError:
    return InputError(tr("the layer has no coordinate reference system; set one in its properties"), source.name())


def metric_crs(source) -> QgsCoordinateReferenceSystem:
    """A rivers layer's own measure, for the checks of the river network alone (no bases, no plots): a
    projected CRS kept, a geographic one in the UTM zone of the layer's extent."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise _no_crs(source)
    if not crs.isGeographic():
        return sound_crs(crs)
    return local_utm(crs, source.source.sourceExtent(), source.name())


def transform_to(source, crs) -> Optional[QgsCoordinateTransform]:
    if source.sourceCrs() == crs:
        return None
    if not source.sourceCrs().isValid():
        raise _no_crs(source)
    return checked_transform(source.sourceCrs(), crs)


def _shape(feature, transform, source):
    geometry = feature.geometry()
    if geometry.isNull() or geometry.isEmpty():
        raise InputError(tr("the feature has no geometry"), source=source.name(), feature=feature.id())
    if transform is not None:
        geometry.transform(transform)
    return wkb.loads(bytes(geometry.asWkb()))


def _number(source, feature, field: Optional[str], default: float) -> float:
    if not field:
        return default
    value = feature[field]
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise InputError(
            tr("field {field!r} holds {value!r}, not a number").format(field=field, value=value),
            source.name(),
            feature=feature.id(),
        ) from None


def _flag(feature, field: Optional[str]) -> bool:
    if not field:
        return False
    value = feature[field]
    return str(value).strip().lower() in ("1", "true", "t", "yes", "y", "si", "sí")


def read_bases(source: NamedSource, crs, name_field: str) -> List[BaseSite]:
    field = source.has_field(name_field)
    if field is None:
        raise InputError(
            tr("the bases layer needs a {field!r} field with each base's name").format(field=name_field), source.name()
        )
    transform = transform_to(source, crs)
    bases = []
    for feature in source.getFeatures():
        name = str(feature[field] or "").strip()
        if not name:
            raise InputError(tr("the base has no name"), source.name(), feature=feature.id())
        bases.append(BaseSite(name, _shape(feature, transform, source)))
    if not bases:
        raise InputError(tr("the bases layer is empty"), source.name())
    return bases


def read_plots(
    source: NamedSource,
    crs,
    id_field: str,
    priority_field: str,
    mandatory_field: str,
    service_field: str,
    sensitive_field: str,
    default_service_min: float,
    skip_covered: bool,
) -> List[PlotSite]:
    transform = transform_to(source, crs)
    id_field = source.has_field(id_field)
    priority_field = source.has_field(priority_field)
    mandatory_field = source.has_field(mandatory_field)
    service_field = source.has_field(service_field)
    sensitive_field = source.has_field(sensitive_field)
    covered_field = source.has_field("covered") if skip_covered else None
    plots, seen = [], set()
    for feature in source.getFeatures():
        if covered_field and _flag(feature, covered_field) and not _flag(feature, mandatory_field):
            continue
        plot_id = str(feature[id_field]).strip() if id_field else f"P{feature.id()}"
        if plot_id in seen:
            raise InputError(
                tr("two plots share the id {plot!r}").format(plot=plot_id), source.name(), feature=feature.id()
            )
        seen.add(plot_id)
        priority = _number(source, feature, priority_field, 1.0)
        if priority < 0:
            raise InputError(
                tr("priority must not be negative, got {priority:g}").format(priority=priority),
                source.name(),
                feature=feature.id(),
            )
        plots.append(
            PlotSite(
                plot_id,
                _shape(feature, transform, source),
                priority,
                _number(source, feature, service_field, default_service_min),
                _flag(feature, mandatory_field),
                _flag(feature, sensitive_field),
            )
        )
    return plots
