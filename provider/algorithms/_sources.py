# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading a layer parameter and its field parameters the same way in every algorithm.

A source is named by its parameter's id in lower case (``rivers``, ``outlets``): the engine's errors
and the log say which input to correct in those words.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingParameterNumber

from ...qgis_adapters.layers import NamedSource
from ._base import tr


def named_source(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext, key: str
) -> Optional[NamedSource]:
    """The layer of parameter ``key`` (None when an optional one is not given)."""
    found = algorithm.parameterAsSource(parameters, key, context)
    return NamedSource(found, key.lower()) if found is not None else None


def chosen_field(
    algorithm: QgsProcessingAlgorithm,
    parameters: Dict[str, Any],
    context: QgsProcessingContext,
    layer: NamedSource,
    key: str,
) -> Optional[str]:
    """The field parameter ``key`` names, when ``layer`` has it (None: read without it)."""
    return layer.has_field(algorithm.parameterAsString(parameters, key, context))


def snap_parameter() -> QgsProcessingParameterNumber:
    """``SNAP_M``: the lines are joined as *Plan patrols* joins them (``TravelModel.snap_m``)."""
    number = QgsProcessingParameterNumber.Type.Double
    return QgsProcessingParameterNumber("SNAP_M", tr("Join line ends closer than (m)"), number, 10.0, False, 0.0)
