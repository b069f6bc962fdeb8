"""The river network's findings as a layer and as counted lines of the log, and the flow on a copy of the rivers.

``finding_features`` writes one point per finding of ``planner.network.check_network`` (fields ``kind``,
``feature``, ``piece``, ``km``, ``note``); ``check_lines`` says the same in a few counted lines (the
*Check the river network* algorithm and *Plan patrols* print them); ``flow_features`` copies the
rivers with the field ``reversed`` the planner reads (1: drawn against the flow, 0: with it, NULL: unknown).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Sequence

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QVariant

from ...planner.network import AGAINST_FLOW, ISLAND_BASE, ISLAND_PLOT, PIECE, Finding, NetworkCheck
from ..base.compat import wkb_type
from ..base.fields import FEATURE, KIND, KM, NOTE, REVERSED
from ..base.fields import PIECE as PIECE_FIELD
from ..translation.messages import tr

FINDING_WKB = wkb_type("Point")
SHOWN = 5  # ids named in a log line; the layer lists them all


def _finding_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        (KIND, QVariant.String),
        (FEATURE, QVariant.String),
        (PIECE_FIELD, QVariant.Int),
        (KM, QVariant.Double),
        (NOTE, QVariant.String),
    ):
        fields.append(QgsField(name, kind))
    return fields


FINDING_FIELDS = _finding_fields()


def finding_note(finding: Finding) -> str:
    if finding.kind == PIECE:
        return tr("piece {piece} ({km:.1f} km) joins no other line: a gap wider than the snapping distance?").format(
            piece=finding.piece, km=finding.km
        )
    if finding.kind == ISLAND_PLOT:
        return tr("plot {plot} is on a piece of the network that no base reaches").format(plot=finding.fid)
    if finding.kind == ISLAND_BASE:
        return tr("base {base} is on a piece of the network with no plot").format(base=finding.fid)
    return tr("river feature {fid} seems drawn from its mouth to its source: mark it reversed").format(fid=finding.fid)


def finding_features(check: NetworkCheck) -> List[QgsFeature]:
    out = []
    for finding in check.findings:
        feature = QgsFeature(FINDING_FIELDS)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*finding.where)))
        feature.setAttributes(
            [
                finding.kind,
                None if finding.fid is None else str(finding.fid),
                finding.piece or None,
                round(finding.km, 3) if finding.km else None,
                finding_note(finding),
            ]
        )
        out.append(feature)
    return out


def _counted(ids: Sequence[Any], one: str, many: str) -> str:
    shown = ", ".join(str(i) for i in ids[:SHOWN]) + (", …" if len(ids) > SHOWN else "")
    return (one if len(ids) == 1 else many).format(count=len(ids), ids=shown)


def check_lines(check: NetworkCheck) -> List[str]:
    """The counted warnings of a check, one line per kind found (none when all is well)."""
    lines = []
    if check.pieces > 1:
        lines.append(
            tr(
                "River network: {pieces} pieces not joined to each other; no boat or walk goes from one to another"
            ).format(pieces=check.pieces)
        )
    plots = [f.fid for f in check.of(ISLAND_PLOT)]
    if plots:
        lines.append(
            _counted(
                plots,
                tr("1 plot on a piece no base reaches: {ids}"),
                tr("{count} plots on a piece no base reaches: {ids}"),
            )
        )
    bases = [f.fid for f in check.of(ISLAND_BASE)]
    if bases:
        lines.append(
            _counted(
                bases, tr("1 base on a piece with no plot: {ids}"), tr("{count} bases on a piece with no plot: {ids}")
            )
        )
    against = [f.fid for f in check.of(AGAINST_FLOW)]
    if against:
        lines.append(
            _counted(
                against,
                tr(
                    "1 river line seems drawn against the flow (feature {ids}): "
                    "mark it in the field 'reversed', or run Set the river flow"
                ),
                tr(
                    "{count} river lines seem drawn against the flow (features {ids}): "
                    "mark them in the field 'reversed', or run Set the river flow"
                ),
            )
        )
    if check.road_nodes:
        lines.append(tr("Roads: {count} junctions made between route lines").format(count=check.road_nodes))
    return lines


def flow_fields(fields: QgsFields) -> QgsFields:
    """The rivers' fields, with ``reversed`` added when they have none."""
    out = QgsFields(fields)
    if out.indexOf(REVERSED) < 0:
        out.append(QgsField(REVERSED, QVariant.Int))
    return out


def feature_flags(fids: Sequence[Any], flags: Sequence[Optional[bool]]) -> Dict[Any, Optional[int]]:
    """Per feature (the parts of a multi-line vote): 1 against the flow, 0 with it, None unknown."""
    votes: Dict[Any, List[int]] = {}
    for fid, flag in zip(fids, flags):
        votes.setdefault(fid, [0, 0])
        if flag is not None:
            votes[fid][0 if flag else 1] += 1
    return {fid: (None if a + b == 0 else int(a > b)) for fid, (a, b) in votes.items()}


def flow_features(features, fields: QgsFields, flags: Dict[Any, Optional[int]]) -> Iterator[QgsFeature]:
    """Copies of the rivers' features (geometry as drawn) with ``reversed`` set."""
    at = fields.indexOf(REVERSED)
    for feature in features:
        copy = QgsFeature(fields)
        copy.setGeometry(feature.geometry())
        attributes = list(feature.attributes()) + [None] * (len(fields) - len(feature.attributes()))
        attributes[at] = flags.get(feature.id())
        copy.setAttributes(attributes)
        yield copy
