"""The two-team plan on the small area that the briefing's tests print, and what they read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def run(algorithm: str, params: dict) -> dict:
    import processing

    return processing.run(f"patrol_planner:{algorithm}", params)


@pytest.fixture()
def plan(patrol_provider, small_area) -> dict:
    params = dict(
        small_area,
        TEAMS=["Norte", "Alfa", "", 2, 5, "Sur", "Beta", "", 1, 8],
        START="2026-12-01T06:00",
        TIME_LIMIT=1,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    return run("plan_patrols", params)


def pages(pdf: Path) -> int:
    """The page tree's /Count (a GeoPDF rewrites page 1 at the end, so counting /Type /Page over-counts)."""
    return max(int(n) for n in re.findall(rb"/Count\s+(\d+)", pdf.read_bytes()))


def ledger_layer():
    """An Alert ledger layer as the algorithm writes it: six alerts, three verdicts, one false alarm, one overdue."""
    from .conftest import memory_layer

    fields = "field=alert_id:string&field=source:string&field=state:string&field=verdict:string"
    fields += "&field=days_to_verdict:integer&field=overdue:integer"
    rows = [
        ["mb-1", "MapBiomas", "verdict", "coca", 40, 0],
        ["mb-2", "MapBiomas", "verdict", "coca", 36, 0],
        ["gfw-1", "GFW", "verdict", "nothing", 8, 0],
        ["gfw-2", "GFW", "imported", None, None, 1],
        ["gb-1", "GeoBosques", "planned", "not_reached", None, 0],
        ["gb-2", "GeoBosques", "imported", None, None, 0],
    ]
    return memory_layer("Point", "EPSG:4326", fields, "Alert ledger", [("POINT(-75 -9)", r) for r in rows])
