"""The plan's ``legs`` layer: every travelled part in time order, with the mode and the fuel.

Fields ``team``, ``day``, ``seq``, ``mode`` (``boat`` with the team,
``boat_empty`` for the pilot moving the boat alone, ``trail``, ``forest``,
``transfer``, ``wait``), ``start``, ``end`` (ISO date-times), ``hours``,
``km``, ``fuel_l``, ``who`` (``team``, or ``pilot`` for his moves alone: the
team's legs in order replay without a jump).  Styled by ``styles.legs``.
"""

from __future__ import annotations

from typing import List

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...planner.plan import PatrolPlan, layer_legs
from ..base.compat import wkb_type
from ..base.fields import DAY, SEQ, TEAM
from ..translation.messages import tr

ISO_SECONDS = "%Y-%m-%dT%H:%M:%S"
LEG_WKB = wkb_type("LineString")


def _leg_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        (TEAM, QVariant.String),
        (DAY, QVariant.Int),
        (SEQ, QVariant.Int),
        ("mode", QVariant.String),
        ("start", QVariant.String),
        ("end", QVariant.String),
        ("hours", QVariant.Double),
        ("km", QVariant.Double),
        ("fuel_l", QVariant.Double),
        ("who", QVariant.String),  # "team" or "pilot" (moving the boat alone): each replays on its own
    ):
        fields.append(QgsField(name, kind))
    return fields


LEG_FIELDS = _leg_fields()


def leg_features(plan: PatrolPlan) -> List[QgsFeature]:
    out = []
    for team in plan.teams:
        for row in layer_legs(team):
            feature = QgsFeature(LEG_FIELDS)
            points = [QgsPointXY(x, y) for x, y in row.coords]
            if len(points) == 1:
                points.append(points[0])
            feature.setGeometry(QgsGeometry.fromPolylineXY(points))
            feature.setAttributes(
                [
                    row.team,
                    row.day,
                    row.seq,
                    row.mode,
                    row.start.strftime(ISO_SECONDS),
                    row.end.strftime(ISO_SECONDS),
                    round(row.hours, 4),
                    round(row.km, 3),
                    round(row.fuel_l, 2),
                    row.who,
                ]
            )
            out.append(feature)
    return out


def fuel_summary(legs: QgsVectorLayer) -> str:
    """``Equipo A: 60.5 L (day 1 21.9, day 2 3.8)`` per team, from a legs layer."""
    fuel = {}
    for f in legs.getFeatures():
        days = fuel.setdefault(str(f[TEAM]), {})
        days[int(f[DAY])] = days.get(int(f[DAY]), 0.0) + float(f["fuel_l"] or 0.0)
    lines = []
    for team, days in sorted(fuel.items()):
        if not any(days.values()):  # a team on foot
            continue
        per_day = ", ".join(tr("day {} {:.1f}").format(d, litres) for d, litres in sorted(days.items()))
        lines.append(tr("{}: {:.1f} L of fuel ({})").format(team, sum(days.values()), per_day))
    return "\n".join(lines)
