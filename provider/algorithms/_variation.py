"""Plan patrols' variation parameters (issue 29): history, accepted loss, seed, N-day rules, risk places.

The plan varies only when asked (``VARY``); its predictability score is worked out whenever a history is
given, and goes to the ``PREDICTABILITY`` output and the log: the review and the office briefing show it,
no field file does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...planner.plan import Ground, LeftOut, PatrolPlan, PlanRequest, PlanSetup
from ...planner.vary import (
    HardRules,
    History,
    RiskPlace,
    ScoreSettings,
    Variation,
    apply_risk,
    history_scores,
    parse_team_sizes,
    plan_varied,
    risk_notes,
    with_left_out,
)
from ...qgis_adapters.layers import NamedSource, read_history, read_risk_places
from ...qgis_adapters.translation import localized_reason, predictability_text
from ._base import tr

Integer = QgsProcessingParameterNumber.Type.Integer
Double = QgsProcessingParameterNumber.Type.Double


def add_variation_parameters(algorithm) -> None:
    add = algorithm.addParameter
    any_geometry = QgsProcessing.SourceType.TypeVectorAnyGeometry
    add(QgsProcessingParameterBoolean("VARY", tr("Vary the plan on purpose (harder for watchers to predict)"), False))
    add(
        QgsProcessingParameterMultipleLayers(
            "HISTORY_PLANS",
            tr("Past plans: their stops and legs layers"),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
    )
    add(
        QgsProcessingParameterFeatureSource(
            "HISTORY_TRACKS",
            tr("Past tracks: the field store's track points (field_track_points)"),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
    )
    for key, label, kind, default, low, high in (
        ("ACCEPTED_LOSS", tr("Priority the plan may give up to vary (%)"), Double, 5.0, 0.0, 50.0),
        ("VARY_SEED", tr("Variation seed (0 = a new one each time)"), Integer, 0, 0, 2**31 - 1),
        ("VARY_CANDIDATES", tr("Other plans to draw from"), Integer, 6, 1, 30),
        ("RECENT_PATROLS", tr("Past patrol days compared with (K)"), Integer, 4, 1, 52),
        ("LANDING_HOUR_DAYS", tr("Same landing at the same hour not within (days, 0 = no rule)"), Integer, 0, 0, 365),
        ("CAMP_DAYS", tr("A camp not used again within (days, 0 = no rule)"), Integer, 0, 0, 365),
    ):
        add(QgsProcessingParameterNumber(key, label, kind, default, False, low, high))
    add(
        QgsProcessingParameterFeatureSource(
            "RISK", tr("Risk places (watched or dangerous)"), [any_geometry], optional=True
        )
    )
    add(QgsProcessingParameterField("RISK_NAME_FIELD", tr("Field: risk place name"), "name", "RISK", optional=True))
    add(
        QgsProcessingParameterField(
            "RISK_DISTANCE_FIELD", tr("Field: distance to keep (m)"), "keep_m", "RISK", optional=True
        )
    )
    add(
        QgsProcessingParameterNumber(
            "RISK_DISTANCE_M", tr("Distance to keep where the layer gives none (m)"), Double, 1000.0, False, 0.0
        )
    )
    add(
        QgsProcessingParameterField(
            "RISK_TEAM_FIELD", tr("Field: minimum team size (empty = nobody goes)"), "min_team", "RISK", optional=True
        )
    )
    add(QgsProcessingParameterString("TEAM_SIZES", tr("People per team (Equipo A=6;…)"), "", optional=True))
    algorithm.addOutput(QgsProcessingOutputString("PREDICTABILITY", tr("Predictability of the plan")))
    algorithm.addOutput(QgsProcessingOutputNumber("VARIATION_SEED", tr("Variation seed used")))


@dataclass
class VariationInputs:
    vary: bool
    variation: Variation
    history: Optional[History]
    places: List[RiskPlace] = field(default_factory=list)
    sizes: Dict[str, int] = field(default_factory=dict)
    risk_left_out: Tuple[LeftOut, ...] = ()


def read_variation(
    algorithm, parameters: Dict[str, Any], context, crs, request: PlanRequest, ground: Ground
) -> Tuple[PlanRequest, Ground, VariationInputs]:
    """The variation's inputs; the risk places' rules are put into the request and the ground here."""

    def number(key: str) -> float:
        return algorithm.parameterAsDouble(parameters, key, context)

    def text(key: str) -> str:
        return algorithm.parameterAsString(parameters, key, context)

    plans = [
        NamedSource(layer, layer.name())
        for layer in algorithm.parameterAsLayerList(parameters, "HISTORY_PLANS", context)
    ]
    tracks = algorithm.parameterAsSource(parameters, "HISTORY_TRACKS", context)
    history = None
    if plans or tracks is not None:
        history = read_history(plans, NamedSource(tracks, "history_tracks") if tracks is not None else None, crs)
    seed = int(number("VARY_SEED"))
    variation = Variation(
        accepted_loss=number("ACCEPTED_LOSS") / 100.0,
        seed=seed or None,
        candidates=int(number("VARY_CANDIDATES")),
        rules=HardRules(int(number("LANDING_HOUR_DAYS")), int(number("CAMP_DAYS"))),
        score=ScoreSettings(recent=int(number("RECENT_PATROLS"))),
    )
    inputs = VariationInputs(algorithm.parameterAsBoolean(parameters, "VARY", context), variation, history)
    inputs.sizes = parse_team_sizes(text("TEAM_SIZES"), request.team_names, "TEAM_SIZES")
    risk = algorithm.parameterAsSource(parameters, "RISK", context)
    if risk is not None:
        source = NamedSource(risk, "risk")
        inputs.places = read_risk_places(
            source,
            crs,
            source.has_field(text("RISK_NAME_FIELD")),
            source.has_field(text("RISK_DISTANCE_FIELD")),
            number("RISK_DISTANCE_M"),
            source.has_field(text("RISK_TEAM_FIELD")),
        )
        outcome = apply_risk(ground, request, inputs.places, inputs.sizes)
        request, ground, inputs.risk_left_out = outcome.request, outcome.ground, outcome.left_out
    return request, ground, inputs


def plan_with_variation(
    setup: PlanSetup, inputs: VariationInputs, previous: Optional[PatrolPlan], progress, feedback
) -> Tuple[PatrolPlan, Dict[str, Any]]:
    """The plan (varied when asked), its score and the risk places' notes in the log; the outputs."""
    history = (inputs.history or History()).before(setup.request.start)
    if not inputs.vary and inputs.history is None:
        plan, score, seed = setup.plan(previous, progress), None, 0
    else:
        varied = plan_varied(setup, history, inputs.variation, previous, progress, vary=inputs.vary)
        plan, score, seed = varied.plan, varied.chosen.score, varied.seed
        if inputs.vary:
            feedback.pushInfo(localized_reason(varied.note()))
            for team, shift in varied.chosen.variant.shifts:
                if shift:
                    when = setup.request.start + timedelta(hours=shift)
                    feedback.pushInfo(
                        tr("{team} leaves at {time} to vary the plan").format(team=team, time=f"{when:%H:%M}")
                    )
        for broken in varied.chosen.broken:
            feedback.pushWarning(
                tr("{team}: {reason}").format(team=broken.team, reason=localized_reason(broken.reason))
            )
    plan = with_left_out(plan, inputs.risk_left_out)
    for note in risk_notes(plan, inputs.places, inputs.sizes):
        feedback.pushWarning(localized_reason(note.reason))
    past = history_scores(history, inputs.variation.score)
    said = predictability_text(score, past[-1][1] if past else None)
    if said:
        feedback.pushInfo(said)
    return plan, {"PREDICTABILITY": said, "VARIATION_SEED": seed}
