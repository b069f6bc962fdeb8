# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine's reasons, notes and log lines for the coordinator, by code (in ``MESSAGES``).

Why a plot is left out, what a re-plan kept, the pilot's sheet, why a plot is
urgent, what an import noticed: the engine builds them with ``message(code,
**values)``; the English text is ``str()`` of the message, and the QGIS side
rebuilds it in the user's language.  A value may itself be a message (the
network's reason inside "unreachable from ...").  Numbers stay numbers: the
template formats them, so a translation formats them too.
"""

from __future__ import annotations

from typing import Dict


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "translate later" (messages.py uses it too)
    return text


REASONS: Dict[str, str] = {
    # network: why a terminal or a leg cannot be reached
    "no_connection": N_("no connection"),
    "upstream_impossible": N_("upstream impossible"),
    "inside_no_go": N_("inside a no-go zone"),
    "cut_by_zone": N_("cut by the no-go zone {zone}"),
    "cut_by_a_zone": N_("cut by a no-go zone"),
    "too_far_from_network": N_("too far from any trail or river"),
    "beyond_horizon": N_("farther than any team travels in its days"),
    "not_computed": N_("not computed"),
    "slow_zone_empty": N_("Slow zone {zone} has no usable area: left out"),
    "no_go_repaired": N_("No-go zone {zone} repaired keeping every lobe ({area:.0f} m²)"),
    "river_line_skipped": N_("River line {fid} left out: fewer than two distinct, finite vertices"),
    "trail_line_skipped": N_("Trail line {fid} left out: fewer than two distinct, finite vertices"),
    # optimize: why the solver leaves a plot out
    "not_enough_time": N_("not enough time: the teams' hours go to plots of higher priority (or nearer ones)"),
    "mandatory_missing": N_(
        "mandatory, but it does not fit in any team's time together with the other mandatory "
        "plots: add a team or days, or drop another mandatory plot"
    ),
    "kept_from_every_team": N_(
        "no team may visit it: it is kept from every team (or locked to a team that is not planned)"
    ),
    "no_travel_path": N_("unreachable: no travel path between this plot and any team's start and end bases"),
    "trip_too_long": N_(
        "too far: the shortest trip from a base to this plot and on to the end base takes "
        "{trip_h:.1f} h including service, more than any team's time ({budget_h:.1f} h)"
    ),
    # crew: the boats, their fuel and the seasons
    "not_enough_fuel": N_("not enough fuel: the team's fuel budget does not reach it together with its other plots"),
    "forest_per_day": N_(
        "too much forest for one day: with it, a team would walk more than {km:g} km through the forest in a "
        "day (“Forest km per day”)"
    ),
    "boat_too_slow": N_(
        "not enough time with the boat: the team has to walk to where its boat is, or wait for the pilot to bring it"
    ),
    "on_foot_out_of_reach": N_(
        "out of reach on foot: the teams that may go there have no boat, and no trail or forest leg reaches it"
    ),
    "closed_reach": N_(
        "cut off: the way there goes along a river reach closed to boats in this season "
        "(reach {reach}, navigable {months})"
    ),
    "closed_reach_unnamed": N_(
        "cut off: the way there goes along a river reach closed to boats in this season (reach, navigable {months})"
    ),
    # plan: a team that got no plot at all, and why
    "team_no_plot_fuel": N_("no plot fits its {fuel:g} L: the nearest needs {needed:.0f} L there and back"),
    "team_no_plot_time": N_("no plot fits its {hours:.1f} h: the nearest needs {needed:.1f} h there and back"),
    "team_no_plot_forest": N_("no plot fits its {km:g} km of forest a day, there and back"),
    "team_no_plot_taken": N_("every plot it could visit went to another team"),
    "team_no_plot_allowed": N_("no plot may be visited by it: every plot is locked to or kept for other teams"),
    "team_no_plot_reach": N_("no plot can be reached from its base, nor back to its end base"),
    # plan: a plot no base reaches, the re-plan's note, the pilot's sheet
    "unreachable_from": N_("unreachable from {base}: {reason}"),
    "no_way_back": N_("no way back to {base}: {reason}"),
    "stability_kept": N_(
        "Previous plots kept for: {teams}; changing them would gain {gain:.0f}% priority, not "
        "more than {min_gain:.0f}%."
    ),
    "stability_replanned": N_(
        "All teams were planned again: this visits {gain:.0f}% more priority than keeping the "
        "untouched teams' plots (more than {min_gain:.0f}%)."
    ),
    # vary: the plan that varies on purpose, its hard rules and the risk places
    "vary_chosen": N_(
        "Varied plan: {share:.1f}% of the best plan's priority (at most {loss:.0f}% given up), predictability "
        "{score:.0f} (the best plan: {best_score:.0f}); {good} of {asked} plans were good enough; seed {seed}"
    ),
    "vary_landing_hour_repeated": N_(
        "the landing at ({x:.0f}, {y:.0f}) at {clock} was used at that hour {days} days ago "
        "(rule: not within {limit} days)"
    ),
    "vary_camp_reused": N_("the camp at ({x:.0f}, {y:.0f}) was used {days} days ago (rule: not within {limit} days)"),
    "risk_place_keep_out": N_("near a risk place: {distance:.0f} m from {place}, the plan keeps {keep:.0f} m away"),
    "risk_place_team_small": N_("near {place}: only teams of at least {size} people go there, and no team is so large"),
    "risk_place_passed": N_(
        "{team} passes {distance:.0f} m from {place}, nearer than the {keep:.0f} m to keep: send a larger team or "
        "change the plan"
    ),
    "pilot_wait": N_("Wait with the boat at {place} from {since} until {until}"),
    "pilot_alone": N_(
        "{start}: leave alone with the boat from {origin}, go {km:.1f} km to {destination}, be there by {end}"
    ),
    "pilot_take": N_("{start}: take the team from {origin} to {destination}"),
    # issue 27: a move touching a hidden place gives no time at its hidden end and no km
    "pilot_wait_hidden": N_("Wait with the boat at {place}"),
    "pilot_take_from_hidden": N_("Take the team from {origin} to {destination}, be there by {end}"),
    "pilot_take_hidden": N_("Take the team from {origin} to {destination}"),
    "pilot_alone_from_hidden": N_("Leave alone with the boat from {origin} to {destination}, be there by {end}"),
    "pilot_alone_to_hidden": N_("{start}: leave alone with the boat from {origin} to {destination}"),
    "pilot_alone_through": N_("{start}: leave alone with the boat from {origin} to {destination}, be there by {end}"),
    "pilot_alone_hidden": N_("Leave alone with the boat from {origin} to {destination}"),
    # targets: why a plot is urgent, share by share
    "share_area": N_("area {share:.2f}"),
    "share_recency": N_("recency {share:.2f}"),
    "share_community": N_("community {share:.2f}"),
    "share_zone": N_("zone {share:.2f}"),
    "share_airstrip": N_("airstrip {share:.2f}"),
    "share_unchecked": N_("unchecked {share:.2f}"),
    "share_overdue": N_("overdue {days} d (+{bonus:g})"),
    # field: what an import noticed in a file (its warnings)
    "import_points_skipped": N_("{count} points skipped"),
    "import_rows_skipped": N_("{count} rows skipped"),
    "import_photos_skipped": N_("{count} photos skipped"),
    "import_empty_file": N_("no tracks, routes or waypoints in the file"),
    "gpx_no_namespace": N_("the file declares no GPX namespace"),
    "gpx_segment_outside_track": N_("<trkseg> outside <trk>: read as its own track"),
    "gpx_bad_times": N_("unreadable <time> values ignored"),
    "gpx_old_times": N_("times before 2000 ignored (device clock not set)"),
    "gpx_empty_values": N_("empty <{tag}> values ignored"),
    "gpx_bad_values": N_("unreadable <{tag}> values ignored"),
    "gpx_point_outside_segment": N_("<{kind}> outside a segment: put in its own segment"),
    "gpx_empty_segments": N_("empty track segments"),
    "gpx_drone_writer": N_(
        "written by {device}: read as a drone flight (no height above take-off, so no camera footprint)"
    ),
    "gpx_unknown_encoding": N_("the file declares an unknown encoding {encoding!r}: read as UTF-8"),
    "gpx_wrong_encoding": N_("the file declares the encoding {encoding} but is not written in it: read as UTF-8"),
    "srt_no_gps": N_(
        "none of the {count} subtitle records has a GPS position (this firmware does not write GPS "
        "into the video subtitles)"
    ),
    "srt_local_time": N_("DJI writes the controller's local time; read as UTC{offset}"),
    "srt_no_time": N_("some records have no date or time: their points have no time"),
    "srt_height_estimated": N_("height above take-off estimated as altitude minus the first recorded altitude"),
    "srt_records_skipped": N_("{count} records skipped"),
    "track_faster_than_mode": N_(
        "much of the track moves faster than {limit:g} m/s, more than {mode} allows: only jumps over "
        "{glitch:g} m/s were dropped as glitches; check the travel mode"
    ),
    "flight_local_time": N_("DJI flight records use the controller's local time; read as UTC{offset:+g} h"),
    "airdata_imperial": N_("Airdata export in imperial units: feet and mph converted to metres and m/s"),
    "litchi_planned": N_(
        "Litchi mission: this is a PLANNED flight, not a flown one; it is imported as a planned "
        "route and does not count as coverage"
    ),
    "photo_local_time": N_("photo times are the camera's local time; read as UTC{offset:+g} h"),
    "photo_no_footprint": N_("photo geotags give altitude above sea level only: no camera footprint can be computed"),
}

# Issue 25: thousands of plots.  Plots off the network set aside before any search, the log's lines while a plan
# runs, one reason per cause (never one team's base), and a cause for a reason that carries its own figures.
REASONS.update(
    {
        "plots_set_aside": N_(
            "{count} plots set aside before planning: {far} farther than {metres:.0f} m from any trail or "
            "river, {inside} inside a no-go zone"
        ),
        "no_plot_on_network": N_(
            "None of the {count} plots can be reached: each is farther than {metres:.0f} m from any trail or "
            "river, or inside a no-go zone."
        ),
        "phase_network": N_("Building the travel network"),
        "phase_set_aside": N_("Joining {count} plots to the network"),
        "phase_searches": N_("Travel times between {bases} bases and {plots} plots"),
        "phase_landings": N_("Walks to the boat landings"),
        "phase_search": N_("Searching for the best plan (up to {seconds:g} s)"),
        "phase_schedule": N_("Days, camps and paths of {teams} teams"),
        "phase_reasons": N_("Why {count} plots are left out"),
        "phase_progress": N_("{phase}: {percent} %"),
        "unreachable_from_bases": N_("{reason}, from every team's base"),
        "no_way_back_to_bases": N_("{reason} on the way back to every team's end base"),
        "cause_trip_too_long": N_("too far: the trip there and back takes longer than any team's time"),
    }
)
