# SPDX-License-Identifier: GPL-2.0-or-later
"""After reopening a saved project, the dock plans again from what it made before (issue 26, findings 1 and 2).

Every output the dock makes is a file, never a memory layer (which comes back empty): the coverage, the plan,
its legs (the pilot's sheet and the fuel lines) all come back with the project.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject

from . import test_dock_project
from .conftest import memory_layer, wait_until
from .conftest import wait_for_dock as wait
from .test_dock_project import choose

dock = test_dock_project.dock  # the fixtures of the project tests
saved_layers = test_dock_project.saved_layers


def reopen(dock, path: Path) -> None:
    project = QgsProject.instance()
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    wait_until(lambda: not dock.memory.loading)


def field_store_over_p1(tmp_path: Path) -> str:
    """A field GeoPackage with one boat track passing by plot P1 of the small area (and no other plot)."""
    from patrol_planner.qgis_adapters.base import checked_transform
    from patrol_planner.qgis_adapters.stores.imports import import_field_files

    transform = checked_transform(QgsCoordinateReferenceSystem("EPSG:32718"), QgsCoordinateReferenceSystem("EPSG:4326"))
    points = [transform.transform(QgsPointXY(x, 9_000_300)) for x in (504_000, 505_000, 506_000)]
    rows = "".join(
        f'<trkpt lat="{p.y():.7f}" lon="{p.x():.7f}"><time>2026-11-20T08:{i:02d}:00Z</time></trkpt>'
        for i, p in enumerate(points)
    )
    gpx = tmp_path / "boat.gpx"
    gpx.write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><name>boat</name><trkseg>{rows}</trkseg></trk></gpx>",
        encoding="utf-8",
    )
    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(gpx)], str(gpkg))
    return str(gpkg)


def ready(dock, layers, days: int = 1, hours: float = 12) -> None:
    choose(dock, layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": days, "hours_per_day": hours})


def errors(qgis_iface):
    return qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def test_a_reopened_project_plans_again_from_its_coverage_with_its_legs(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    ready(dock, saved_layers, days=2, hours=10)
    path = tmp_path / "project" / "patrol.qgs"
    path.parent.mkdir()
    assert QgsProject.instance().write(str(path))
    dock.show_field_tracks(field_store_over_p1(tmp_path))
    dock.form.coverageButton.click()
    wait(dock)
    coverage = dock.results.layer("coverage")
    assert coverage is not None and coverage.providerType() == "ogr", "the coverage is kept in a file"
    assert Path(coverage.source().split("|")[0]).parent.parent == path.parent, "beside the project"
    covered = {f["plot_id"] for f in coverage.getFeatures() if f["covered"] == 1}
    assert covered == {"P1"}
    dock.form.planButton.click()
    wait(dock)
    assert not errors(qgis_iface)
    planned = {f["name"] for f in dock.results.layer("stops").getFeatures() if f["kind"] == "plot"}
    assert "P1" not in planned and planned, "the covered plot is skipped"
    fuel = dock.form.unplannedLabel.text().split("\n")[0]
    assert "L of fuel" in fuel
    legs_id = dock.results.layer("legs").id()

    reopen(dock, path)

    coverage = dock.results.layer("coverage")
    assert coverage is not None and coverage.featureCount() == 4
    legs = dock.results.layer("legs")
    assert legs is not None and legs.id() == legs_id and legs.featureCount() > 0, "the legs are re-attached"
    assert dock.briefing_params(dock.results.layer("routes"), dock.results.layer("stops"))["LEGS"] is legs
    assert dock.form.unplannedLabel.text().split("\n")[0] == fuel, "the fuel lines come back"
    dock.form.planButton.click()
    wait(dock)
    assert not errors(qgis_iface), errors(qgis_iface)
    assert {f["name"] for f in dock.results.layer("stops").getFeatures() if f["kind"] == "plot"} == planned
    dock.form.replanButton.click()
    wait(dock)
    assert not errors(qgis_iface), errors(qgis_iface)
    assert dock.results.layer("legs").featureCount() > 0


def test_a_plan_made_before_the_project_had_a_file_comes_back_with_it(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    ready(dock, saved_layers)
    dock.form.planButton.click()
    wait(dock)
    assert not errors(qgis_iface), errors(qgis_iface)
    for key in ("routes", "stops", "unplanned", "legs"):
        assert dock.results.layer(key).providerType() == "ogr", f"{key} is not kept in memory"
    review = dock.form.reviewTree.topLevelItemCount()
    reopen(dock, tmp_path / "later.qgs")
    for key in ("routes", "stops", "unplanned", "legs"):
        assert dock.results.layer(key) is not None and dock.results.layer(key).featureCount() > 0, key
    assert dock.form.reviewTree.topLevelItemCount() == review > 0


def test_a_plan_made_before_the_project_was_saved_moves_beside_it_and_opens_from_a_copied_folder(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    """Saving the project takes the plan's GeoPackage out of the QGIS profile, into the folder beside the project:
    the folder copied to another machine (or moved) opens with its plan."""
    import shutil

    ready(dock, saved_layers)
    dock.form.planButton.click()
    wait(dock)
    keys = ("routes", "stops", "unplanned", "legs")
    made = {Path(dock.results.layer(key).source().split("|")[0]) for key in keys}
    assert len(made) == 1 and "unsaved_plans" in str(next(iter(made))), "a plan before a save is made in the profile"
    counts = {key: dock.results.layer(key).featureCount() for key in keys}
    folder = tmp_path / "office"
    folder.mkdir()
    assert QgsProject.instance().write(str(folder / "patrol.qgs"))
    sources = {Path(dock.results.layer(key).source().split("|")[0]) for key in keys}
    assert [p.parent for p in sources] == [folder / "patrol_plans"], sources
    gone = [p for p in made if p.exists()]
    assert not gone, "the profile keeps no copy of the plan"

    QgsProject.instance().clear()
    elsewhere = tmp_path / "field_laptop" / "patrols"
    shutil.move(str(folder), str(elsewhere))
    assert QgsProject.instance().read(str(elsewhere / "patrol.qgs"))
    wait_until(lambda: not dock.memory.loading)
    for key in keys:
        layer = dock.results.layer(key)
        assert layer is not None and layer.isValid(), key
        assert Path(layer.source().split("|")[0]).parent == elsewhere / "patrol_plans", layer.source()
        assert layer.featureCount() == counts[key], key
    assert dock.form.reviewTree.topLevelItemCount() > 0


def test_an_empty_coverage_layer_from_an_older_project_is_not_planned_from(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    """Projects saved before this fix hold the coverage in memory: it comes back empty and must not be used."""
    ready(dock, saved_layers)
    old = memory_layer(
        "Point", "EPSG:32718", "field=plot_id:string&field=covered:integer", "Plot coverage", []
    )  # what a memory coverage layer is after a reopen: its fields, no plots
    dock.results.add_to_group(old)
    dock.results.ids["coverage"] = old.id()
    reopen(dock, tmp_path / "old.qgs")
    assert dock.results.layer("coverage") is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("coverage" in m and "again" in m for m in warnings), warnings
    dock.form.planButton.click()
    wait(dock)
    assert not errors(qgis_iface), errors(qgis_iface)
    assert dock.results.layer("stops").featureCount() > 0


def team_rows(layer, team: str):
    """Every attribute and the geometry of one team's features, in a stable order."""
    names = [n for n in layer.fields().names() if n != "fid"]
    rows = [
        tuple(str(f[n]) for n in names) + (f.geometry().asWkt(1),) for f in layer.getFeatures() if f["team"] == team
    ]
    return sorted(rows)


