"""Why a plot was left out reaches a Spanish-speaking coordinator in Spanish."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from patrol_planner.planner.network import INSIDE_NO_GO, NO_CONNECTION, TOO_FAR, UPSTREAM_IMPOSSIBLE
from patrol_planner.planner.optimize import MANDATORY_MISSING, NOT_ENOUGH_TIME
from patrol_planner.planner.optimize import instance as top_model
from patrol_planner.qgis_adapters.translation.reasons import localized_reason

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def spanish(qgis_app, tmp_path: Path):
    qm = tmp_path / "es.qm"
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    subprocess.run([lrelease, "-silent", str(ROOT / "i18n" / "patrol_planner_es.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


REASONS = [
    INSIDE_NO_GO,
    TOO_FAR,
    NO_CONNECTION,
    UPSTREAM_IMPOSSIBLE,
    NOT_ENOUGH_TIME,
    MANDATORY_MISSING,
]


@pytest.mark.parametrize("reason", REASONS)
def test_every_engine_reason_has_a_spanish_version(spanish, reason: str) -> None:
    assert localized_reason(reason) != reason


def test_reasons_with_numbers_and_names_keep_them(spanish) -> None:
    assert localized_reason("unreachable from Alfa: upstream impossible") == (
        "inalcanzable desde Alfa: imposible ir río arriba")
    text = ("too far: the shortest trip from a base to this plot and on to the end base takes 31.5 h including "
            "service, more than any team's time (24.0 h)")
    assert localized_reason(text).startswith("demasiado lejos") and "31.5 h" in localized_reason(text)


def test_the_solver_messages_for_team_restrictions_are_known(spanish) -> None:
    source = Path(top_model.__file__).read_text(encoding="utf-8")
    assert "no team may visit it" in source
    assert localized_reason(
        "no team may visit it: it is kept from every team (or locked to a team that is not planned)"
    ).startswith("ningún equipo")


def test_unknown_text_passes_through(spanish) -> None:
    assert localized_reason("something new") == "something new"
