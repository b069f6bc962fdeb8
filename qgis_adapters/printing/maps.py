# SPDX-License-Identifier: GPL-2.0-or-later
"""The briefing's map frames: UTM grid with lat/lon ticks, north arrow, scale choice, a page per day.

A guard reads a position off paper in UTM metres (what the unit shows) and a
pilot or a radio operator may want latitude and longitude: the UTM grid is
annotated on the left and bottom, the lat/lon ticks on the top and right.
Day pages are drawn at 1:25,000 or 1:50,000 (the scales of the national
topographic sheets, where a trail can be followed) when the day fits the
frame at that scale, else at the next round scale that holds it.
"""

from __future__ import annotations

import math
import os
from typing import Optional, Sequence

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..translation.messages import tr

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
DAY_SCALES = (25_000, 50_000, 75_000, 100_000, 150_000, 200_000, 250_000, 500_000)


def nice_interval(span: float, lines: int = 5) -> float:
    """1, 2 or 5 times a power of ten, giving about ``lines`` grid lines across ``span``."""
    raw = max(span / lines, 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def day_scale(extent: QgsRectangle, width_mm: float, height_mm: float) -> int:
    """The first of ``DAY_SCALES`` at which ``extent`` (metres) fits a ``width_mm`` x ``height_mm`` frame."""
    needed = max(extent.width() / width_mm, extent.height() / height_mm) * 1000.0
    return next((s for s in DAY_SCALES if s >= needed), int(math.ceil(needed / 100_000) * 100_000))


def north_arrow_path() -> Optional[str]:
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(path):
            return path
    return None


def add_map(
    layout, layers: Sequence, crs: QgsCoordinateReferenceSystem, x: float, y: float, w: float, h: float
) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setCrs(crs)
    item.setLayers(list(layers))
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def add_north_arrow(layout, map_item: QgsLayoutItemMap, x: float, y: float) -> QgsLayoutItemPicture:
    arrow = QgsLayoutItemPicture(layout)
    path = north_arrow_path()
    if path:
        arrow.setPicturePath(path)
    arrow.setLinkedMap(map_item)
    arrow.setBackgroundEnabled(True)  # white behind it, over grid lines and routes
    arrow.attemptMove(QgsLayoutPoint(x, y, MM))
    arrow.attemptResize(QgsLayoutSize(12, 14, MM))
    layout.addLayoutItem(arrow)
    return arrow


def _text(size: float) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setSize(size)
    return text_format


def add_grids(map_item: QgsLayoutItemMap, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle):
    """A UTM grid (lines, metres on the left and bottom) and lat/lon ticks (degrees and minutes, top and right)."""
    side = QgsLayoutItemMapGrid.BorderSide
    position = QgsLayoutItemMapGrid.AnnotationPosition
    direction = QgsLayoutItemMapGrid.AnnotationDirection
    utm = QgsLayoutItemMapGrid(tr("UTM grid"), map_item)
    interval = nice_interval(extent.width(), 7)  # lines close enough to read a position to ~100 m by eye
    utm.setCrs(crs)
    utm.setIntervalX(interval)
    utm.setIntervalY(interval)
    utm.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    utm.setGridLineColor(QColor("#8c8c8c"))  # light grey: under the route, still visible in black and white
    utm.setGridLineWidth(0.15)
    utm.setAnnotationEnabled(True)
    utm.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    utm.setAnnotationPrecision(0)
    utm.setAnnotationTextFormat(_text(6.5))
    utm.setAnnotationFrameDistance(1.0)
    for border in (side.Left, side.Right, side.Top, side.Bottom):
        shown = border in (side.Left, side.Bottom)
        utm.setAnnotationPosition(position.OutsideMapFrame, border)
        utm.setAnnotationDisplay(
            QgsLayoutItemMapGrid.DisplayMode.ShowAll if shown else QgsLayoutItemMapGrid.DisplayMode.HideAll, border
        )
        utm.setAnnotationDirection(direction.Vertical if border == side.Left else direction.Horizontal, border)
    map_item.grids().addGrid(utm)

    geographic = QgsLayoutItemMapGrid(tr("Latitude and longitude"), map_item)
    geographic.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    degrees = interval / 111_320.0
    minutes = next((m for m in (0.5, 1, 2, 5, 10, 15, 30, 60) if m / 60.0 >= degrees), 60)
    geographic.setIntervalX(minutes / 60.0)
    geographic.setIntervalY(minutes / 60.0)
    geographic.setStyle(QgsLayoutItemMapGrid.GridStyle.FrameAnnotationsOnly)
    geographic.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.InteriorTicks)
    geographic.setFrameWidth(2.0)
    geographic.setFramePenColor(QColor("#000000"))
    geographic.setAnnotationEnabled(True)
    geographic.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DegreeMinute)
    geographic.setAnnotationPrecision(1 if minutes < 1 else 0)
    geographic.setAnnotationTextFormat(_text(6.0))
    geographic.setAnnotationFrameDistance(1.0)
    for border in (side.Left, side.Right, side.Top, side.Bottom):
        shown = border in (side.Right, side.Top)
        geographic.setFrameSideFlag(_frame_flag(border), shown)
        geographic.setAnnotationPosition(position.OutsideMapFrame, border)
        geographic.setAnnotationDisplay(
            QgsLayoutItemMapGrid.DisplayMode.ShowAll if shown else QgsLayoutItemMapGrid.DisplayMode.HideAll, border
        )
        geographic.setAnnotationDirection(direction.Vertical if border == side.Right else direction.Horizontal, border)
    map_item.grids().addGrid(geographic)
    return utm, geographic


def _frame_flag(border):
    side = QgsLayoutItemMapGrid.BorderSide
    flag = QgsLayoutItemMapGrid.FrameSideFlag
    return {
        side.Left: flag.FrameLeft,
        side.Right: flag.FrameRight,
        side.Top: flag.FrameTop,
        side.Bottom: flag.FrameBottom,
    }[border]


def fit_extent(extent: QgsRectangle, aspect: float, margin_m: float = 200.0) -> QgsRectangle:
    """``extent`` grown by a margin and widened to the frame's shape (``aspect`` = width / height)."""
    extent = QgsRectangle(extent)
    extent.grow(max(extent.width(), extent.height()) * 0.08 + margin_m)
    if extent.width() / max(extent.height(), 1e-9) < aspect:
        grow = (extent.height() * aspect - extent.width()) / 2
        extent.setXMinimum(extent.xMinimum() - grow)
        extent.setXMaximum(extent.xMaximum() + grow)
    else:
        grow = (extent.width() / aspect - extent.height()) / 2
        extent.setYMinimum(extent.yMinimum() - grow)
        extent.setYMaximum(extent.yMaximum() + grow)
    return extent


def stop_runs(points, width_mm: float, height_mm: float, scale: int) -> list:
    """``(seq, point)`` in visiting order cut into runs whose stops fit one frame at ``scale``: sets of seqs."""
    runs: list = []
    box = QgsRectangle()
    for seq, point in points:
        grown = QgsRectangle(box)
        grown.combineExtentWith(point.x(), point.y())
        if runs and day_scale(fit_extent(grown, width_mm / height_mm, 150.0), width_mm, height_mm) <= scale:
            runs[-1].add(seq)
            box = grown
        else:
            runs.append({seq})
            box = QgsRectangle(point.x(), point.y(), point.x(), point.y())
    return runs


def layout_label(layout, text: str, x: float, y: float, w: float, h: float, size: float, bold: bool = False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setBold(bold)
    font.setPointSizeF(size)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+; setFont is gone in QGIS 4
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(label)
    return label
