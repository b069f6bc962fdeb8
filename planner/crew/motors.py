"""Boats, motors and fuel: what a team travels in and what it burns.

Litres come from hours by boat, upstream and downstream separately, at the
motor's litres per hour (``lph_up`` against the current at near full throttle,
``lph_down`` with it, throttled back).  Every figure carries its source or is
marked as an estimate; the coordinator can pass his own ``Motor``.

Sources
    * Two-stroke outboards burn about 0.38 L/h per horsepower at full throttle
      (a common rule of thumb in outboard manuals and fuel tables, e.g. the
      Mercury/Yamaha two-stroke consumption charts): 15 hp about 5.7-7.7 L/h,
      40 hp about 15 L/h, 60 hp about 25 L/h at three-quarter throttle (issue 12).
    * Peque-peque (long-tail with a 9-16 hp four-stroke engine): about 1-2 L/h,
      an estimate from Amazon river transport reports; marked ``estimate``.

Speeds in still water (``still_kmh``, issue 25) are assumptions for a loaded
patrol boat (5-8 people, fuel, food), stated in ``docs/travel-model.md`` with
their reasoning: a peque-peque 12 km/h (the travel model's default boat
speed), 15 hp 20 km/h, 40 hp 30 km/h, 60 hp 35 km/h.  None takes the travel
model's boat speed (a motor the coordinator gives as litres per hour).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class Motor:
    """A motor's consumption: litres per hour upstream (against the current) and downstream."""

    key: str
    label: str
    lph_up: float
    lph_down: float
    source: str = "estimate"
    still_kmh: Optional[float] = None  # speed in still water; None: the travel model's boat speed
    speed_source: str = ""

    def __post_init__(self) -> None:
        if self.lph_up < 0 or self.lph_down < 0:
            raise ValueError(f"motor {self.key}: litres per hour must not be negative")
        if self.still_kmh is not None and not self.still_kmh > 0:
            raise ValueError(f"motor {self.key}: the speed in still water must be positive")

    def litres(self, hours_up: float, hours_down: float) -> float:
        return self.lph_up * hours_up + self.lph_down * hours_down


_LOADED = "assumption for a loaded patrol boat, see docs/travel-model.md (motors)"

MOTORS: Dict[str, Motor] = {
    m.key: m
    for m in (
        Motor("peque", "peque-peque (9-16 hp long-tail)", 1.8, 1.2, "estimate", 12.0, _LOADED),
        Motor(
            "15hp",
            "outboard 15 hp",
            7.7,
            5.7,
            "0.38 L/h per hp at full throttle (two-stroke consumption tables); downstream at 3/4 throttle",
            20.0,
            _LOADED,
        ),
        Motor(
            "40hp",
            "outboard 40 hp",
            15.2,
            11.4,
            "0.38 L/h per hp at full throttle (two-stroke consumption tables); downstream at 3/4 throttle",
            30.0,
            _LOADED,
        ),
        Motor(
            "60hp",
            "outboard 60 hp",
            25.0,
            19.0,
            "about 25 L/h at three-quarter throttle (two-stroke consumption tables, issue 12); downstream estimate",
            35.0,
            _LOADED,
        ),
    )
}


@dataclass(frozen=True)
class Crew:
    """A team's boat and pilot.

    ``motor`` None is a team on foot.  ``pilot_stays`` keeps the pilot at the
    landing where the team left the boat (he never moves it alone).
    ``fuel_l`` is the fuel budget of the whole patrol (None: no limit);
    ``forest_km_day`` the most a team walks through the forest in a day
    (None: no limit; ``forest.DayForest``).
    """

    motor: Optional[Motor] = None
    pilot_stays: bool = False
    fuel_l: Optional[float] = None
    forest_km_day: Optional[float] = None

    @property
    def has_boat(self) -> bool:
        return self.motor is not None


def split_hours(hours: float, km: float, boat_kmh: float, current_kmh: float) -> Tuple[float, float]:
    """(hours upstream, hours downstream) of a boat stretch of ``hours`` over ``km``.

    From the speeds of the travel model: downstream ``boat + current``, upstream
    ``boat - current``, so ``h_down * (b + c) + h_up * (b - c) = km``.  Exact for
    a uniform current; with per-reach currents it is an estimate.
    """
    if hours <= 0:
        return 0.0, 0.0
    if current_kmh <= 0:
        return hours / 2.0, hours / 2.0
    down = (km - hours * (boat_kmh - current_kmh)) / (2.0 * current_kmh)
    down = min(hours, max(0.0, down))
    return hours - down, down


def at_speed(
    hours_up: float, hours_down: float, model_kmh: float, current_kmh: float, still_kmh: float
) -> Optional[Tuple[float, float]]:
    """(hours upstream, hours downstream) of a boat stretch at ``still_kmh`` in still water, from its
    hours at the travel model's ``model_kmh``; None when that boat cannot go up the current.

    The kilometres against and with the current are the hours at the model's speed times its
    upstream and downstream speeds; each is ridden again at the motor's.  Exact for a uniform
    current (as ``split_hours``); a slow zone scales both speeds alike, so it is kept too."""
    if still_kmh == model_kmh:
        return hours_up, hours_down
    km_up = hours_up * max(0.0, model_kmh - current_kmh)
    km_down = hours_down * (model_kmh + current_kmh)
    if km_up > 0 and still_kmh <= current_kmh:
        return None
    return (km_up / (still_kmh - current_kmh) if km_up > 0 else 0.0), km_down / (still_kmh + current_kmh)
