# SPDX-License-Identifier: GPL-2.0-or-later
"""What a guard found at a plot: one vocabulary for the QField form, the import and the alert ledger (issue 30)."""

from __future__ import annotations

from typing import Tuple

# Stored as these codes, shown in the user's language by the QGIS side.
VERDICTS: Tuple[str, ...] = ("coca", "clearing", "airstrip", "camp", "nothing", "not_reached")
NOT_REACHED = "not_reached"
# The verdicts that say the alert was a false alarm: the guards stood there and found no loss.
FALSE_ALARM = "nothing"
