"""Fixtures for tests of the QGIS side (pytest-qgis provides the QGIS app)."""

from __future__ import annotations

from typing import Dict, List

import pytest
from qgis.PyQt.QtWidgets import QAction, QDockWidget


class RecordingIface:
    """pytest-qgis's iface plus the bookkeeping a plugin's unload must undo.

    The mock's menu/toolbar/dock calls are no-ops; recording them lets a test
    check that ``unload`` removes exactly what ``initGui`` added.
    """

    def __init__(self, base) -> None:
        self._base = base
        self.menus: Dict[str, List[QAction]] = {}
        self.toolbar: List[QAction] = []
        self.docks: List[QDockWidget] = []

    def __getattr__(self, name):
        return getattr(self._base, name)

    def addPluginToMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        self.menus.setdefault(name, []).append(action)

    def removePluginMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        self.menus[name].remove(action)
        if not self.menus[name]:
            del self.menus[name]

    def addToolBarIcon(self, action: QAction) -> None:  # noqa: N802
        self.toolbar.append(action)

    def removeToolBarIcon(self, action: QAction) -> None:  # noqa: N802
        self.toolbar.remove(action)

    def addDockWidget(self, area, dock: QDockWidget) -> None:  # noqa: N802
        self.docks.append(dock)

    def removeDockWidget(self, dock: QDockWidget) -> None:  # noqa: N802
        self.docks.remove(dock)


def wait_until(done) -> None:
    """Runs the event loop, as QGIS does, until ``done()`` holds: no clock, whatever the machine's speed.

    Background tasks report through queued signals, which wake the loop; a wake-up timer also checks conditions
    a thread sets without one.  A step that never ends is stopped by pytest-timeout (pyproject.toml).
    """
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    wake = QTimer()
    wake.start(50)
    try:
        while not done():
            QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()


def wait_for_dock(dock) -> None:
    """Lets the dock's background step finish (its ``run`` is cleared when the task reports back)."""
    wait_until(lambda: dock.run is None)


def drain() -> None:
    """Delivers the events already posted (queued signals), without waiting for new ones.

    Deferred deletes are left to the event loop, as in QGIS: forcing them here deleted objects still in use
    (a crash in test_dock_project under load)."""
    from qgis.core import QgsApplication

    QgsApplication.sendPostedEvents()
    QgsApplication.processEvents()


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_iface):
    """The desktop's layer tree panel, which pytest-qgis 2.1's iface lacks.

    From QGIS 3.32 Processing adds the layers it loads through ``iface.layerTreeView()``;
    without one, ``processing.runAndLoadResults`` stops before the outputs get their styles.
    """
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    if not hasattr(qgis_iface, "layerTreeView"):
        qgis_iface.layerTreeView = lambda: view
    yield view


@pytest.fixture(scope="session", autouse=True)
def canvas_forgets_removed_layers(qgis_iface):
    """pytest-qgis 2.1's iface adds every new layer to its canvas but takes a layer off only on a whole clear.

    A layer removed by itself (the dock replaces its results so) stayed in the canvas's list; the next
    project read handed that list back to Python and crashed now and then (test_dock_project, issue 26).
    The desktop takes a removed layer off its canvas; so does this.
    """
    from qgis.core import QgsProject

    def forget(layer_ids) -> None:
        canvas = qgis_iface.mapCanvas()
        gone = set(layer_ids)
        canvas.setLayers([layer for layer in canvas.layers() if layer.id() not in gone])

    project = QgsProject.instance()
    project.layersWillBeRemoved.connect(forget)
    yield
    project.layersWillBeRemoved.disconnect(forget)


@pytest.fixture()
def recording_iface(qgis_iface) -> RecordingIface:
    return RecordingIface(qgis_iface)


