# SPDX-License-Identifier: GPL-2.0-or-later
"""What the guards found at each plot, read back from a returned QField package (issue 30).

A plot's form left blank was not visited: no verdict.  A code outside the
vocabulary is refused, naming the file and feature, rather than guessed.
Each verdict has a key made of what it says (plot, verdict, date, team,
notes, photo's bytes), so the same package, or a copy of it, imported again
adds nothing.  Photos are known by their SHA-256: the copy kept by the
office is named by it, and a photo path may not lead outside the package.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from ..core import NOT_REACHED, VERDICTS, InputError, message
from .coverage import PlotCoverage

MAX_NOTES = 2000  # characters kept of a guard's notes
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Verdict:
    plot_id: str
    verdict: str  # one of ``VERDICTS``
    visited_on: Optional[datetime] = None  # aware, UTC
    team: str = ""
    notes: str = ""
    photo: str = ""  # path inside the package, as QField wrote it
    photo_sha256: str = ""

    @property
    def covered(self) -> bool:
        """Whether the guards stood at the plot (a plot not reached is still unchecked)."""
        return self.verdict != NOT_REACHED

    @property
    def key(self) -> str:
        when = self.visited_on.isoformat() if self.visited_on else ""
        parts = (self.plot_id, self.verdict, when, self.team, self.notes, self.photo_sha256)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _text(value: Any) -> str:
    return "" if value is None or str(value) == "NULL" else str(value).strip()


def _when(value: Any) -> Optional[datetime]:
    if isinstance(value, datetime):
        moment = value
    else:
        text = _text(value)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    # A phone's form keeps local time without a zone: read as the time the phone showed, in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_verdict(
    row: Mapping[str, Any], source: Union[str, Path], feature: Optional[int] = None, photo_sha256: str = ""
) -> Optional[Verdict]:
    """The verdict of one plot's form (``row``: field name to value), or None when the form was left blank."""
    code = _text(row.get("verdict"))
    if not code:
        return None
    if code not in VERDICTS:
        raise InputError(message("verdict_unknown", value=code, known=", ".join(VERDICTS)), source, feature=feature)
    plot_id = _text(row.get("plot_id"))
    if not plot_id:
        raise InputError(message("verdict_no_plot"), source, feature=feature)
    return Verdict(
        plot_id,
        code,
        _when(row.get("visited_on")),
        _text(row.get("team")),
        _text(row.get("notes"))[:MAX_NOTES],
        _text(row.get("photo")),
        photo_sha256,
    )


def photo_digest(package: Union[str, Path], relative: str) -> str:
    """SHA-256 of the photo ``relative`` to the ``package`` folder; "" when it is not there."""
    if not relative:
        return ""
    root = Path(package).resolve()
    path = (root / relative).resolve()
    if root != path and root not in path.parents:
        raise InputError(message("verdict_photo_outside", photo=relative), str(package))
    if not path.is_file():
        return ""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def latest_verdicts(verdicts: Iterable[Verdict]) -> Dict[str, Verdict]:
    """Each plot's status: its latest verdict (undated ones count as oldest; on a tie the later listed)."""
    out: Dict[str, Verdict] = {}
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    for verdict in verdicts:
        kept = out.get(verdict.plot_id)
        if kept is None or (verdict.visited_on or oldest) >= (kept.visited_on or oldest):
            out[verdict.plot_id] = verdict
    return out


def merge_verdicts(
    results: Sequence[PlotCoverage],
    verdicts: Mapping[str, Verdict],
    valid_days: Optional[int] = None,
    today: Optional[date] = None,
) -> List[PlotCoverage]:
    """Coverage with each plot's verdict counted as a check on foot, on its date, by its team.

    A plot the guards did not reach stays as the tracks left it; a check older
    than ``valid_days`` (counted to ``today``) no longer covers, as for tracks."""
    today = today or datetime.now(timezone.utc).date()
    out = []
    for result in results:
        verdict = verdicts.get(result.plot_id)
        if verdict is None or not verdict.covered:
            out.append(result)
            continue
        when = verdict.visited_on
        newer = result.last_seen is None or (when is not None and when > result.last_seen)
        last_seen = when if newer else result.last_seen
        days = (today - last_seen.date()).days if valid_days is not None and last_seen else result.days_since_check
        label = f"{verdict.team}: {verdict.verdict}"
        out.append(
            replace(
                result,
                covered=days is None or valid_days is None or days <= valid_days,
                covered_by=tuple(sorted(set(result.covered_by) | {"foot"})),
                last_seen=last_seen,
                visits=result.visits + 1,
                tracks=result.tracks + (label,),
                last_track=label if newer else result.last_track,
                days_since_check=days,
            )
        )
    return out
