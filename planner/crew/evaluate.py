"""One team's route with its boat: where it boards, where the pilot takes the boat, waits, fuel.

The team visits its stops in the given order.  Between two stops it either
walks (trail and forest, the boat stays where it is) or walks to a landing
``p``, boards, rides to a landing ``m`` and walks on.  The boat must be at
``p`` when the team boards: either it is already there (the team left it
there) or the pilot brings it from where it was, alone, as soon as the team
left it (``boat_empty``; not when the pilot stays at the landing).  Whoever
gets to ``p`` first waits for the other.  At the end the boat must be back at
the end base's landing (the pilot brings it if the team walked home).

Times are working hours since the start (the schedule turns them into days
and clock times).  The evaluation is a dynamic programme over the stops whose
states are (landing of the boat, team time, boat ready time, fuel, forest km
walked on the day), keeping every state not dominated in all four numbers; for
a given order it is exact among these choices (one ride per leg) when
``max_landings`` covers every landing.  A crew's forest km a day
(``Crew.forest_km_day``) is checked on every walk tried (``forest.DayForest``):
no route it returns breaks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Dict, List, Optional, Sequence, Tuple

from .forest import DayForest, ForestWalks
from .motor_table import MotorTable, motor_table
from .motors import Crew

Matrix = Sequence[Sequence[Optional[float]]]
EPS = 1e-9


@dataclass
class Access:
    """Travel times of the boat model, all in hours (None: no way).

    Terminals are the solver's nodes (bases and plots); landings are places on
    the river where a boat can land (a terminal's nearest bank, a trail's end
    at a river).  ``boat`` includes getting on and off (two transfers);
    the pilot alone takes ``boat - 2 * transfer_h``.  ``boat_up`` / ``boat_down``
    split the boat hours (without the transfers) against and with the current,
    at ``boat_kmh`` in still water and a ``current_kmh`` current (the travel
    model's); a motor with another speed rides them again at its own
    (``motors.at_speed``).
    """

    foot: Matrix  # terminal -> terminal, on foot
    to_landing: Matrix  # terminal -> landing, on foot
    from_landing: Matrix  # landing -> terminal, on foot
    boat: Matrix  # landing -> landing, by boat with the team (with both transfers)
    boat_up: Matrix
    boat_down: Matrix
    home: Dict[int, Optional[int]]  # base terminal -> the landing where its boat is kept
    transfer_h: float = 1.0 / 6.0
    max_landings: int = 6
    boat_kmh: float = 12.0
    current_kmh: float = 3.0
    # the walks' forest stretches, for a crew with a limit of forest km a day (``build_access`` sets them)
    forest: Optional[ForestWalks] = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._board: Dict[int, List[Tuple[int, float]]] = {}
        self._alight: Dict[int, List[Tuple[int, float]]] = {}
        # ``motor_table``'s rows per motor (key: its litres per hour up and down, its speed), kept with these times
        self.motor_rows: Dict[Optional[Tuple[float, float, float]], MotorTable] = {}

    def board_candidates(self, terminal: int) -> List[int]:
        return [p for p, _ in self.boardings(terminal)]

    def alight_candidates(self, terminal: int) -> List[int]:
        return [m for m, _ in self.alightings(terminal)]

    def boardings(self, terminal: int) -> List[Tuple[int, float]]:
        """(landing, hours on foot from ``terminal`` to it) of the ``max_landings`` nearest, nearest first."""
        found = self._board.get(terminal)
        if found is None:
            row = self.to_landing[terminal]
            ranked = sorted((h, p) for p, h in enumerate(row) if h is not None)
            found = self._board[terminal] = [(p, h) for h, p in ranked[: self.max_landings]]
        return found

    def alightings(self, terminal: int) -> List[Tuple[int, float]]:
        """(landing, hours on foot from it to ``terminal``) of the ``max_landings`` nearest, nearest first."""
        found = self._alight.get(terminal)
        if found is None:
            col = ((row[terminal], m) for m, row in enumerate(self.from_landing))
            ranked = sorted((h, m) for h, m in col if h is not None)
            found = self._alight[terminal] = [(m, h) for h, m in ranked[: self.max_landings]]
        return found


@dataclass(frozen=True)
class LegChoice:
    """How the team goes from one stop to the next (times in working hours)."""

    depart: float  # team leaves the stop (after its service there)
    arrive: float  # team reaches the next stop
    board: Optional[int] = None  # landing where it boards (None: it walks all the way)
    alight: Optional[int] = None
    walk_to_board_h: float = 0.0
    board_at: float = 0.0  # when the boat leaves ``board`` with the team (after any wait)
    ride_h: float = 0.0
    pilot_from: Optional[int] = None  # the pilot brought the boat from this landing alone
    pilot_start: float = 0.0
    pilot_h: float = 0.0
    fuel_l: float = 0.0

    @property
    def team_wait_h(self) -> float:
        """Hours the team waits at the landing for the boat."""
        if self.board is None:
            return 0.0
        return max(0.0, self.board_at - self.transfer_start)

    @property
    def transfer_start(self) -> float:
        return self.depart + self.walk_to_board_h


@dataclass(frozen=True)
class PilotMove:
    """The pilot moving the boat alone: from landing to landing, start and hours."""

    origin: int
    destination: int
    start: float
    hours: float
    fuel_l: float


@dataclass(frozen=True)
class RouteResult:
    feasible: bool
    total_h: float  # until both the team and the boat are back
    team_h: float  # until the team is back
    fuel_l: float
    legs: Tuple[LegChoice, ...] = ()
    return_move: Optional[PilotMove] = None
    reason: str = ""


# team time, boat ready, fuel, landing, trace (parent trace, leg arguments) as a linked list, forest km on
# the day of the team time (0 without a limit)
_State = Tuple[float, float, float, int, Optional[tuple], float]


_FASTEST = itemgetter(0, 1, 2)  # (team time, boat ready, fuel): a lambda per state was a tenth of a what-if


def _prune(states: List[_State], cap: int, per_landing: int) -> List[_State]:
    """States not dominated in (team time, boat ready, fuel, forest km of the day) at the same landing,
    fastest first."""
    states.sort(key=_FASTEST)
    kept: List[_State] = []
    groups: Dict[int, List[_State]] = {}
    for s in states:
        group = groups.setdefault(s[3], [])
        if len(group) >= per_landing:
            continue
        if any(k[1] <= s[1] + EPS and k[2] <= s[2] + EPS and k[5] <= s[5] + EPS for k in group):
            continue
        group.append(s)
        kept.append(s)
        if len(kept) >= cap:
            break
    return kept


def _choices(trace: Optional[tuple]) -> Tuple[LegChoice, ...]:
    out = []
    while trace is not None:
        trace, args = trace
        out.append(LegChoice(*args))
    return tuple(reversed(out))


CAP, PER_LANDING = 16, 3  # states kept after each leg: in all, and at each landing
NO_WAY = RouteResult(False, float("inf"), float("inf"), 0.0, reason="no way within the time and fuel")


def evaluate_route(
    access: Access,
    crew: Crew,
    nodes: Sequence[int],
    service: Dict[int, float],
    budget_h: float,
    cap: int = CAP,
    per_landing: int = PER_LANDING,
    day_h: Optional[float] = None,
) -> RouteResult:
    """The quickest way for a team (and its boat) to visit ``nodes`` in order within the budgets; ``day_h``
    (the team's working hours a day) places its walks on days, for the crew's forest km a day."""
    legs = _Legs(access, crew, service, budget_h, cap, per_landing, day_h)
    states = legs.start(nodes[0])
    last = len(nodes) - 1
    for k, (a, b) in enumerate(zip(nodes, nodes[1:])):
        states = legs.leg(states, a, b, k + 1 < last)
        if not states:
            return NO_WAY
    return legs.finish(states, nodes[0], nodes[-1])


def evaluate_without(
    access: Access,
    crew: Crew,
    nodes: Sequence[int],
    service: Dict[int, float],
    budget_h: float,
    day_h: Optional[float] = None,
) -> List[RouteResult]:
    """``evaluate_route`` of ``nodes`` without each stop between its ends in turn (the first result without
    ``nodes[1]``): the legs before the stop left out are travelled once for all (a route over its hours is
    repaired by trying it without each plot, round after round: half the work)."""
    legs = _Legs(access, crew, service, budget_h, CAP, PER_LANDING, day_h)
    before = legs.start(nodes[0])  # the states at nodes[i - 1], along ``nodes``
    last = len(nodes) - 2  # the last stop's index in each trial
    out: List[RouteResult] = []
    for i in range(1, len(nodes) - 1):
        states = before
        trial = [nodes[i - 1], *nodes[i + 1 :]]  # from nodes[i - 1] on, without nodes[i]
        for k, (a, b) in enumerate(zip(trial, trial[1:]), i - 1):
            if not states:
                break
            states = legs.leg(states, a, b, k + 1 < last)
        out.append(legs.finish(states, nodes[0], nodes[-1]) if states else NO_WAY)
        if before:  # on to nodes[i]: within the route, never its last leg, so the stop is served
            before = legs.leg(before, nodes[i - 1], nodes[i], True)
    return out


class _Legs:
    """``evaluate_route``'s steps: the states at the start, after each leg, and the best way back."""

    def __init__(
        self,
        access: Access,
        crew: Crew,
        service: Dict[int, float],
        budget_h: float,
        cap: int,
        per_landing: int,
        day_h: Optional[float],
    ) -> None:
        self.forest = _day_forest(access, crew, day_h)
        self.access, self.crew, self.service, self.cap, self.per_landing = access, crew, service, cap, per_landing
        self.fuel_cap = crew.fuel_l if crew.fuel_l is not None else float("inf")
        self.table = motor_table(access, crew)
        self.limit = budget_h + EPS

    def start(self, first: int) -> List[_State]:
        home = self.access.home.get(first) if self.crew.has_boat else None
        # A team without a boat, or whose base has no landing, walks.
        return [(0.0, 0.0, 0.0, -1 if home is None else home, None, 0.0)]

    def leg(self, states: List[_State], a: int, b: int, serves: bool) -> List[_State]:
        """The states at b (pruned) from those at a; ``serves``: b is a stop to serve, not the route's end."""
        access, crew, table, limit, fuel_cap = self.access, self.crew, self.table, self.limit, self.fuel_cap
        rows = table.row  # (rides, litres) from a landing: read once per state and boarding, not once per ride
        two = 2.0 * access.transfer_h
        serve = self.service.get(b, 0.0) if serves else 0.0
        nxt: List[_State] = []
        boards = access.boardings(a) if a != b else []
        alights = access.alightings(b) if a != b else []
        walk = 0.0 if a == b else access.foot[a][b]
        forest = self.forest
        for t, r, f, land, trace, w in states:
            if walk is not None and t + walk + serve <= limit:
                then = t + walk + serve
                walked = forest.after(t, w, ((t, forest.walks.foot(a, b)),), then) if forest else 0.0
                if walked is not None:
                    nxt.append((then, r, f, land, (trace, (t, t + walk)), walked))
            if land < 0:
                continue
            from_land, fuel_from_land = rows(land)
            for p, walk_on in boards:
                reach = t + walk_on
                move: Optional[int] = None
                if p == land:
                    boat_at, pilot_h, pilot_fuel = r, 0.0, 0.0
                elif crew.pilot_stays:
                    continue
                else:
                    empty = from_land[p]  # ``table.empty_h(land, p)``
                    if empty is None:
                        continue
                    alone_h = max(0.0, empty - two)
                    boat_at, move, pilot_h, pilot_fuel = r + alone_h, land, alone_h, fuel_from_land[p]
                leave = reach if reach > boat_at else boat_at
                row, fuel_row = rows(p)
                for m, walk_off in alights:
                    ride = row[m] if p != m else None
                    if ride is None:
                        continue
                    arrive = leave + ride + walk_off
                    used = f + pilot_fuel + fuel_row[m]
                    if arrive + serve > limit or used > fuel_cap + EPS:
                        continue
                    walked = 0.0
                    if forest is not None:
                        ways = ((t, forest.walks.to_landing(a, p)), (leave + ride, forest.walks.from_landing(m, b)))
                        walked = forest.after(t, w, ways, arrive + serve)
                        if walked is None:
                            continue
                    args = (t, arrive, p, m, reach - t, leave, ride, move, r, pilot_h, pilot_fuel + fuel_row[m])
                    # the pilot is free once the team is ashore
                    nxt.append((arrive + serve, leave + ride, used, m, (trace, args), walked))
        return _prune(nxt, self.cap, self.per_landing)

    def finish(self, states: List[_State], first: int, end: int) -> RouteResult:
        """The best of ``states`` at the route's end, with the boat brought back to the end base."""
        access, crew, table, limit, fuel_cap = self.access, self.crew, self.table, self.limit, self.fuel_cap
        home = access.home.get(first) if crew.has_boat else None
        best: Optional[Tuple[float, float, float, Optional[tuple], Optional[PilotMove]]] = None
        end_home = access.home.get(end) if crew.has_boat else None
        for t, r, f, land, trace, _ in states:
            back, return_move = t, None
            if land >= 0 and end_home is not None and land != end_home:
                if crew.pilot_stays:
                    continue
                empty_h = table.empty_h(land, end_home)
                if empty_h is None:
                    continue
                litres = table.fuel[land][end_home]
                return_move = PilotMove(land, end_home, r, empty_h, litres)
                back, f = max(t, r + empty_h), f + litres
            elif land >= 0 and end_home is None and home is not None:
                continue  # the boat cannot be brought to an end base off the rivers
            if back > limit or f > fuel_cap + EPS:
                continue
            if best is None or (back, f) < (best[0], best[2]):
                best = (back, t, f, trace, return_move)
        if best is None:
            return RouteResult(
                False, float("inf"), float("inf"), 0.0, reason="the boat cannot get back to the end base"
            )
        return RouteResult(True, best[0], best[1], best[2], _choices(best[3]), best[4])


def _day_forest(access: Access, crew: Crew, day_h: Optional[float]) -> Optional[DayForest]:
    if crew.forest_km_day is None:
        return None
    if access.forest is None or day_h is None:
        raise ValueError("forest km per day needs the walks' forest (build_access) and the team's hours a day")
    return DayForest(access.forest, day_h, crew.forest_km_day)
