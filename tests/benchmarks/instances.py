"""Readers for the public benchmark formats the optimizer is measured on (see ../shared/data/README.md).

Plain Python, shared by bench_top.py, bench_op.py and bench_tsplib.py.  Each
reader returns points and a distance function; the benchmarks turn them into
the optimizer's travel-time matrix (distance = time, as the formats define).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@dataclass(frozen=True)
class OrienteeringInstance:
    """Start = point 0, end = last point (TOP) or point 1 (OP files); scores per point."""

    name: str
    points: List[Tuple[float, float]]
    scores: List[float]
    vehicles: int
    tmax: float
    start: int
    end: int

    def matrix(self) -> List[List[float]]:
        pts = self.points
        return [[math.hypot(ax - bx, ay - by) for bx, by in pts] for ax, ay in pts]


def read_top(path: Path) -> OrienteeringInstance:
    """Chao et al. (1996) TOP format: 'n N', 'm P', 'tmax T', then 'x y S' per point; first = start, last = end."""
    lines = [line.split() for line in Path(path).read_text().splitlines() if line.strip()]
    header = {lines[i][0]: lines[i][1] for i in range(3)}
    rows = [(float(a), float(b), float(c)) for a, b, c in lines[3:]]
    n = int(header["n"])
    if len(rows) != n:
        raise ValueError(f"{path}: header says {n} points, found {len(rows)}")
    return OrienteeringInstance(
        Path(path).stem,
        [(x, y) for x, y, _ in rows],
        [s for _, _, s in rows],
        int(header["m"]),
        float(header["tmax"]),
        0,
        n - 1,
    )


def read_op(path: Path) -> OrienteeringInstance:
    """KU Leuven OP format: 'Tmax P', start 'x y 0', end 'x y 0', then 'x y score' (CRLF, no final newline)."""
    lines = [line.split() for line in Path(path).read_text().splitlines() if line.strip()]
    tmax, paths = float(lines[0][0]), int(float(lines[0][1]))
    rows = [(float(a), float(b), float(c)) for a, b, c in lines[1:]]
    return OrienteeringInstance(
        Path(path).stem, [(x, y) for x, y, _ in rows], [s for _, _, s in rows], paths, tmax, 0, 1
    )


def top_best_known() -> Dict[str, Tuple[Path, float]]:
    """file stem -> (path, best-known score) for all Chao TOP instances."""
    base = SHARED / "top_chao1996"
    with open(base / "bks" / "top_bks.csv", newline="") as handle:
        return {row["instance"]: (base / row["file"], float(row["best_known_score"])) for row in csv.DictReader(handle)}


def op_best_reported() -> Dict[str, Tuple[Path, float]]:
    base = SHARED / "op_tsiligirides_chao"
    with open(base / "op_best_reported.csv", newline="") as handle:
        return {
            Path(row["file"]).stem: (base / row["file"], float(row["best_reported_score"]))
            for row in csv.DictReader(handle)
        }


@dataclass(frozen=True)
class TspInstance:
    name: str
    dimension: int
    distance: List[List[float]]


def _nint(x: float) -> int:
    return int(x + 0.5)


def _geo(coord: float) -> float:
    deg = int(coord)
    return math.pi * (deg + 5.0 * (coord - deg) / 3.0) / 180.0


def read_tsplib(path: Path) -> TspInstance:
    """TSPLIB95 symmetric instances: EUC_2D, CEIL_2D, ATT, GEO coordinates or EXPLICIT matrices."""
    text = Path(path).read_text().splitlines()
    header: Dict[str, str] = {}
    i = 0
    while i < len(text):
        line = text[i].strip()
        if line.endswith("SECTION") or line == "EOF":
            break
        if ":" in line:
            key, value = line.split(":", 1)
            header[key.strip()] = value.strip()
        i += 1
    n = int(header["DIMENSION"])
    kind = header["EDGE_WEIGHT_TYPE"]
    numbers: List[float] = []
    section = None
    coords: List[Tuple[float, float]] = []
    for line in text[i:]:
        line = line.strip()
        if not line or line == "EOF":
            continue
        if line.endswith("SECTION"):
            section = line
            continue
        if section == "NODE_COORD_SECTION":
            _, x, y = line.split()[:3]
            coords.append((float(x), float(y)))
        elif section == "EDGE_WEIGHT_SECTION":
            numbers += [float(v) for v in line.split()]
    d = [[0.0] * n for _ in range(n)]
    if kind == "EXPLICIT":
        fmt = header["EDGE_WEIGHT_FORMAT"]
        it = iter(numbers)
        if fmt == "FULL_MATRIX":
            for a in range(n):
                for b in range(n):
                    d[a][b] = next(it)
        elif fmt in ("UPPER_ROW", "LOWER_DIAG_ROW", "UPPER_DIAG_ROW", "LOWER_ROW"):
            for a in range(n):
                if fmt == "UPPER_ROW":
                    cols = range(a + 1, n)
                elif fmt == "UPPER_DIAG_ROW":
                    cols = range(a, n)
                elif fmt == "LOWER_DIAG_ROW":
                    cols = range(0, a + 1)
                else:
                    cols = range(0, a)
                for b in cols:
                    d[a][b] = d[b][a] = next(it)
        else:
            raise ValueError(f"{path}: EDGE_WEIGHT_FORMAT {fmt} is not supported")
        return TspInstance(Path(path).stem, n, d)
    for a, (xa, ya) in enumerate(coords):
        for b, (xb, yb) in enumerate(coords):
            if a == b:
                continue
            if kind == "EUC_2D":
                d[a][b] = _nint(math.hypot(xa - xb, ya - yb))
            elif kind == "CEIL_2D":
                d[a][b] = math.ceil(math.hypot(xa - xb, ya - yb))
            elif kind == "ATT":
                r = math.sqrt(((xa - xb) ** 2 + (ya - yb) ** 2) / 10.0)
                t = _nint(r)
                d[a][b] = t + 1 if t < r else t
            elif kind == "GEO":
                radius = 6378.388
                la, lo, lb, mo = _geo(xa), _geo(ya), _geo(xb), _geo(yb)
                q1, q2, q3 = math.cos(lo - mo), math.cos(la - lb), math.cos(la + lb)
                d[a][b] = int(radius * math.acos(0.5 * ((1 + q1) * q2 - (1 - q1) * q3)) + 1.0)
            else:
                raise ValueError(f"{path}: EDGE_WEIGHT_TYPE {kind} is not supported")
    return TspInstance(Path(path).stem, n, d)


def read_tour(path: Path) -> List[int]:
    """A TSPLIB .opt.tour as 0-based node indices."""
    nodes: List[int] = []
    inside = False
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line == "TOUR_SECTION":
            inside = True
            continue
        if inside:
            for value in line.split():
                if value == "-1" or value == "EOF":
                    return nodes
                nodes.append(int(value) - 1)
    return nodes


def tour_length(d: List[List[float]], tour: List[int]) -> float:
    return sum(d[a][b] for a, b in zip(tour, tour[1:] + tour[:1]))


def tsplib_optimum(name: str) -> Optional[float]:
    """Known optimum from bestSolutions_tsp.txt / bestSolutions_atsp.txt (``name : value`` lines)."""
    for table in ("bestSolutions_tsp.txt", "bestSolutions_atsp.txt"):
        path = SHARED / "tsplib" / table
        if not path.is_file():
            continue
        for line in path.read_text().splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                if key.strip() == name:
                    return float(value.split()[0])
    return None
