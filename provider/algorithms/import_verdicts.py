"""Import verdicts: a returned QField package into the field GeoPackage, and each plot's status from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...planner.core import InputError
from ...qgis_adapters.base import COVERED, NOTES, PLOT_ID, TEAM, VERDICT, WGS84, ProcessingFeedbackAdapter, make_fields
from ...qgis_adapters.stores import import_package, stored_verdicts, to_qdatetime
from ._base import PatrolAlgorithm, tr

STATUS_FIELDS = (
    (PLOT_ID, QVariant.String),
    (VERDICT, QVariant.String),
    (COVERED, QVariant.Int),
    ("covered_by", QVariant.String),
    ("last_seen", QVariant.DateTime),
    (TEAM, QVariant.String),
    (NOTES, QVariant.String),
    ("photo_sha256", QVariant.String),
)


class ImportVerdicts(PatrolAlgorithm):
    def name(self) -> str:
        return "import_verdicts"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import verdicts from QField")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Reads a QField package brought back from the field (its folder, its project or its GeoPackage): what "
            "the guards found at each plot, with the date, the team, the notes and the photo, and the tracks the "
            "phone recorded. Verdicts and tracks go into the field GeoPackage, photos beside it named by their "
            "SHA-256; a package imported again adds nothing. The output gives each plot's latest verdict: a plot "
            "the guards stood at counts as checked on that date by that team; 'not reached' leaves it unchecked."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                "PACKAGE",
                tr("QField package folder brought back from the phone"),
                # A folder: the package as it comes back from the phone; its project or GeoPackage is accepted too.
                QgsProcessingParameterFile.Behavior.Folder,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "GEOPACKAGE", tr("Field data GeoPackage"), tr("GeoPackage (*.gpkg)"), createByDefault=False
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Plot status from verdicts")))
        for key, label in (
            ("VERDICTS", tr("Verdicts added")),
            ("DUPLICATES", tr("Verdicts already imported")),
            ("PHOTOS", tr("Photos kept")),
            ("TRACKS", tr("Tracks added")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        package = Path(self.parameterAsString(parameters, "PACKAGE", context))
        store = Path(self.parameterAsFileOutput(parameters, "GEOPACKAGE", context))
        if not str(store) or store.suffix.lower() != ".gpkg":
            raise InputError(tr("choose the field data GeoPackage (.gpkg) the verdicts go into"), "GEOPACKAGE")
        report = import_package(package, store, ProcessingFeedbackAdapter(feedback))
        feedback.pushInfo(
            tr(
                "{added} verdicts added, {duplicates} already imported, {photos} photos kept, {tracks} tracks added"
            ).format(added=report.added, duplicates=report.duplicates, photos=report.photos, tracks=report.tracks)
        )
        for photo in report.missing_photos:
            feedback.pushWarning(
                tr("{photo}: the photo is not in the package; the verdict is kept without it").format(photo=photo)
            )
        fields = make_fields(STATUS_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, WGS84)
        for plot, (verdict, point) in sorted(stored_verdicts(store).items()):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(point))
            feature.setAttributes(
                [
                    plot,
                    verdict.verdict,
                    int(verdict.covered),
                    verdict.team,
                    to_qdatetime(verdict.visited_on),
                    verdict.team,
                    verdict.notes,
                    verdict.photo_sha256,
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {
            "OUTPUT": dest,
            "GEOPACKAGE": str(store),
            "VERDICTS": report.added,
            "DUPLICATES": report.duplicates,
            "PHOTOS": report.photos,
            "TRACKS": report.tracks,
        }


ALGORITHMS = [ImportVerdicts]