def test_a_kept_team_keeps_its_days_order_and_times_and_the_summary_agrees(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    ready(dock, saved_layers, days=2, hours=10)
    dock.teams.add_team({"name": "Sur", "base": "Beta", "end_base": "", "days": 2, "hours_per_day": 10})
    dock.locks = {"P3": "Sur", "P1": "Norte"}
    dock.form.planButton.click()
    wait(dock)
    before = {key: team_rows(dock.results.layer(key), "Sur") for key in ("routes", "stops", "legs")}
    assert before["stops"] and before["legs"]
    dock.replan_controls.kept = {"Sur"}
    dock.form.boatKmhSpin.setValue(dock.form.boatKmhSpin.value() * 0.6)  # slower boats: new times for a free team
    dock.form.serviceMinSpin.setValue(dock.form.serviceMinSpin.value() + 20)
    dock.form.replanButton.click()
    wait(dock)
    assert not errors(qgis_iface), errors(qgis_iface)
    after = {key: team_rows(dock.results.layer(key), "Sur") for key in ("routes", "stops", "legs")}
    assert after == before, "the kept team's plan is the one already on its unit"
    for key in ("routes", "stops", "legs", "unplanned"):
        assert dock.results.layer(key).featureCount() >= 0, f"{key}: the count is known after the kept plan is put back"
    text = dock.replan_controls.changesLabel.text()
    assert "Sur unchanged" in text, text
    assert "Kept as they were" not in text or "Norte" not in text.split("Kept as they were")[1], text

    path = tmp_path / "kept.qgs"
    reopen(dock, path)
    assert dock.replan_controls.kept == {"Sur"}
    dock.form.replanButton.click()
    wait(dock)
    assert {key: team_rows(dock.results.layer(key), "Sur") for key in ("routes", "stops", "legs")} == before


def test_the_change_summary_tells_a_moved_day_from_no_change() -> None:
    from patrol_planner.ui.replan import changes_sentence

    before = {"Norte": [(1, "P1"), (2, "P2")], "Sur": [(1, "P3")]}
    after = {"Norte": [(1, "P1"), (3, "P2")], "Sur": [(1, "P3"), (1, "P4")]}
    text = changes_sentence(before, after)
    assert "Norte unchanged" not in text and "Norte" in text, text
    assert "Sur +P4" in text and "Sur unchanged" not in text, text
    assert changes_sentence(before, before).count("unchanged") == 2


def test_the_replan_note_does_not_call_a_team_with_new_plots_unchanged() -> None:
    from patrol_planner.planner.plan.stability import StabilityNote

    note = StabilityNote(True, 0.02, 0.10, ("Santa Rosa",)).message()
    assert "Kept as they were" not in str(note), note


def test_a_kept_plan_that_breaks_a_later_drop_or_lock_is_planned_again() -> None:
    from patrol_planner.ui.replan import still_fits

    visits = [(1, "P1"), (2, "P3")]
    assert still_fits("Sur", visits, {"P3": "Sur"}, {})
    assert not still_fits("Sur", visits, {"P3": "Sur"}, {"P1": "Sur"}), "a plot dropped from it since"
    assert not still_fits("Sur", visits, {"P1": "Norte"}, {}), "a plot locked to another team since"
    assert not still_fits("Sur", visits, {"P2": "Sur"}, {}), "a plot locked to it since"
    assert still_fits("Sur", visits, {"P2": "Norte"}, {"P2": "Sur"})
