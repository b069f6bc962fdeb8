"""The review step: per team and day, the stops with times and distances.

Selecting a stop zooms the map to it; the dock's drop/lock buttons act on
the selected stop.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, Optional

from qgis.core import QgsRectangle, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ..qgis_adapters.base import ARRIVAL, CODE, DAY, PLOT_ID, SEQ, TEAM, checked_transform

STOP_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the stop's text without its mark
PLOT_ROLE = Qt.ItemDataRole.UserRole + 2
ZOOM_HALF_WIDTH_M = 1500.0


def kind_names():
    return {
        "plot": QCoreApplication.translate("PatrolPlanner", "plot"),
        "camp": QCoreApplication.translate("PatrolPlanner", "camp"),
        "base": QCoreApplication.translate("PatrolPlanner", "base"),
    }


def next_morning_note(stop) -> str:
    """' – continues next morning (40 min)' for a plot whose work runs past the day's end."""
    if stop.fields().indexOf("next_day_min") < 0 or not stop["next_day_min"]:
        return ""
    return QCoreApplication.translate("PatrolPlanner", " – continues next morning ({:.0f} min)").format(
        float(stop["next_day_min"])
    )


def _km(value) -> str:
    return f"{float(value or 0):.1f}"


class ReviewTree:
    def __init__(self, tree: QTreeWidget, iface) -> None:
        self.tree = tree
        self.iface = iface
        self.stops_layer: Optional[QgsVectorLayer] = None
        # the numbers take what they need, the stops' names the rest: the km columns never fall off the edge
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        tree.setIndentation(12)  # three levels deep: the default 20 px each cut the bases' names
        tree.itemSelectionChanged.connect(self.zoom_to_selection)

    def clear(self) -> None:
        self.tree.clear()
        self.stops_layer = None

    def fill(self, routes: QgsVectorLayer, stops: QgsVectorLayer) -> None:
        self.tree.clear()
        self.stops_layer = stops
        days = {(f[TEAM], int(f[DAY])): f for f in routes.getFeatures()}
        by_day = defaultdict(list)
        for feature in stops.getFeatures():
            by_day[(feature[TEAM], int(feature[DAY]))].append(feature)
        teams: Dict[str, QTreeWidgetItem] = {}
        for team, day in sorted(set(days) | set(by_day), key=lambda k: (str(k[0]), k[1])):
            if team not in teams:
                teams[team] = QTreeWidgetItem(self.tree, [str(team)])
                teams[team].setExpanded(True)
            route = days.get((team, day))
            label = QCoreApplication.translate("PatrolPlanner", "Day {}").format(day)
            day_item = QTreeWidgetItem(teams[team], [label])
            if route is not None:
                day_item.setText(2, f"{float(route['hours']):.1f}")
                day_item.setText(3, _km(route["boat_km"]))
                day_item.setText(4, _km(route["trail_km"]))
                day_item.setText(5, _km(route["forest_km"]))
            day_item.setExpanded(True)
            kinds = kind_names()
            for stop in sorted(by_day[(team, day)], key=lambda f: int(f[SEQ])):
                # The code is the stop's name on the unit and in the briefing.
                names = stop.fields().names()
                code = stop[CODE] if "code" in names and stop[CODE] not in (None, "") else stop["name"]
                text = f"{int(stop['seq'])}. {code} ({kinds.get(str(stop['kind']), stop['kind'])})"
                text += next_morning_note(stop)
                item = QTreeWidgetItem(day_item, [text, str(stop[ARRIVAL])[-5:]])
                item.setData(0, STOP_ROLE, stop.id())
                item.setData(0, TEXT_ROLE, text)
                item.setData(0, PLOT_ROLE, str(stop[PLOT_ID] or "") if "plot_id" in names else "")

    def mark(self, kept, locks: Dict[str, str], drops: Dict[str, str]) -> None:
        """Shows which teams keep their plan and which plots are locked to or dropped from a team."""
        translate = QCoreApplication.translate
        for t in range(self.tree.topLevelItemCount()):
            team = self.tree.topLevelItem(t)
            name = team.text(0)
            team.setText(1, translate("PatrolPlanner", "kept") if name in kept else "")
            for d in range(team.childCount()):
                day = team.child(d)
                for s in range(day.childCount()):
                    stop = day.child(s)
                    plot = stop.data(0, PLOT_ROLE)
                    text = stop.data(0, TEXT_ROLE) or stop.text(0)
                    if plot and locks.get(plot) == name:
                        text += translate("PatrolPlanner", " – locked to this team")
                    elif plot and drops.get(plot) == name:
                        text += translate("PatrolPlanner", " – dropped from this team")
                    stop.setText(0, text)

    def selected_stop(self) -> Optional[Dict[str, Any]]:
        items = self.tree.selectedItems()
        if not items or self.stops_layer is None or sip.isdeleted(self.stops_layer):
            return None
        fid = items[0].data(0, STOP_ROLE)
        if fid is None:
            return None
        feature = self.stops_layer.getFeature(int(fid))
        return {name: feature[name] for name in self.stops_layer.fields().names()} | {"_geometry": feature.geometry()}

    def zoom_to_selection(self) -> None:
        stop = self.selected_stop()
        if stop is None:
            return
        canvas = self.iface.mapCanvas()
        transform = checked_transform(self.stops_layer.crs(), canvas.mapSettings().destinationCrs())
        point = transform.transform(stop["_geometry"].asPoint())
        half = ZOOM_HALF_WIDTH_M if canvas.mapSettings().destinationCrs().isGeographic() is False else 0.015
        canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
        canvas.refresh()
