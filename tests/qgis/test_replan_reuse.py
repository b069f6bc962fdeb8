# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's "plan again" reuses the session's travel network and starts from the last plan (issue 17)."""

from __future__ import annotations

from patrol_planner.qgis_adapters.base import session

from .conftest import wait_for_dock as wait
from .test_dock import add_team, dock  # noqa: F401 (the dock fixture)


def test_replan_in_the_dock_reuses_the_network(dock, qgis_iface) -> None:  # noqa: F811 (the fixture above)
    session.clear()
    add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.planButton.click()
    wait(dock)
    builds, hits = session.NETWORKS.builds, session.NETWORKS.hits
    plan_key = session._last_plan[0] if session._last_plan else None
    assert plan_key is not None, "the plan is remembered for the next run"
    dock.form.dropButton.click()
    dock.form.replanButton.click()
    wait(dock)
    assert session.NETWORKS.builds == builds, "no second build"
    assert session.NETWORKS.hits == hits + 1
    assert session._last_plan[0] == plan_key  # same question: the second run started from the first plan
    session.clear()
