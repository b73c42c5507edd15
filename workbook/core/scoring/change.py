"""Comparing two administrations of a score: reliable change and recovery, in plain words.

"Reliable" means the change is at least the instrument's ``reliable_change``, so it
is unlikely to be measurement noise. "Recovered" is the usual "reliable recovery":
the earlier score was in the clinical range (``caseness``), the later one is not, and
the change is a reliable improvement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbook.core.language.model import Better, Score
from workbook.core.scoring.results import format_number

Direction = Literal["improved", "deteriorated", "no change"]


@dataclass(frozen=True)
class Change:
    """How a score moved between an earlier and a later time."""

    earlier: float
    later: float
    difference: float  # later - earlier
    reliable: bool
    direction: Direction
    recovered: bool | None  # None when the score has no caseness cut-off

    def describe(self) -> str:
        """E.g. "Reliable improvement: down 7 points (15 → 8)"."""
        size = abs(self.difference)
        points = f"{format_number(size)} point{'' if size == 1 else 's'}"
        moved = f"{'up' if self.difference > 0 else 'down'} {points}"
        span = f"({format_number(self.earlier)} → {format_number(self.later)})"
        if self.direction == "no change":
            return f"No change {span}"
        if not self.reliable:
            return f"No reliable change: {moved} {span}"
        kind = "improvement" if self.direction == "improved" else "deterioration"
        text = f"Reliable {kind}: {moved} {span}"
        if self.recovered:
            text += ", now out of the clinical range"
        return text


def in_clinical_range(score: Score, value: float) -> bool | None:
    """Whether ``value`` is at or beyond the caseness cut-off (None if the score has none)."""
    if score.caseness is None:
        return None
    if score.better == Better.LOWER:
        return value >= score.caseness
    return value <= score.caseness


def compare(score: Score, earlier: float, later: float) -> Change:
    difference = round(later - earlier, 9)
    if difference == 0:
        direction: Direction = "no change"
    elif (difference < 0) == (score.better == Better.LOWER):
        direction = "improved"
    else:
        direction = "deteriorated"
    reliable = (
        score.reliable_change is not None
        and direction != "no change"
        and abs(difference) >= score.reliable_change
    )
    recovered: bool | None = None
    before, after = in_clinical_range(score, earlier), in_clinical_range(score, later)
    if before is not None:
        recovered = bool(before and not after and reliable and direction == "improved")
    return Change(earlier, later, difference, reliable, direction, recovered)
