# SPDX-License-Identifier: GPL-2.0-or-later
"""The briefing's table of stops: the unit's names, day-first times, and the forest walks' bearings."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemTextTable,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsVectorLayer,
)

from ..base.crs import checked_transform
from ..base.fields import ARRIVAL, CODE, DAY, KIND, NAME, PLOT_ID, SEQ
from ..layers.plan_outputs import forest_limit_line
from ..translation.messages import tr
from .pilot import check_in_line

CHECK_COLUMN, CHECK_MM = 5, 30.0  # the "Check" column, wrapped at this width


def day_first(iso: str) -> str:
    """``2026-12-01T06:45`` -> ``01/12 06:45``: day first, 24 hours, as a Peruvian reads a date."""
    iso = str(iso or "")
    if len(iso) < 16 or iso[4] != "-":
        return iso
    return f"{iso[8:10]}/{iso[5:7]} {iso[11:16]}"


def _value(feature, name: str):
    names = feature.fields().names()
    value = feature[name] if name in names else None
    return None if value is None or str(value) == "NULL" else value


def stop_name(feature) -> str:
    """The stop's code (its name on the unit), with the plot id beside it when the two differ."""
    code = _value(feature, CODE)
    plot_id = _value(feature, PLOT_ID)
    name = str(code or (plot_id if feature[KIND] == "plot" and plot_id else feature[NAME]))
    if feature[KIND] == "plot" and plot_id and str(plot_id) != name:
        name = f"{name} = {plot_id}"
    return name


def stop_rows(stops: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, day: Optional[int] = None) -> List[List[str]]:
    to_grid = checked_transform(stops.crs(), crs)
    kinds = {"base": tr("Base"), "plot": tr("Plot"), "camp": tr("Camp")}
    rows = []
    for f in sorted(stops.getFeatures(), key=lambda f: int(f[SEQ])):
        if day is not None and int(f[DAY]) != day:
            continue
        point = to_grid.transform(f.geometry().asPoint())
        service = _value(f, "service_min")
        bearing, metres = _value(f, "forest_bearing"), _value(f, "forest_m")
        walk = tr("{:03.0f}° {:.0f} m").format(float(bearing), float(metres)) if bearing is not None and metres else ""
        leg_km = _value(f, "forest_km")
        if leg_km:  # the whole leg's forest km: what the forest rule bounds, and what tires the team
            walk = "; ".join(filter(None, [walk, tr("leg {:.1f} km").format(float(leg_km))]))
        check = tr("{:.0f} min").format(float(service)) if service else ""
        later = _value(f, "next_day_min")
        if f[KIND] == "plot" and later:
            check = tr("{}; {:.0f} min of it next morning").format(check, float(later))
        rows.append(
            [
                str(f[SEQ]),
                str(f[DAY]),
                day_first(f[ARRIVAL]),
                kinds.get(f[KIND], f[KIND]),
                stop_name(f),
                check,
                walk,
                f"{point.x():.0f}",
                f"{point.y():.0f}",
            ]
        )
    return rows


def set_columns(table: QgsLayoutItemTextTable) -> None:
    """The stops table's columns; a check carried over to the next morning wraps, never pushes East off."""
    columns = [QgsLayoutTableColumn(header) for header in headers()]
    columns[CHECK_COLUMN].setWidth(CHECK_MM)
    table.setColumns(columns)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)


def headers() -> List[str]:
    return [
        tr("No."),
        tr("Day"),
        tr("Arrives"),
        tr("Stop"),
        tr("Name"),
        tr("Check"),
        tr("Forest walk"),
        tr("East (m)"),
        tr("North (m)"),
    ]


def summary(route: QgsVectorLayer, stops: QgsVectorLayer) -> str:
    days = list(route.getFeatures())
    kinds = [f[KIND] for f in stops.getFeatures()]
    total = sum(float(f["hours"] or 0) for f in days)
    boat, trail, forest = (sum(float(f[k] or 0) for f in days) for k in ("boat_km", "trail_km", "forest_km"))
    # "Days: 1" rather than "1 days": no plural forms for translators to get wrong.
    return (
        tr(
            "Days: {}. Plots: {}. Night camps: {}. Travelling: {:.1f} h; by boat {:.1f} km, on trails {:.1f} km, "
            "through forest {:.1f} km."
        ).format(len(days), kinds.count("plot"), kinds.count("camp"), total, boat, trail, forest)
        + " "
        + check_in_line(stops)
        + _forest_limit(route)
    )


def _forest_limit(route: QgsVectorLayer) -> str:
    """The forest km a day the team keeps within, when the plan was asked one."""
    line = forest_limit_line(route)
    return " " + line + "." if line else ""
