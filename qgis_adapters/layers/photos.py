"""Geotagged photos from a folder, as the waypoints of one imported file (read by QGIS, not by us)."""

from __future__ import annotations

import hashlib
from datetime import timedelta, timezone
from pathlib import Path
from typing import Optional

from qgis.core import QgsProcessing

from ...planner.core import InputError
from ...planner.field import ImportConfig, ImportResult, Waypoint, plausible_time
from ..translation import tr


def read_geotagged_photos(folder: str, config: Optional[ImportConfig] = None) -> ImportResult:
    """Geotagged photos as waypoints, read by QGIS's own ``native:importphotos``.

    QGIS already reads EXIF (and DJI's XMP) well, so no EXIF reader of ours.
    The import is keyed by a hash of the photos' bytes, so the same photos
    are never imported twice.  Needs Processing to be initialised.
    """
    from qgis import processing  # only inside QGIS with Processing initialised

    config = config or ImportConfig()
    source = Path(folder)
    if not source.is_dir():
        raise InputError(tr("not a folder of photos"), source)
    out = processing.run(
        "native:importphotos",
        {
            "FOLDER": str(source),
            "RECURSIVE": True,
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
            "INVALID": QgsProcessing.TEMPORARY_OUTPUT,
        },
    )
    layer = out["OUTPUT"]
    invalid = out.get("INVALID")
    result = ImportResult(source=str(source), format="geotagged-photos")
    digest = hashlib.sha256()
    waypoints = []
    for feature in sorted(layer.getFeatures(), key=lambda f: f["photo"]):
        photo = Path(feature["photo"])
        digest.update(photo.name.encode("utf-8"))
        digest.update(photo.read_bytes())
        point = feature.geometry().constGet()
        stamp = feature["timestamp"]
        when = None
        if stamp:
            # EXIF times are the camera's local clock, like DJI's.
            local = stamp.toPyDateTime().replace(tzinfo=None)
            when = (local - timedelta(hours=config.utc_offset_hours)).replace(tzinfo=timezone.utc)
            when = when if plausible_time(when) else None
        altitude = feature["altitude"]
        ele = float(altitude) if altitude not in (None, "") and altitude == altitude else None
        waypoints.append(
            Waypoint(
                point.x(),
                point.y(),
                photo.name,
                "photo",
                when,
                f"direction {feature['direction']}" if feature["direction"] else "",
                ele,
            )
        )
    result.waypoints.extend(waypoints)
    if invalid is not None:
        for feature in invalid.getFeatures():
            result.skip(None, tr("{photo}: no GPS position in the photo").format(photo=Path(feature["photo"]).name))
    result.sha256 = digest.hexdigest()
    if not waypoints:
        result.warn(tr("no photo in the folder has a GPS position"))
    return result