def memory_layer(kind: str, crs: str, fields: str, name: str, rows):
    """A memory layer from ``(wkt, [attributes])`` rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs={crs}&{fields}", name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


@pytest.fixture()
def small_area():
    """The hand-made area of ``small_area_layers`` (a function too, for the tests' fresh-process workers)."""
    return small_area_layers()


def communities_layer():
    """The small area's communities (issue 27): one marked sensitive on the river (x 507 500), one not (512 500)."""
    return memory_layer(
        "Point",
        "EPSG:32718",
        "field=name:string&field=kind:string&field=sensitive:integer",
        "communities",
        [
            ("POINT(507500 9000050)", ["Sin contacto", "community", 1]),
            ("POINT(512500 9000050)", ["Abierta", "community", 0]),
        ],
    )


def small_area_layers():
    """A hand-made area in UTM 18S: a river flowing east, a trail north, two bases, four plots, a reserve.

    River 20 km west->east (downstream 15 km/h, upstream 9 km/h by default); trail 10 km north from the
    river's middle; plot P4 lies inside the reserve and can never be reached.
    """
    crs = "EPSG:32718"
    x0, y0 = 500_000, 9_000_000
    rivers = memory_layer(
        "LineString",
        crs,
        "field=name:string&field=reversed:integer&field=current_kmh:double&field=navigable:integer",
        "rivers",
        [(f"LINESTRING({x0} {y0}, {x0 + 10_000} {y0}, {x0 + 20_000} {y0})", ["Rio Test", 0, None, 1])],
    )
    trails = memory_layer(
        "LineString",
        crs,
        "field=name:string&field=walk_kmh:double",
        "trails",
        [(f"LINESTRING({x0 + 10_000} {y0}, {x0 + 10_000} {y0 + 10_000})", ["Trocha norte", None])],
    )
    bases = memory_layer(
        "Point",
        crs,
        "field=name:string&field=kind:string",
        "bases",
        [(f"POINT({x0} {y0 + 100})", ["Alfa", "community"]), (f"POINT({x0 + 20_000} {y0 + 100})", ["Beta", "pickup"])],
    )
    plots = memory_layer(
        "Point",
        crs,
        "field=plot_id:string&field=priority:double&field=mandatory:integer&field=service_min:double",
        "plots",
        [
            (f"POINT({x0 + 5_000} {y0 + 300})", ["P1", 3, 0, 30]),
            (f"POINT({x0 + 10_000} {y0 + 5_000})", ["P2", 5, 1, 60]),
            (f"POINT({x0 + 15_000} {y0 + 200})", ["P3", 2, 0, 30]),
            (f"POINT({x0 + 19_000} {y0 + 8_000})", ["P4", 4, 0, 30]),
        ],
    )
    nogo = memory_layer(
        "Polygon",
        crs,
        "field=name:string&field=factor:double",
        "nogo",
        [
            (
                f"POLYGON(({x0 + 17_500} {y0 + 6_500}, {x0 + 21_000} {y0 + 6_500}, {x0 + 21_000} {y0 + 9_500}, "
                f"{x0 + 17_500} {y0 + 9_500}, {x0 + 17_500} {y0 + 6_500}))",
                ["Reserva", None],
            )
        ],
    )
    return {"RIVERS": rivers, "TRAILS": trails, "BASES": bases, "PLOTS": plots, "NOGO": nogo}


@pytest.fixture()
def patrol_provider(qgis_processing):
    """The plugin's provider registered for ``processing.run``."""
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("patrol_planner") is not None:
        registry.removeProvider("patrol_planner")
    provider = PatrolPlannerProvider()
    assert registry.addProvider(provider)
    yield provider
    if registry.providerById("patrol_planner") is not None:
        registry.removeProvider("patrol_planner")


# -- a real PostgreSQL 15 + PostGIS 3 for the shared field store (issue 15) --------------------------------
def _postgis_cluster_class():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "support" / "postgis_cluster.py"
    spec = importlib.util.spec_from_file_location("postgis_cluster", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PostgisCluster


@pytest.fixture(scope="session")
def postgis_cluster():
    """A private cluster in a temporary folder on a free port, started once and stopped after the session."""
    with _postgis_cluster_class()() as cluster:
        yield cluster


@pytest.fixture()
def shared_db(postgis_cluster):
    """(database URL, a fresh schema name) in the session's cluster: each test gets its own field store."""
    import uuid

    schema = f"t_{uuid.uuid4().hex[:10]}"
    yield postgis_cluster.url, schema
    postgis_cluster.sql(postgis_cluster.database, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
