# SPDX-License-Identifier: GPL-2.0-or-later
"""Styles for result layers that the toolbox, the modeler or a script load, not only the dock.

Processing loads an algorithm's outputs itself; a post-processor attached to
each output styles the layer once it is in the project.  Processing keeps only
a pointer to the post-processor, so the Python objects are kept here.
"""

from __future__ import annotations

import logging
from typing import Callable, List

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

log = logging.getLogger(__name__)


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    _alive: List[StyleOnLoad] = []

    def __init__(self, styler: Callable[[QgsVectorLayer], None]) -> None:
        super().__init__()
        self.styler = styler

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        if isinstance(layer, QgsVectorLayer):
            try:
                self.styler(layer)
            except Exception:  # a style must never lose the result
                log.exception("could not style %s", layer.name())

    @classmethod
    def attach(cls, context: QgsProcessingContext, destination: str, styler: Callable[[QgsVectorLayer], None]) -> None:
        """Styles ``destination`` (a sink's id or path) with ``styler`` when Processing loads it."""
        if not context.willLoadLayerOnCompletion(destination):
            return
        processor = cls(styler)
        cls._alive = cls._alive[-20:] + [processor]
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
