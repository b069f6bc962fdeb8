"""Import what came back from the field into the coordinator's GeoPackage.

Every file is read before anything is written.  A file that cannot be read is
reported with its name and line and left out; the other files are imported
(when no file can be read, the import stops with the first file's error and
the GeoPackage stays as it was).  Files already imported (same points, any
name or line endings) are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...planner.core import Cancelled, InputError, ScaledFeedback
from ...planner.field import KINDS, CameraConfig, ImportConfig, read_field_file
from ...qgis_adapters.base import ProcessingFeedbackAdapter
from ...qgis_adapters.layers import read_geotagged_photos
from ...qgis_adapters.translation import localized_reason, translate_error
from ._base import PatrolAlgorithm, tr
from ._store import add_store_parameters, store_from


class ImportFieldData(PatrolAlgorithm):
    FILES = "FILES"
    PHOTOS = "PHOTOS"
    KIND = "KIND"
    UTC_OFFSET = "UTC_OFFSET"
    CAMERA = "CAMERA"
    FOV = "FOV"
    GEOPACKAGE = "GEOPACKAGE"
    IMPORTED = "IMPORTED"
    DUPLICATES = "DUPLICATES"
    FAILED = "FAILED"

    def name(self) -> str:
        return "import_field_data"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import field data")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Reads GPX files from handhelds and phones, DJI drone subtitles (.SRT), DJI and Airdata flight "
            "records, Litchi missions (as planned flights) and exiftool geotag CSVs, plus a folder of geotagged "
            "photos, and appends tracks, track points, waypoints and drone footprints to a GeoPackage. "
            "Files already imported are left out. Bad records are skipped and listed in the log."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.FILES, tr("Field files (GPX, SRT, CSV)"), QgsProcessing.SourceType.TypeFile, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PHOTOS, tr("Folder of geotagged photos"), QgsProcessingParameterFile.Behavior.Folder, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND, tr("GPX tracks were made"), [tr("on foot"), tr("by boat")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.UTC_OFFSET,
                tr("Drone and camera clocks: hours from UTC"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=-5.0,
                minValue=-12.0,
                maxValue=14.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.CAMERA, tr("Drone model (for the camera's field of view)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FOV,
                tr("Camera diagonal field of view (degrees, 0 = model default)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=170.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.GEOPACKAGE,
                tr("Field data GeoPackage"),
                tr("GeoPackage (*.gpkg)"),
                optional=True,
                createByDefault=False,
            )
        )  # never a temporary file by surprise: this GeoPackage or the shared database
        add_store_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr("Files imported")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, tr("Files already imported")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Files that could not be read")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        files = self.parameterAsFileList(parameters, self.FILES, context)
        folder = self.parameterAsFile(parameters, self.PHOTOS, context)
        gpkg = self.parameterAsFileOutput(parameters, self.GEOPACKAGE, context)
        store = store_from(self, parameters, context, gpkg)
        if not files and not folder:
            raise InputError(tr("choose at least one field file or a folder of photos"))
        fov = self.parameterAsDouble(parameters, self.FOV, context)
        config = ImportConfig(
            kind=KINDS[self.parameterAsEnum(parameters, self.KIND, context)],
            utc_offset_hours=self.parameterAsDouble(parameters, self.UTC_OFFSET, context),
        )
        camera = CameraConfig(
            model=self.parameterAsString(parameters, self.CAMERA, context) or "", diagonal_fov_deg=fov or None
        )
        results = []
        failed: List[InputError] = []
        progress = ProcessingFeedbackAdapter(feedback)
        for number, path in enumerate(files):
            try:
                results.append(read_field_file(path, config, progress))
            except Cancelled:
                raise
            except InputError as error:
                # One bad file must not cost the coordinator the rest of the batch.
                failed.append(error)
                feedback.reportError(tr("Not imported: {}").format(translate_error(error)), False)
            feedback.setProgress(80.0 * (number + 1) / max(1, len(files)))
        if failed and not results and not folder:
            raise failed[0]
        if folder:
            results.append(read_geotagged_photos(folder, config))
        for result in results:
            feedback.pushInfo(
                tr("{}: {} tracks, {} points, {} waypoints, {} planned routes, {} records skipped, {} warnings").format(
                    Path(result.source).name,
                    len(result.tracks),
                    result.point_count,
                    len(result.waypoints),
                    len(result.routes),
                    len(result.skipped),
                    len(result.warnings),
                )
            )
            for warning in result.warnings:
                feedback.pushWarning(f"{result.source}: {localized_reason(warning)}")
            for skipped in result.skipped[:50]:
                feedback.pushInfo(tr("skipped line {}: {}").format(skipped.line, skipped.reason))
        report = store.write_results(
            results, camera, feedback=ScaledFeedback(ProcessingFeedbackAdapter(feedback), 80, 100)
        )
        for duplicate in report.duplicates:
            feedback.pushWarning(tr("{} was already imported: left out").format(duplicate))
        feedback.setProgress(100.0)
        if failed:
            feedback.pushWarning(
                tr("{} of {} files could not be read and were not imported").format(len(failed), len(files))
            )
        shared = {"CONNECTION": store.name, "SCHEMA": store.schema} if store.kind == "postgis" else {}
        return {
            self.GEOPACKAGE: gpkg,
            self.IMPORTED: len(report.written),
            self.DUPLICATES: len(report.duplicates),
            self.FAILED: len(failed),
            **shared,
        }


ALGORITHMS = [ImportFieldData]
