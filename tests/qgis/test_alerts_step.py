"""The dock's alerts step as a coordinator uses it: choose a file, see the guesses, import, get styled plots."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject

from .conftest import wait_for_dock

GEOJSON = str(Path(__file__).resolve().parents[1] / "data" / "alerts" / "mapbiomas_padre_abad_sample.geojson")


def test_alerts_step_shows_guesses_imports_and_hands_the_plots_on(
    qgis_iface, qgis_new_project, patrol_provider
) -> None:
    from patrol_planner.ui.dock import PatrolPlannerDock

    QgsProject.instance().clear()
    dock = PatrolPlannerDock(qgis_iface)
    try:
        step = dock.alerts
        assert dock.form.stepTabs.indexOf(step) == 1
        step.fileWidget.setFilePath(GEOJSON)
        step.refresh_fields()
        assert [step.fieldCombos[k].currentData() for k in ("ID_FIELD", "DATE_FIELD", "AREA_FIELD")] == [
            "alert_code",
            "detected_at",
            "area_ha",
        ]
        assert "alert_code" in step.guessLabel.text()
        step.distanceSpin.setValue(500)
        step.importButton.click()
        wait_for_dock(dock)
        assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
        layer = dock.results.layer("alert_plots")
        assert layer is not None and layer.featureCount() > 0
        assert sum(f["n_alerts"] for f in layer.getFeatures()) == 61
        assert layer.renderer().type() == "RuleRenderer"
        assert dock.form.plotsCombo.currentLayer() is layer
        assert f"{layer.featureCount()} plots" in step.summaryLabel.text()
    finally:
        dock.cancel()
        dock.dispose()
        dock.deleteLater()
