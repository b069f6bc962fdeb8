# SPDX-License-Identifier: GPL-2.0-or-later
"""The Processing log of a plan with hundreds of plots off the network (issue 25, findings 2 and 5).

The plots off every trail and river are counted in one warning, the plots left out are told by cause
with the first few of each (never a line per plot), every phase writes its first line, and no reason
names one team's base."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import memory_layer

FAR = 300
ROOT = Path(__file__).resolve().parents[2]


def plan_with_far_plots(small_area):
    """The small area with P1 and ``FAR`` plots 30 km north of its river and trail; the log and the result."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.info, self.warnings = [], []

        def pushInfo(self, info: str) -> None:  # noqa: N802
            self.info.append(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            self.warnings.append(warning)

    x0, y0 = 500_000, 9_000_000
    rows = [(f"POINT({x0 + 5_000} {y0 + 300})", ["P1", 3, 0, 30])]
    # 30 km north of the river and the trail: off the network, each a forest leg from the next
    rows += [(f"POINT({x0 + 100 * k} {y0 + 30_000 + 500 * (k % 4)})", [f"F{k:03d}", 1, 0, 30]) for k in range(FAR)]
    plots = memory_layer(
        "Point",
        "EPSG:32718",
        "field=plot_id:string&field=priority:double&field=mandatory:integer&field=service_min:double",
        "plots",
        rows,
    )
    log = Log()
    result = processing.run(
        "patrol_planner:plan_patrols",
        dict(
            small_area,
            PLOTS=plots,
            TEAMS=["Norte", "Alfa", "", 1, 8, "Sur", "Beta", "", 1, 8],
            START="2026-12-01T06:00",
            TIME_LIMIT=1,
            ROUTES="memory:",
            STOPS="memory:",
            UNPLANNED="memory:",
        ),
        context=QgsProcessingContext(),
        feedback=log,
    )
    return log, result


def test_the_log_counts_the_plots_set_aside_and_tells_the_left_out_by_cause(patrol_provider, small_area) -> None:
    log, result = plan_with_far_plots(small_area)
    left = {f["plot_id"]: f["reason"] for f in result["UNPLANNED"].getFeatures()}
    assert len(left) == FAR and set(left.values()) == {"too far from any trail or river"}
    (counted,) = [w for w in log.warnings if "set aside" in w]
    assert counted.startswith(f"{FAR} plots set aside")
    mentioning = [line for line in log.info + log.warnings if "F0" in line]
    assert mentioning == [
        f"{FAR} left out, too far from any trail or river: F000, F001, F002, F003, F004 and {FAR - 5} more"
    ]
    assert len(log.info) < 40
    for phase in ("Joining 301 plots", "Travel times between 2 bases and 1 plots", "Searching for the best plan"):
        assert any(line.startswith(phase) for line in log.info), phase
    assert not any("Alfa" in reason or "Beta" in reason for reason in left.values())


@pytest.fixture()
def spanish():
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "patrol_planner_es.qm")), "run `make translations`"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_count_and_the_causes_are_in_spanish(patrol_provider, small_area, spanish) -> None:
    log, _ = plan_with_far_plots(small_area)
    (counted,) = [w for w in log.warnings if "apartadas" in w]
    assert counted.startswith(f"{FAR} parcelas apartadas antes de planificar: {FAR} a más de 2000 m de toda trocha")
    assert f"{FAR} no planificadas, demasiado lejos de toda trocha o río: F000, F001, F002, F003, F004 y " in "".join(
        log.info
    )
    assert any(line.startswith("Uniendo 301 parcelas a la red") for line in log.info)
