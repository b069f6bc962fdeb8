"""The foundation algorithm through processing.run, as the toolbox runs it."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.provider.provider import PatrolPlannerProvider


@pytest.fixture()
def provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("patrol_planner") is not None:  # left by an earlier test in this session
        registry.removeProvider("patrol_planner")
    provider = PatrolPlannerProvider()
    assert registry.addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def _points(crs: str, coords) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name:string", "plots", "memory")
    features = []
    for i, (x, y) in enumerate(coords):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"P{i}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_geographic_layer_in_ucayali_goes_to_utm_18s(provider) -> None:
    import processing

    layer = _points("EPSG:4326", [(-75.1, -8.9), (-75.0, -8.8)])
    result = processing.run("patrol_planner:reproject_local_utm", {"INPUT": layer, "OUTPUT": "memory:"})
    assert result["CRS"] == "EPSG:32718"
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:32718"
    assert out.featureCount() == 2
    first = next(out.getFeatures()).geometry().asPoint()
    # -75.1, -8.9 lies about 489 km east and 9016 km north in zone 18S
    assert first.x() == pytest.approx(489_000, abs=1_000)
    assert first.y() == pytest.approx(9_016_000, abs=2_000)


def test_empty_layer_is_a_clear_error(provider) -> None:
    import processing
    from qgis.core import QgsProcessingException

    layer = _points("EPSG:4326", [])
    with pytest.raises(QgsProcessingException, match="the layer is empty"):
        processing.run("patrol_planner:reproject_local_utm", {"INPUT": layer, "OUTPUT": "memory:"})
