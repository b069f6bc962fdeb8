#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""`make demo`: the whole job, headless, on the bundled training data.

Imports the past patrol tracks and the drone flight, computes which suspected
plots nobody has checked, plans three teams for three days, exports GPX for a
Garmin eTrex 22x and a briefing PDF per team into the output folder, and
prints a short summary.  Every step is one of the plugin's Processing
algorithms, exactly as the dock and qgis_process run them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "resources" / "training"
GPKG = TRAINING / "training.gpkg"
sys.path.append("/usr/share/qgis/python/plugins")  # QGIS's own `processing` plugin

TEAMS = [
    # name, start base, end base, days, hours a day
    ("Equipo Huacamayo", "Nueva Alianza", "Nueva Alianza", 3, 8),
    ("Equipo Lupuna", "Puerto Lupuna", "Puerto Lupuna", 3, 8),
    ("Equipo Santa Rosa", "Santa Rosa de Huacamayo", "Santa Rosa de Huacamayo", 3, 8),
]


# each team's boat (motor of patrol_planner.planner.crew.MOTORS) and its fuel budget in litres
BOATS = "Equipo Huacamayo=15hp;Equipo Lupuna=peque;Equipo Santa Rosa=40hp"
FUEL = "Equipo Huacamayo=80;Equipo Lupuna=25;Equipo Santa Rosa=120"


class QuietFeedback(QgsProcessingFeedback):
    def pushInfo(self, info: str) -> None:  # noqa: N802
        pass


def layer(name: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    if not result.isValid():
        sys.exit(f"{GPKG} has no layer {name}: regenerate it with scripts/make_training_data.py")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output")
    parser.add_argument("--start", default="2026-12-01T06:00", help="departure, local time")
    parser.add_argument("--time-limit", type=float, default=20.0, help="search time for the plan (s)")
    parser.add_argument(
        "--store",
        default="",
        help="field data in a shared PostGIS database instead of a "
        "GeoPackage: a saved QGIS connection name or postgresql://user@host/db",
    )
    parser.add_argument("--schema", default="patrol", help="schema of the shared field store (with --store)")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider

    Processing.initialize()
    provider = PatrolPlannerProvider()  # keep a Python reference: the registry does not
    QgsApplication.processingRegistry().addProvider(provider)
    context, feedback = QgsProcessingContext(), QuietFeedback()

    def run(algorithm: str, params: dict) -> dict:
        began = time.perf_counter()
        result = processing.run(f"patrol_planner:{algorithm}", params, context=context, feedback=feedback)
        print(f"  {algorithm:<20} {time.perf_counter() - began:6.1f} s")
        return result

    print("Patrol Planner demo on the training data (fictional Ucayali basin)")
    field = out / "field_data.gpkg"
    files = sorted(str(p) for p in (TRAINING / "tracks").glob("*.gpx")) + sorted(
        str(p) for p in (TRAINING / "drone").glob("*.SRT")
    )
    # The field store: the GeoPackage by default, or the office's shared database (--store).
    store = {"CONNECTION": args.store, "SCHEMA": args.schema} if args.store else {"GEOPACKAGE": str(field)}
    imported = run("import_field_data", {"FILES": files, **store})
    coverage = run(
        "plot_coverage",
        {
            "PLOTS": layer("plots"),
            "ID_FIELD": "plot_id",
            "DATE_FIELD": "detected",
            **store,
            "RADIUS": 50,
            "OUTPUT": str(out / "coverage.gpkg"),
        },
    )
    plots = QgsVectorLayer(coverage["OUTPUT"], "coverage", "ogr")
    covered = sum(1 for f in plots.getFeatures() if f["covered"])
    plan = run(
        "plan_patrols",
        {
            "RIVERS": layer("rivers"),
            "TRAILS": layer("trails"),
            "BASES": layer("bases"),
            "PLOTS": plots,
            "NOGO": layer("nogo"),
            "NOGO_FACTOR_FIELD": "factor",  # the training zones' slow-down factors (never guessed)
            "DEM": str(TRAINING / "dem.tif"),
            "TEAMS": [v for team in TEAMS for v in team],
            "START": args.start,
            "TIME_LIMIT": args.time_limit,
            "SKIP_COVERED": True,
            "ROUTES": str(out / "routes.gpkg"),
            "STOPS": str(out / "stops.gpkg"),
            "UNPLANNED": str(out / "left_out.gpkg"),
            **({"CONNECTION": args.store, "SCHEMA": args.schema} if args.store else {}),
            "BOATS": BOATS,
            "FUEL": FUEL,
            "LEGS": f"ogr:dbname='{out / 'routes.gpkg'}' table=\"legs\" (geom)",
        },
    )
    routes = QgsVectorLayer(plan["ROUTES"], "routes", "ogr")
    stops = QgsVectorLayer(plan["STOPS"], "stops", "ogr")
    left = QgsVectorLayer(plan["UNPLANNED"], "left_out", "ogr")
    from patrol_planner.planner.export import PROFILES

    etrex22x = [p.key for p in PROFILES].index("etrex22x")
    gpx = run("export_gpx", {"ROUTES": routes, "STOPS": stops, "DEVICE": etrex22x, "OUTPUT_FOLDER": str(out / "gpx")})
    legs = QgsVectorLayer(f"{out / 'routes.gpkg'}|layername=legs", "legs", "ogr")
    day_first = "/".join(reversed(args.start[:10].split("-")))
    briefing = run(
        "patrol_briefing",
        {
            "ROUTES": routes,
            "STOPS": stops,
            "LEGS": legs,
            "DATE": day_first,
            "RIVERS": layer("rivers"),
            "TRAILS": layer("trails"),
            "BASES": layer("bases"),
            "NOGO": layer("nogo"),
            "OUTPUT_FOLDER": str(out / "briefing"),
        },
    )

    planned = sum(1 for f in stops.getFeatures() if f["kind"] == "plot")
    reasons = Counter(str(f["reason"]).split(":")[0] for f in left.getFeatures())
    print()
    where = f"the shared database (schema {args.schema})" if args.store else field.name
    already = imported.get("DUPLICATES", 0)
    print(
        f"Field data: {imported.get('IMPORTED', 0)} files imported into {where}"
        + (f", {already} already there" if already else "")
    )
    print(f"Plots: {plots.featureCount()} suspected, {covered} already checked by past patrols or the drone,")
    print(f"       {planned} planned for the next patrol, {left.featureCount()} left out")
    for reason, count in sorted(reasons.items()):
        print(f"         {count:3d} {reason}")
    print()
    print(f"{'team':<20} {'plots':>5} {'travel h':>8} {'boat km':>8} {'trail km':>9} {'forest km':>10}")
    for name, *_ in TEAMS:
        days = [f for f in routes.getFeatures() if f["team"] == name]
        team_plots = sum(1 for f in stops.getFeatures() if f["team"] == name and f["kind"] == "plot")
        print(
            f"{name:<20} {team_plots:>5} {sum(f['hours'] for f in days):8.1f} {sum(f['boat_km'] for f in days):8.1f}"
            f" {sum(f['trail_km'] for f in days):9.1f} {sum(f['forest_km'] for f in days):10.1f}"
        )
    print()
    from demo_boats import print_boats

    print_boats(legs, [name for name, *_ in TEAMS])
    print()

    def listed(files: str) -> str:
        return ", ".join(str(Path(f).relative_to(out.parent)) for f in files.split(";") if f)

    print(f"GPX for Garmin eTrex 22x: {listed(gpx.get('FILES', ''))}")
    print(f"Briefings (PDF): {listed(briefing.get('FILES', ''))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
