"""Issue 30: a team's QField package, opened headless as QField would read it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsRasterLayer, QgsVectorLayer

from .briefing_support import plan, run  # noqa: F401  (the two-team plan on the small area, as a fixture)
from .conftest import communities_layer
from .test_dock import dock  # noqa: F401  (the dock on the small area, as a fixture)
from .test_spanish_run import spanish  # noqa: F401  (the Spanish translation, as a fixture)

VERDICT_CODES = ["coca", "clearing", "airstrip", "camp", "nothing", "not_reached"]


@pytest.fixture()
def packages(plan, small_area, tmp_path: Path, monkeypatch) -> dict:  # noqa: F811
    # The tests open the basemap the way QGIS does; GDAL's MBTiles driver then leaves the statistics of its
    # zoom levels (" - zoom_level=12.aux.xml") in the working folder: the test's own, not the repository.
    monkeypatch.chdir(tmp_path)
    communities = communities_layer()
    params = {
        "ROUTES": plan["ROUTES"],
        "STOPS": plan["STOPS"],
        "BASES": communities,
        "RIVERS": small_area["RIVERS"],
        "TRAILS": small_area["TRAILS"],
        "NOGO": small_area["NOGO"],
        "BASEMAP_TILES": 300,
        "OUTPUT_FOLDER": str(tmp_path / "qfield"),
    }
    result = run("export_qfield", params)
    hidden = [f.geometry().asPoint() for f in plan["STOPS"].getFeatures() if f["kind"] == "base"]
    hidden += [f.geometry().asPoint() for f in communities.getFeatures() if f["sensitive"]]
    return {"result": result, "hidden": hidden, "plan": plan}


def _open(qgs: str) -> QgsProject:
    project = QgsProject()
    assert project.read(qgs), qgs
    return project


def test_each_team_gets_a_project_qfield_opens_with_every_layer_valid_and_relative(packages) -> None:
    result = packages["result"]
    projects = result["PROJECTS"].split(";")
    assert result["COUNT"] == 2 and len(projects) == 2
    assert not list(Path(projects[0]).parent.glob("*.aux.xml")), "GDAL's side files stay out of the package"
    for qgs in projects:
        text = Path(qgs).read_text(encoding="utf-8")
        folder = str(Path(qgs).parent)
        assert folder not in text, "a path in the project is absolute"
        assert "./patrol.gpkg" in text and "./basemap.mbtiles" in text
        project = _open(qgs)
        layers = project.mapLayers().values()
        assert len(layers) == 5
        assert all(layer.isValid() for layer in layers)
        basemap = [layer for layer in layers if isinstance(layer, QgsRasterLayer)]
        assert len(basemap) == 1 and basemap[0].width() > 0
        names = {layer.name() for layer in layers}
        assert {"Plots", "Route", "Night camps", "Tracks", "Basemap"} == names


def test_the_plots_form_has_the_verdicts_a_photo_notes_date_and_team(packages) -> None:
    qgs = packages["result"]["PROJECTS"].split(";")[0]
    project = _open(qgs)
    plots = project.mapLayersByName("Plots")[0]
    fields = plots.fields()
    verdict = plots.editorWidgetSetup(fields.indexOf("verdict"))
    assert verdict.type() == "ValueMap"
    assert [next(iter(choice.values())) for choice in verdict.config()["map"]] == VERDICT_CODES
    photo = plots.editorWidgetSetup(fields.indexOf("photo"))
    assert photo.type() == "ExternalResource" and photo.config()["RelativeStorage"] == 1
    assert plots.editorWidgetSetup(fields.indexOf("notes")).type() == "TextEdit"
    assert plots.editorWidgetSetup(fields.indexOf("visited_on")).type() == "DateTime"
    assert "now()" in plots.defaultValueDefinition(fields.indexOf("visited_on")).expression()
    team = next(plots.getFeatures())["team"]
    assert plots.defaultValueDefinition(fields.indexOf("team")).expression() == f"'{team}'"
    assert "DCIM/" in plots.customProperty("QFieldSync/attachment_naming")
    for lock in ("is_feature_addition_locked", "is_geometry_editing_locked", "is_feature_deletion_locked"):
        assert plots.customProperty(f"QFieldSync/{lock}") in (True, "true"), lock
    tracks = project.mapLayersByName("Tracks")[0]
    assert tracks.geometryType() == 1 and tracks.featureCount() == 0
    assert tracks.customProperty("QFieldSync/tracking_session_active") in (True, "true")
    from patrol_planner.qgis_adapters.base.compat import form_suppressed

    assert tracks.editFormConfig().suppress() == form_suppressed()
    assert plots.featureCount() > 0
    route = project.mapLayersByName("Route")[0]
    assert sorted(f["day"] for f in route.getFeatures()) == sorted({f["day"] for f in route.getFeatures()})


def test_no_base_nor_sensitive_community_lies_within_the_hiding_distance_in_any_layer(packages) -> None:
    hidden = [QgsGeometry.fromPointXY(QgsPointXY(p)) for p in packages["hidden"]]
    assert len(hidden) >= 3
    for qgs in packages["result"]["PROJECTS"].split(";"):
        project = _open(qgs)
        text = Path(qgs).read_text(encoding="utf-8")
        for name in ("Alfa", "Beta", "Sin contacto"):
            assert name not in text
        for layer in project.mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            for feature in layer.getFeatures():
                for place in hidden:
                    assert feature.geometry().distance(place) > 500, (layer.name(), feature.attributes())
                assert not any(str(v) in ("Alfa", "Beta", "Sin contacto") for v in feature.attributes())


def test_a_package_is_small_enough_to_copy_to_a_phone(packages) -> None:
    for qgs in packages["result"]["PROJECTS"].split(";"):
        size = sum(p.stat().st_size for p in Path(qgs).parent.rglob("*") if p.is_file())
        assert 10_000 < size < 20_000_000, size
        assert math.isfinite(size)


def _fill_as_a_guard(qgs: str) -> list:
    """Verdicts on two plots (one with a photo), a third left blank, and a recorded track, as QField saves them."""
    from qgis.core import QgsFeature, QgsLineString, QgsPoint
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    folder = Path(qgs).parent
    (folder / "DCIM" / "P_photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 a clearing")
    plots = QgsVectorLayer(f"{folder / 'patrol.gpkg'}|layername=plots", "plots", "ogr")
    ids = [f.id() for f in plots.getFeatures()]
    assert len(ids) >= 2
    when = QDateTime(QDate(2026, 12, 2), QTime(9, 30))
    fields = plots.fields()
    plots.startEditing()
    plots.changeAttributeValue(ids[0], fields.indexOf("verdict"), "clearing")
    plots.changeAttributeValue(ids[0], fields.indexOf("visited_on"), when)
    plots.changeAttributeValue(ids[0], fields.indexOf("photo"), "DCIM/P_photo.jpg")
    plots.changeAttributeValue(ids[0], fields.indexOf("notes"), "burnt, two weeks old")
    plots.changeAttributeValue(ids[1], fields.indexOf("verdict"), "not_reached")
    assert plots.commitChanges()
    tracks = QgsVectorLayer(f"{folder / 'patrol.gpkg'}|layername=tracks", "tracks", "ogr")
    first = next(plots.getFeatures()).geometry().asPoint()
    line = QgsLineString([QgsPoint(first.x() + 10 * k, first.y() + 5 * k, 0.0, 60.0 * k) for k in range(30)])
    feature = QgsFeature(tracks.fields())
    feature.setAttributes([None, next(plots.getFeatures())["team"], QDateTime(QDate(2026, 12, 2), QTime(8, 0))])
    from qgis.core import QgsGeometry as Geometry

    feature.setGeometry(Geometry(line))
    assert tracks.dataProvider().addFeatures([feature])
    return [f["plot_id"] for f in plots.getFeatures() if f.id() in ids[:2]]


def test_verdicts_and_tracks_come_back_once_as_plot_status_coverage_and_photo_hashes(packages, tmp_path) -> None:
    import hashlib

    qgs = packages["result"]["PROJECTS"].split(";")[0]
    visited, unreached = _fill_as_a_guard(qgs)
    store = tmp_path / "field.gpkg"
    params = {"PACKAGE": str(Path(qgs).parent), "GEOPACKAGE": str(store), "OUTPUT": "memory:"}
    first = run("import_verdicts", params)
    assert (first["VERDICTS"], first["DUPLICATES"], first["PHOTOS"], first["TRACKS"]) == (2, 0, 1, 1)
    status = {f["plot_id"]: f for f in first["OUTPUT"].getFeatures()}
    assert set(status) == {visited, unreached}
    assert status[visited]["verdict"] == "clearing" and status[visited]["covered"] == 1
    assert status[visited]["last_seen"].toPyDateTime().date().isoformat() == "2026-12-02"
    assert status[visited]["covered_by"] == next(iter(status.values()))["team"]
    assert status[unreached]["covered"] == 0
    digest = hashlib.sha256(b"\xff\xd8\xff\xe0 a clearing").hexdigest()
    assert status[visited]["photo_sha256"] == digest
    kept = store.parent / f"{store.stem}_photos" / f"{digest}.jpg"
    assert kept.read_bytes() == b"\xff\xd8\xff\xe0 a clearing"
    tracks = QgsVectorLayer(f"{store}|layername=field_tracks", "t", "ogr")
    assert tracks.featureCount() == 1
    assert next(tracks.getFeatures())["start_time"].toPyDateTime().isoformat().startswith("2026-12-02T08:00")
    again = run("import_verdicts", dict(params, PACKAGE=str(Path(qgs).parent / "patrol.gpkg")))
    assert (again["VERDICTS"], again["DUPLICATES"], again["TRACKS"]) == (0, 2, 0)
    assert QgsVectorLayer(f"{store}|layername=field_verdicts", "v", "ogr").featureCount() == 2
    assert QgsVectorLayer(f"{store}|layername=field_tracks", "t", "ogr").featureCount() == 1
    assert again["OUTPUT"].featureCount() == 2
    third = run("import_verdicts", dict(params, PACKAGE=qgs))  # the project itself, as the phone's file list shows it
    assert (third["VERDICTS"], third["DUPLICATES"], third["TRACKS"]) == (0, 2, 0)


def test_a_package_with_an_unknown_verdict_is_refused_and_nothing_is_written(packages, tmp_path) -> None:
    from qgis.core import QgsProcessingException

    qgs = packages["result"]["PROJECTS"].split(";")[0]
    folder = Path(qgs).parent
    plots = QgsVectorLayer(f"{folder / 'patrol.gpkg'}|layername=plots", "plots", "ogr")
    fid = next(plots.getFeatures()).id()
    plots.startEditing()
    plots.changeAttributeValue(fid, plots.fields().indexOf("verdict"), "maybe coca")
    assert plots.commitChanges()
    store = tmp_path / "field.gpkg"
    with pytest.raises(QgsProcessingException, match="maybe coca"):
        run("import_verdicts", {"PACKAGE": str(folder), "GEOPACKAGE": str(store), "OUTPUT": "memory:"})
    assert not store.exists()


def test_plot_coverage_counts_a_verdict_as_a_check_by_its_team(packages, small_area, tmp_path) -> None:
    qgs = packages["result"]["PROJECTS"].split(";")[0]
    visited, unreached = _fill_as_a_guard(qgs)
    store = tmp_path / "field.gpkg"
    run("import_verdicts", {"PACKAGE": str(Path(qgs).parent), "GEOPACKAGE": str(store), "OUTPUT": "memory:"})
    result = run(
        "plot_coverage", {"PLOTS": small_area["PLOTS"], "GEOPACKAGE": str(store), "RADIUS": 1, "OUTPUT": "memory:"}
    )
    rows = {f["plot_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows[visited]["covered"] == 1 and rows[visited]["last_track"].endswith(": clearing")
    assert rows[visited]["last_seen"].toPyDateTime().date().isoformat() == "2026-12-02"
    assert rows[unreached]["covered"] == 0


def test_the_dock_exports_the_packages_beside_the_gpx_with_the_projects_layers(
    dock,  # noqa: F811
    qgis_iface,
    tmp_path,
) -> None:
    from qgis.core import Qgis

    from .conftest import wait_for_dock
    from .test_dock import add_team

    add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.planButton.click()
    wait_for_dock(dock)
    started = []
    start = dock._start
    dock._start = lambda algorithm, params, done: started.append((algorithm, params)) or start(algorithm, params, done)
    dock.form.folderWidget.setFilePath(str(tmp_path))
    dock.form.qfieldButton.click()
    wait_for_dock(dock)
    ((algorithm, params),) = started
    assert algorithm == "patrol_planner:export_qfield" and params["BASES"] is dock.form.basesCombo.currentLayer()
    (qgs,) = sorted((tmp_path / "QField").rglob("*.qgs"))
    assert qgs.parent.name == "Norte" and (qgs.parent / "basemap.mbtiles").exists()
    assert any(str(tmp_path) in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))


def test_the_dock_imports_a_returned_package_and_shows_tracks_and_verdicts(
    dock,  # noqa: F811
    packages,
    qgis_iface,
    tmp_path,
    monkeypatch,
) -> None:
    import processing
    from qgis import processing as qgis_processing
    from qgis.core import Qgis

    qgs = packages["result"]["PROJECTS"].split(";")[0]
    _fill_as_a_guard(qgs)
    store = tmp_path / "store.gpkg"
    chosen = {"PACKAGE": str(Path(qgs).parent), "GEOPACKAGE": str(store), "OUTPUT": "memory:"}
    # The dialog, filled in by the coordinator: the same algorithm, run with what was chosen.
    monkeypatch.setattr(qgis_processing, "execAlgorithmDialog", lambda name, _: processing.run(name, chosen))
    dock.form.verdictsButton.click()
    assert dock.results.layer("verdicts").featureCount() == 2
    assert dock.form.tracksCombo.currentLayer().featureCount() == 1
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("2 verdicts and 1 tracks" in m for m in messages)


def test_a_spanish_coordinator_sends_a_spanish_form(plan, small_area, tmp_path, spanish) -> None:  # noqa: F811
    result = run(
        "export_qfield",
        {"ROUTES": plan["ROUTES"], "STOPS": plan["STOPS"], "BASEMAP": False, "OUTPUT_FOLDER": str(tmp_path / "q")},
    )
    project = _open(result["PROJECTS"].split(";")[0])
    (plots,) = project.mapLayersByName("Parcelas sospechosas")
    choices = plots.editorWidgetSetup(plots.fields().indexOf("verdict")).config()["map"]
    assert [next(iter(c)) for c in choices] == [
        "Coca",
        "Desbosque",
        "Pista de aterrizaje",
        "Campamento",
        "Nada encontrado",
        "No se llegó",
    ]
    assert [next(iter(c.values())) for c in choices] == VERDICT_CODES  # the codes stay: the import reads them
    assert plots.attributeDisplayName(plots.fields().indexOf("verdict")) == "Qué se encontró"


def test_an_unknown_team_is_refused_and_nothing_is_written(plan, tmp_path) -> None:  # noqa: F811
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="“Oeste”"):
        run(
            "export_qfield",
            {"ROUTES": plan["ROUTES"], "STOPS": plan["STOPS"], "TEAM": "Oeste", "OUTPUT_FOLDER": str(tmp_path / "q")},
        )
    assert not list((tmp_path / "q").rglob("*.qgs"))
