# SPDX-License-Identifier: GPL-2.0-or-later
"""Each team's GPX files into a folder, or the chosen teams straight onto a connected unit.

Into a folder (the coordinator's computer): ``<stem>.gpx`` or, when the plan
does not fit one file, ``<stem>_1-3.gpx``... to be loaded one at a time.
Onto a unit (``Garmin/GPX``): every file of every team counts at once, so the
whole load is checked against the unit (``unit.check_unit``) and refused
rather than overfilled.  Either way the previous export's files are replaced
through the folder's manifest, never by a name pattern.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from ..core import ExportError, message
from .codes import Place, place_code_list, team_letter
from .ends import guard_ends
from .gpx import build_documents, cut_lines, hidden, hidden_places
from .model import NEUTRAL_STEM, ExportOptions, GpxDocument, GpxPart, TeamExport
from .names import MAX_FILE_STEM, UniqueNamer, safe_file_stem
from .palette import team_colour
from .simplify import LonLat
from .unit import free_names, write_files

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportReport:
    team: str
    device: str
    parts: Tuple[GpxPart, ...]
    hidden_stops: int
    original_track_points: int
    tolerance_m: float
    max_deviation_m: float  # measured in a local UTM projection
    warnings: Tuple[str, ...] = ()


def _file_names(stem: str, count: int) -> List[str]:
    return [f"{stem}.gpx" if count == 1 else f"{stem}_{i}-{count}.gpx" for i in range(1, count + 1)]


def _report(
    team: TeamExport,
    docs: Sequence[GpxDocument],
    paths: Sequence[Path],
    options: ExportOptions,
    warnings: Sequence[str],
) -> ExportReport:
    parts = [replace(doc.part, path=path) for doc, path in zip(docs, paths)]
    hidden_count = sum(hidden(s, options) for s in team.stops)
    notes = list(warnings)
    if not any(s.kind == "plot" for s in team.stops):  # the plan said why; the file must not look like a plan
        notes.append(message("gpx_team_no_plot", team=team.team))
    if hidden_count:
        notes.append(message("gpx_hidden_count", count=hidden_count))
    return ExportReport(
        team.team,
        options.device.key,
        tuple(parts),
        hidden_count,
        sum(p.original_track_points for p in parts),
        max(p.tolerance_m for p in parts),
        max(p.max_deviation_m for p in parts),
        tuple(notes),
    )


def prepare_teams(teams: Sequence[TeamExport], options: ExportOptions) -> List[TeamExport]:
    """Codes, letters and colours for the whole plan (one name per place across teams), other teams' bases hidden."""
    places = [Place(s.kind, t.team, s.name, round(s.lon, 7), round(s.lat, 7)) for t in teams for s in t.stops]
    codes = iter(place_code_list(places, [t.team for t in teams]))
    out = []
    several = len(teams) > 1
    for index, team in enumerate(teams):
        stops = tuple(s if s.code else replace(s, code=c) for s, c in zip(team.stops, codes))
        out.append(
            replace(
                team,
                stops=stops,
                tag=team.tag or (team_letter(index) if several else ""),
                color=team.color or team_colour(index).garmin,
            )
        )
    return out


def chosen_for_unit(teams: Sequence[TeamExport], chosen: Sequence[str]) -> List[TeamExport]:
    """The teams whose plan goes onto one unit, in plan order; refused when none is chosen.

    A unit is carried by one team: all teams' plans on it would give every
    base and route away with it (issue 27)."""
    wanted = [name for name in chosen if name]
    if not wanted:
        raise ExportError(message("unit_no_team"))
    names = [t.team for t in teams]
    for name in wanted:
        if name not in names:
            raise ExportError(message("unit_team_unknown", team=name, known=", ".join(names)))
    return [t for t in teams if t.team in wanted]


