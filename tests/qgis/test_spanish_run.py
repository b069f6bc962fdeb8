# SPDX-License-Identifier: GPL-2.0-or-later
"""A Spanish run of the whole job writes no English sentence to the Processing log or the plugin's log (issue 23).

Import, coverage, plan, GPX and briefing on the training data, through the Processing algorithms as the dock
and ``qgis_process`` run them, with the Spanish translations loaded and the plugin's logging bridge installed.
Every line at info level and above is collected; paths, codes, numbers and team, base or plot names may stay.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import List

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "resources" / "training"
GPKG = TRAINING / "training.gpkg"
TEAMS = [
    "Equipo Huacamayo",
    "Nueva Alianza",
    "Nueva Alianza",
    3,
    8,
    "Equipo Lupuna",
    "Puerto Lupuna",
    "Puerto Lupuna",
    3,
    8,
    "Equipo Santa Rosa",
    "Santa Rosa de Huacamayo",
    "Santa Rosa de Huacamayo",
    3,
    8,
]

# Words of English sentences that Spanish does not use; "a", "no" and "me" are Spanish words too.
ENGLISH = set(
    """the of to and is in from with for by on at it its this that these are be was were has have
not any each every their there than more into an or which one two can cannot could would will should
plots plot teams team files file left out too far enough time fuel boat trip reach reaches river rivers
trail trails travel network built matrix terminals nodes edges pieces search reused written kept
planned covered imported skipped warnings points tracks waypoints stops hours days only""".split()
)
DUMP = re.compile(r"\b\w+\((\w+=|\))")  # a repr such as NetworkStats(rivers=394, ...)


def english(line: str) -> bool:
    """A line reads as English: English function words make up much of it, or it is a Python repr."""
    if DUMP.search(line):
        return True
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", " ".join(t for t in line.split() if not _path(t)))]
    hits = [w for w in words if w in ENGLISH]
    return len(set(hits)) >= 2 and len(hits) >= 0.25 * len(words)


def _path(token: str) -> bool:
    return "/" in token or "\\" in token


def test_the_detector_tells_english_from_spanish() -> None:
    assert english("boat plan: 23 plots, priority 40.1, 120 evaluations, 2.0 s")
    assert english("Matrix of 1877 x 1877 terminals in 0.50 s (scipy search)")
    assert english("NetworkStats(rivers=394, trails=12)")
    assert english("unreachable from Equipo Lupuna: too far from any trail or river")
    assert not english("Equipo Lupuna: 12 parcelas, 20.5 h, 40.1 km en bote, 3.0 km por trochas, 1.2 km en bosque")
    assert not english("Escrito /tmp/pytest-of-x/the_files/of_the/team.pdf")
    assert not english("Dejada fuera P12: inalcanzable desde Equipo Lupuna: imposible ir río arriba")


class Collecting(QgsProcessingFeedback):
    """Every line Processing shows in its log at info level and above (debug lines are not shown)."""

    def __init__(self, lines: List[str]) -> None:
        super().__init__()
        self.lines = lines

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.lines.append(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.lines.append(error)

    def pushCommandInfo(self, info: str) -> None:  # noqa: N802
        self.lines.append(info)

    def pushConsoleInfo(self, info: str) -> None:  # noqa: N802
        self.lines.append(info)

    def setProgressText(self, text: str) -> None:  # noqa: N802
        self.lines.append(text)


@pytest.fixture()
def spanish():
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "patrol_planner_es.qm")), "run `make translations`"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def plugin_log():
    """The plugin's log panel: what the logging bridge forwards, as QGIS shows it."""
    from patrol_planner.qgis_adapters.translation import log as logging_bridge

    lines: List[str] = []

    def received(message: str, tag: str, level) -> None:
        lines.append(f"[{tag}] {message}")

    handler = logging_bridge.install()
    QgsApplication.messageLog().messageReceived.connect(received)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(received)
    logging_bridge.uninstall(handler)


