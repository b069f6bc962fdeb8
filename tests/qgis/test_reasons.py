"""Why a plot was left out reaches a Spanish-speaking coordinator in Spanish."""

from __future__ import annotations

import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from patrol_planner.planner.core import message
from patrol_planner.planner.network import INSIDE_NO_GO, NO_CONNECTION, TOO_FAR, UPSTREAM_IMPOSSIBLE
from patrol_planner.planner.optimize import MANDATORY_MISSING, NOT_ENOUGH_TIME, too_far
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
    nested = message("unreachable_from", base="Alfa", reason=UPSTREAM_IMPOSSIBLE)
    assert nested == "unreachable from Alfa: upstream impossible"
    assert localized_reason(nested) == "inalcanzable desde Alfa: imposible ir río arriba"
    text = too_far(31.46, 24.0)
    assert text == (
        "too far: the shortest trip from a base to this plot and on to the end base takes 31.5 h "
        "including service, more than any team's time (24.0 h)"
    )
    assert localized_reason(text).startswith("demasiado lejos") and "31.5 h" in localized_reason(text)


def test_the_solver_messages_for_team_restrictions_are_known(spanish) -> None:
    source = Path(top_model.__file__).read_text(encoding="utf-8")
    assert 'message("kept_from_every_team")' in source
    reason = message("kept_from_every_team")
    assert reason == "no team may visit it: it is kept from every team (or locked to a team that is not planned)"
    assert localized_reason(reason).startswith("ningún equipo")


def test_a_reason_kept_and_read_back_still_shows(spanish) -> None:
    reason = message("no_way_back", base="Beta", reason=message("trip_too_long", trip_h=30.0, budget_h=24.0))
    assert localized_reason(pickle.loads(pickle.dumps(reason))) == localized_reason(reason)
    assert localized_reason(reason).startswith("sin camino de vuelta a Beta: demasiado lejos")
    assert localized_reason(str(reason)) == str(reason), "read back from a layer as plain text: shown as it is"


def test_the_priority_shares_and_the_pilot_lines_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import Joined

    why = Joined([message("share_area", share=1.0), message("share_unchecked", share=0.25)])
    assert why == "area 1.00; unchecked 0.25"
    assert localized_reason(why) == "área 1.00; sin verificar 0.25"
    line = message("pilot_alone", start="01/12 07:32", origin="A", km=21.34, destination="B", end="01/12 09:54")
    assert (
        localized_reason(line) == "01/12 07:32: salir solo con el bote desde A, recorrer 21.3 km hasta B, "
        "estar allí a las 01/12 09:54"
    )


def test_unknown_text_passes_through(spanish) -> None:
    assert localized_reason("something new") == "something new"