def export_team_gpx(
    team: TeamExport,
    folder: Union[str, Path],
    options: Optional[ExportOptions] = None,
    file_stem: Optional[str] = None,
    plan: Sequence[TeamExport] = (),
) -> ExportReport:
    """Write ``team``'s plan into ``folder`` as ``<stem>.gpx`` or ``<stem>_1-3.gpx``, ``<stem>_2-3.gpx``...

    ``file_stem`` defaults to the team name made FAT32-safe, or to a neutral
    ``plan`` while ``hide_sensitive`` is on: a unit's file list is the first
    thing a finder reads.  The files of the previous export into ``folder``
    are replaced (all files or none); no other file is touched.  ``plan``:
    all the plan's teams, whose lines are cut together (``plan_cut``); by
    default the team's alone.
    """
    options = options or ExportOptions()
    folder = Path(folder)
    stem = safe_file_stem(file_stem if file_stem is not None else NEUTRAL_STEM if options.hide_sensitive else team.team)
    cut = plan_cut(plan, options).get(team.team) if plan else None
    docs, warnings = build_documents(team, options, cut)
    names = free_names(folder, _file_names(stem, len(docs)))
    paths, notes = write_files(folder, {n: d.xml.encode("utf-8") for n, d in zip(names, docs)})
    report = _report(team, docs, paths, options, list(warnings) + notes)
    logger.debug("GPX for %s: %d file(s), max deviation %.1f m", team.team, len(paths), report.max_deviation_m)
    return report


def export_to_unit(
    teams: Sequence[TeamExport],
    folder: Union[str, Path],
    options: Optional[ExportOptions] = None,
    plan: Sequence[TeamExport] = (),
) -> List[ExportReport]:
    """``teams`` onto a unit's ``Garmin/GPX`` folder, replacing the previous export there, within its limits.

    Every team's files get distinct names (``plan``, ``plan-2``... while
    hiding; the team names otherwise); other teams' bases are hidden in every
    file.  Refuses (ExportError, nothing written) when the unit cannot hold
    it all with the headroom kept.  ``plan``: all the plan's teams (default
    ``teams``), whose lines are cut together (``plan_cut``).
    """
    options = options or ExportOptions()
    folder = Path(folder)
    teams = prepare_teams(list(teams), options)
    hide = tuple(dict.fromkeys((s.lon, s.lat) for t in teams for s in t.stops if hidden(s, options)))
    options = replace(options, also_hide=tuple(options.also_hide) + hide)
    namer = UniqueNamer(MAX_FILE_STEM - 6, "ascii")  # room for "_12-12"
    built = []
    cuts = plan_cut(plan or teams, options)
    for team in teams:
        docs, warnings = build_documents(team, options, cuts.get(team.team))
        stem = namer.name(NEUTRAL_STEM if options.hide_sensitive else safe_file_stem(team.team), NEUTRAL_STEM)
        built.append((team, docs, warnings, _file_names(stem, len(docs))))
    names = free_names(folder, [n for *_, files in built for n in files])
    files, index = {}, 0
    for _, docs, _, _ in built:
        for doc in docs:
            files[names[index]] = doc.xml.encode("utf-8")
            index += 1
    paths, notes = write_files(folder, files, options.device, options.headroom)
    reports, index = [], 0
    for team, docs, warnings, _ in built:
        mine = paths[index : index + len(docs)]
        index += len(docs)
        # On a unit every part loads at once: the split-file advice does not apply.
        kept = [w for w in warnings if w.id != "gpx_split"]
        reports.append(_report(team, docs, mine, options, kept + notes))
    return reports


def plan_cut(teams: Sequence[TeamExport], options: ExportOptions) -> Dict[str, Dict[int, List[List[LonLat]]]]:
    """Each team's lines (by team name, then day) as every field file of the plan shows them: each team's
    own cut (``gpx.cut_lines``), then their ends guarded in all the plan's files together (``ends.guard_ends``),
    so a unit, a briefing and a QField package of the same plan draw the same lines."""
    cuts = [cut_lines(team, options) for team in teams]
    places = list(dict.fromkeys(p for team in teams for p in hidden_places(team, options)))
    if len(teams) > 1 and places:
        days = [[lines for _, lines in sorted(cut.items())] for cut in cuts]
        flat = [[line for day in team for line in day] for team in days]
        guarded = iter(iter(lines) for lines in guard_ends(flat, places, options.hide_radius_m))
        cuts = [
            {d: [line for line in (next(kept) for _ in lines) if len(line) >= 2] for d, lines in cut.items()}
            for cut, kept in ((cut, next(guarded)) for cut in cuts)
        ]
    return {team.team: cut for team, cut in zip(teams, cuts)}


def export_teams_gpx(
    teams: Sequence[TeamExport], folder: Union[str, Path], options: Optional[ExportOptions] = None
) -> List[ExportReport]:
    """Every team onto the unit (or unit-like folder) ``folder``; kept for callers of the older API."""
    return export_to_unit(teams, folder, options)