def layer(name: str) -> QgsVectorLayer:
    found = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert found.isValid()
    return found


def test_a_spanish_run_writes_no_english_sentence(spanish, plugin_log, patrol_provider, tmp_path: Path) -> None:
    import processing

    from patrol_planner.planner.export import PROFILES

    shown: List[str] = []
    feedback, context = Collecting(shown), QgsProcessingContext()

    def run(algorithm: str, params: dict) -> dict:
        return processing.run(f"patrol_planner:{algorithm}", params, context=context, feedback=feedback)

    files = [str(p) for p in sorted((TRAINING / "tracks").glob("*.gpx")) + sorted((TRAINING / "drone").glob("*"))]
    store = {"GEOPACKAGE": str(tmp_path / "field.gpkg")}
    with warnings.catch_warnings(record=True) as raised:
        warnings.simplefilter("always")
        run("import_field_data", {"FILES": files, **store})
        coverage = run(
            "plot_coverage",
            {
                "PLOTS": layer("plots"),
                "ID_FIELD": "plot_id",
                "DATE_FIELD": "detected",
                **store,
                "RADIUS": 50,
                "OUTPUT": str(tmp_path / "coverage.gpkg"),
            },
        )
        plots = QgsVectorLayer(coverage["OUTPUT"], "coverage", "ogr")
        plan = run(
            "plan_patrols",
            {
                "RIVERS": layer("rivers"),
                "TRAILS": layer("trails"),
                "BASES": layer("bases"),
                "PLOTS": plots,
                "NOGO": layer("nogo"),
                "DEM": str(TRAINING / "dem.tif"),
                "TEAMS": TEAMS,
                "START": "2026-12-01T06:00",
                "TIME_LIMIT": 2,
                "SKIP_COVERED": True,
                "BOATS": "Equipo Huacamayo=15hp;Equipo Santa Rosa=40hp",
                "FUEL": "Equipo Huacamayo=20",
                "ROUTES": str(tmp_path / "routes.gpkg"),
                "STOPS": str(tmp_path / "stops.gpkg"),
                "UNPLANNED": str(tmp_path / "left_out.gpkg"),
                "LEGS": f"ogr:dbname='{tmp_path / 'routes.gpkg'}' table=\"legs\" (geom)",
            },
        )
        routes = QgsVectorLayer(plan["ROUTES"], "routes", "ogr")
        stops = QgsVectorLayer(plan["STOPS"], "stops", "ogr")
        legs = QgsVectorLayer(f"{tmp_path / 'routes.gpkg'}|layername=legs", "legs", "ogr")
        run(
            "export_gpx",
            {
                "ROUTES": routes,
                "STOPS": stops,
                "DEVICE": [p.key for p in PROFILES].index("etrex10"),
                "OUTPUT_FOLDER": str(tmp_path / "gpx"),
            },
        )
        run(
            "patrol_briefing",
            {
                "ROUTES": routes,
                "STOPS": stops,
                "LEGS": legs,
                "DATE": "01/12/2026",
                "RIVERS": layer("rivers"),
                "TRAILS": layer("trails"),
                "BASES": layer("bases"),
                "NOGO": layer("nogo"),
                "OUTPUT_FOLDER": str(tmp_path / "briefing"),
            },
        )

    left = QgsVectorLayer(plan["UNPLANNED"], "left_out", "ogr")
    reasons = [str(f["reason"]) for f in left.getFeatures()]
    assert shown and reasons, "the run wrote nothing to check"
    # Issue 27: the pilot's sheet is in the user's language too.
    sheets = sorted((tmp_path / "briefing").glob("*_piloto.txt"))
    assert sheets
    sheet_lines = [line for path in sheets for line in path.read_text(encoding="utf-8").splitlines() if line]
    lines = shown + plugin_log + reasons + sheet_lines
    assert [line for line in lines if english(line)] == []
    assert [
        f"{w.category.__name__}: {w.message}"
        for w in raised
        if "patrol_planner" in w.filename or "shapely" in w.filename
    ] == []
