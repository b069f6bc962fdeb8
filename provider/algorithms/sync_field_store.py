"""Back in the office: a laptop's field GeoPackage and the shared database, each brought up to date."""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
)

from ...planner.core import InputError
from ...planner.store import DEFAULT_SCHEMA
from ...qgis_adapters.stores import GeoPackageStore, PostgisStore, sync
from ._base import PatrolAlgorithm, tr
from ._store import CONNECTION, SCHEMA, connection_name


class SyncFieldStore(PatrolAlgorithm):
    GEOPACKAGE = "GEOPACKAGE"
    DIRECTION = "DIRECTION"

    def name(self) -> str:
        return "sync_field_store"

    def displayName(self) -> str:  # noqa: N802
        return tr("Sync field data with the shared database")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Back in the office: sends the field files imported on this laptop to the shared database, and brings "
            "back the files the other committees imported, so coverage on this laptop shows the plots they checked; "
            "the latest shared coverage of each plot is written to the GeoPackage layer 'shared_coverage'. Files "
            "are recognised by content, so running it again adds nothing. A file name that holds different "
            "content on the laptop and in the database is listed as a conflict; both are kept."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.GEOPACKAGE, tr("Field data GeoPackage"), tr("GeoPackage (*.gpkg)"), createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterProviderConnection(
                CONNECTION, tr("Shared database (a saved PostgreSQL connection)"), "postgres"
            )
        )
        self.addParameter(
            QgsProcessingParameterDatabaseSchema(
                SCHEMA, tr("Schema of the shared field store"), CONNECTION, defaultValue=DEFAULT_SCHEMA, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                tr("Direction"),
                [tr("send and receive"), tr("send only"), tr("receive only")],
                defaultValue=0,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PUSHED", tr("Files sent")))
        self.addOutput(QgsProcessingOutputNumber("PULLED", tr("Files received")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICTS", tr("Conflicts")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        gpkg = self.parameterAsFileOutput(parameters, self.GEOPACKAGE, context)
        connection = connection_name(self, parameters, context)
        if not connection:
            raise InputError(tr("choose the shared database connection"))
        shared = PostgisStore(connection, self.parameterAsSchema(parameters, SCHEMA, context) or DEFAULT_SCHEMA)
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        report = sync(GeoPackageStore(gpkg), shared, send=direction in (0, 1), receive=direction in (0, 2))
        for conflict in report.conflicts:
            feedback.pushWarning(conflict)
        feedback.pushInfo(
            tr("{} files sent to {}, {} received, {} plots in the shared coverage").format(
                len(report.pushed), shared.label, len(report.pulled), report.shared_plots
            )
        )
        return {
            self.GEOPACKAGE: gpkg,
            "PUSHED": len(report.pushed),
            "PULLED": len(report.pulled),
            "CONFLICTS": len(report.conflicts),
        }


ALGORITHMS = [SyncFieldStore]
