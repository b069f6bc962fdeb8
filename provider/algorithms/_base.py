"""Shared behaviour of the plugin's Processing algorithms.

``processAlgorithm`` is the one error boundary: engine errors
(``PlannerError``) become ``QgsProcessingException`` with the engine's
coordinator-facing sentence, which Processing shows in the dialog and the
message bar; anything else is a bug and keeps its traceback in the log.
"""

from __future__ import annotations

import gc
from datetime import date
from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ...planner.core import InputError, PlannerError
from ...qgis_adapters.base import sound_crs
from ...qgis_adapters.translation import tr, translate_error
from ..dependencies import missing_dependencies


def today_parameter(text: str) -> Optional[date]:
    """A 'count days up to' parameter: empty for today (None), else an ISO date."""
    if not (text or "").strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(tr("{text!r} is not a date; write it as YYYY-MM-DD").format(text=text)) from error


class PatrolAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``process`` instead of ``processAlgorithm``."""

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self) -> str:
        return tr("Patrol planning")

    def groupId(self) -> str:  # noqa: N802
        return "patrol_planning"

    def canExecute(self):  # noqa: N802
        missing = missing_dependencies()
        if missing:
            return False, tr("Patrol Planner needs these Python packages: {}").format(", ".join(missing))
        return True, ""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A password typed into the shared database's connection is refused here, before Processing echoes
        the parameters into its log and history (``_store.check_connection``)."""
        from ._store import CONNECTION, check_connection  # _store imports this module's tr

        if self.parameterDefinition(CONNECTION) is not None:
            ok, problem = check_connection(parameters)
            if not ok:
                return False, problem
        return super().checkParameterValues(parameters, context)

    def parameterAsSink(self, parameters, name, context, fields, geometryType, crs, *args):  # noqa: N802, N803
        """Every output is created in a sound CRS: one QGIS spoiled (``local_crs.sound_crs``) would be written
        as none, and a GeoPackage without its SRS is read back in metres of nowhere."""
        return super().parameterAsSink(parameters, name, context, fields, geometryType, sound_crs(crs), *args)

    def processAlgorithm(  # noqa: N802
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        # No automatic full garbage collection while the step runs: started from this (worker) thread it walks
        # every Python object of QGIS holding the interpreter lock and freezes the window for 0.1-0.3 s.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.process(parameters, context, feedback)
        except PlannerError as error:
            raise QgsProcessingException(translate_error(error)) from error
        finally:
            if collecting:
                gc.enable()

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        raise NotImplementedError


class PreparationAlgorithm(PatrolAlgorithm):
    """The steps that prepare the layers before planning: one group in the toolbox."""

    def group(self) -> str:
        return tr("Data preparation")

    def groupId(self) -> str:  # noqa: N802
        return "data_preparation"
