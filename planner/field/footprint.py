"""The ground a drone camera saw along a flight.

Model: the camera looks straight down (the usual survey setting), so at
height ``h`` above the take-off point it sees a ``2·h·tan(hfov/2)`` by
``2·h·tan(vfov/2)`` rectangle.  The drone's yaw is rarely known, so the
footprint is the flight line buffered by the radius of the circle that fits
inside that rectangle whatever the yaw: ``h·tan(vfov/2)``.  That is an
under-estimate on purpose: a plot must not be reported as seen when it was
not.  Height above take-off is taken as height above ground, which holds on
the flat várzea and terra firme of Ucayali but not in hills.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

logger = logging.getLogger(__name__)

# Diagonal field of view of the main (wide) camera, degrees, from DJI's
# published specifications.  Keys are lower-case model names.
DJI_DIAGONAL_FOV_DEG: Dict[str, float] = {
    "mavic pro": 78.8,
    "mavic 2 pro": 77.0,
    "mavic 2 zoom": 83.0,
    "mavic 2 enterprise": 85.0,
    "mavic 2 enterprise advanced": 84.0,
    "mavic air": 85.0,
    "mavic air 2": 84.0,
    "air 2s": 88.0,
    "mavic mini": 83.0,
    "mini 2": 83.0,
    "mini 3": 82.1,
    "mini 4 pro": 82.1,
    "phantom 4 pro": 84.0,
    "p4 professional": 84.0,
    "phantom 4 rtk": 84.0,
    "matrice 300 (h20 wide)": 82.9,
    "mavic 3": 84.0,
    "mavic 3t": 84.0,
    "mavic 3 enterprise": 84.0,
}
DEFAULT_DIAGONAL_FOV_DEG = 82.0


@dataclass(frozen=True)
class CameraConfig:
    """Camera and height limits for footprints; ``diagonal_fov_deg`` overrides the model's."""

    model: str = ""
    diagonal_fov_deg: Optional[float] = None
    aspect_width: float = 4.0
    aspect_height: float = 3.0
    # Lower than this the drone is on the ground or taking off; higher is a
    # glitch or a flight above the legal ceiling whose photos show nothing.
    min_height_m: float = 5.0
    max_height_m: float = 500.0
    # A new footprint piece starts when the height changes by this fraction.
    height_tolerance: float = 0.2

    def diagonal_fov(self) -> float:
        if self.diagonal_fov_deg is not None:
            return self.diagonal_fov_deg
        return DJI_DIAGONAL_FOV_DEG.get(self.model.strip().lower(), DEFAULT_DIAGONAL_FOV_DEG)

    def ground_radius(self, height_m: float) -> float:
        """Radius of the ground circle surely seen from ``height_m`` (nadir camera)."""
        diagonal = math.hypot(self.aspect_width, self.aspect_height)
        half_short = math.atan(math.tan(math.radians(self.diagonal_fov()) / 2) * self.aspect_height / diagonal)
        return height_m * math.tan(half_short)


# (x, y, time-or-None, height-or-None): a track point in metres
MetricPoint = Tuple[float, float, Optional[datetime], Optional[float]]


@dataclass(frozen=True)
class FootprintPiece:
    """Part of a footprint with the points it was drawn from (for times)."""

    geometry: BaseGeometry
    points: Tuple[MetricPoint, ...]


def footprint_pieces(
    points: Sequence[MetricPoint], camera: Optional[CameraConfig] = None, max_points: int = 64
) -> List[FootprintPiece]:
    """Footprint pieces along one segment of a flight, in the points' metric CRS.

    Runs of points at a similar height share one buffer (radius from the
    run's lowest height, so never more than was seen); points without a
    usable height are gaps.
    """
    camera = camera or CameraConfig()
    pieces: List[FootprintPiece] = []
    run: List[MetricPoint] = []
    low = 0.0

    def flush() -> None:
        if run:
            radius = camera.ground_radius(low)
            coords = [(p[0], p[1]) for p in run]
            shape = Point(coords[0]) if len(set(coords)) == 1 else LineString(coords)
            pieces.append(FootprintPiece(shape.buffer(radius, 8), tuple(run)))

    for p in points:
        h = p[3]
        if h is None or not (camera.min_height_m <= h <= camera.max_height_m):
            flush()
            run = []
            continue
        if run and abs(h - low) > camera.height_tolerance * low:
            flush()
            run = []
        elif len(run) >= max_points:
            flush()
            run = [run[-1]]  # overlap by one point so consecutive pieces leave no gap
            kept_h = run[0][3]  # never None: only points with a height join a run
            low = h if kept_h is None else kept_h
        if not run:
            low = h
        run.append(p)
        low = min(low, h)
    flush()
    return pieces


def footprint(segments: Sequence[Sequence[MetricPoint]], camera: Optional[CameraConfig] = None) -> BaseGeometry:
    """The whole footprint of a flight as one (multi)polygon; empty if it never flew high enough."""
    camera = camera or CameraConfig()
    parts = [piece.geometry for segment in segments for piece in footprint_pieces(segment, camera)]
    return unary_union(parts) if parts else Point().buffer(0)
