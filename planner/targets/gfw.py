# SPDX-License-Identifier: GPL-2.0-or-later
"""Global Forest Watch integrated deforestation alerts (GLAD-L, GLAD-S2, RADD) as GFW publishes the raster.

Each pixel holds one integer: its leading digit is the confidence (2 low,
3 high, 4 highest: seen by more than one system), the rest the days since
31 December 2014 of the first detection; 0 is no alert.  So 20001 is a low
confidence alert of 1 January 2015 and 41847 a highest one of 21 January 2020.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Dict, Optional, Tuple, Union

from ..core import InputError, message

GFW_EPOCH = date(2014, 12, 31)
GFW_CONFIDENCE: Dict[int, str] = {2: "low", 3: "high", 4: "highest"}
_DAYS = 10_000


def decode_gfw(value: int, source: Union[str, Path, None] = None) -> Optional[Tuple[str, date]]:
    """(confidence, first detection day) of a pixel value; None for no alert."""
    if value == 0:
        return None
    confidence, days = divmod(int(value), _DAYS)
    if confidence not in GFW_CONFIDENCE or days == 0:
        raise InputError(message("gfw_value", value=value), source)
    return GFW_CONFIDENCE[confidence], GFW_EPOCH + timedelta(days=days)
