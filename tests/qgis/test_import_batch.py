# SPDX-License-Identifier: GPL-2.0-or-later
"""A bad file in a batch is reported with its name and the rest imported."""

from __future__ import annotations

from pathlib import Path

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"


def test_a_bad_file_in_a_batch_is_reported_and_the_rest_imported(tmp_path: Path, patrol_provider) -> None:
    import processing
    from qgis.core import QgsProcessingFeedback

    bad = tmp_path / "overflow.gpx"
    bad.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<gpx>\n<trk><trkseg>\n<trkpt lat="1" lon="2">\n')
    errors = []

    class Recorder(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            errors.append(error)

    params = {"FILES": [str(bad), str(FIELD / "gpx/togeojson/run.gpx")], "GEOPACKAGE": str(tmp_path / "f.gpkg")}
    result = processing.run("patrol_planner:import_field_data", params, feedback=Recorder())
    assert (result["IMPORTED"], result["FAILED"]) == (1, 1)
    assert len(errors) == 1 and "overflow.gpx, line 5" in errors[0]
