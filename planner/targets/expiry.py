# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks that expire: a plot checked long ago is a plot to check again.

A check is current for ``valid_days`` days: checked on day D, the plot is
current up to and including day D + ``valid_days`` and due from the day after.
A check dated after ``today`` (a clock set wrong) counts as made today.

The time unchecked raises a plot's priority (see ``priority``): nothing while
the check is current, then linearly from 0 the day it expires to the full
weight at twice ``valid_days``; a plot never checked has the full weight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Optional

from ..core import InputError, message


@dataclass(frozen=True)
class CheckRule:
    valid_days: int = 90

    def __post_init__(self) -> None:
        if self.valid_days < 1:
            raise InputError(message("check_days", days=self.valid_days))


def days_since(last_check: Optional[date], today: date) -> Optional[int]:
    """Whole days from the last check to ``today`` (0 for a check dated later); None if never checked."""
    if last_check is None:
        return None
    return max(0, (today - last_check).days)


def is_current(last_check: Optional[date], today: date, rule: Optional[CheckRule] = None) -> bool:
    days = days_since(last_check, today)
    return days is not None and days <= (rule or CheckRule()).valid_days


def unchecked_share(last_check: Optional[date], today: date, rule: Optional[CheckRule] = None) -> float:
    """0 while the check is current, rising to 1 at twice the limit; 1 when never checked."""
    rule = rule or CheckRule()
    days = days_since(last_check, today)
    if days is None:
        return 1.0
    return min(1.0, max(0.0, (days - rule.valid_days) / rule.valid_days))


def today_utc() -> date:
    return datetime.now(timezone.utc).date()
