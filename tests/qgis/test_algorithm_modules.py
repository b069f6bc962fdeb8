# SPDX-License-Identifier: GPL-2.0-or-later
"""Every module of provider/algorithms loads: the provider skips a broken one with a log line only (so
one broken algorithm cannot hide the others from a coordinator), which alone would let a broken module
ship unnoticed (after a merge, "Check the river network" imported a name that no longer existed)."""

from __future__ import annotations

import importlib
import pkgutil

import patrol_planner.provider.algorithms as algorithms
from patrol_planner.provider.algorithms import algorithm_classes


def _modules():
    return sorted(i.name for i in pkgutil.iter_modules(algorithms.__path__) if not i.name.startswith("_"))


def test_every_algorithm_module_imports_and_lists_its_algorithms(qgis_app):
    for name in _modules():
        module = importlib.import_module(f"{algorithms.__name__}.{name}")  # raises what the provider would hide
        assert getattr(module, "ALGORITHMS", None), f"{name} lists no algorithm in ALGORITHMS"


def test_the_provider_offers_one_algorithm_per_module_at_least(patrol_provider):
    offered = {a.name() for a in patrol_provider.algorithms()}
    assert len(algorithm_classes()) >= len(_modules())
    assert {"check_river_network", "set_river_flow", "plan_patrols", "export_qfield", "alert_ledger"} <= offered
