"""Comparing two administrations of a score: the standard outcome categories, in plain words.

The categories are those NHS Talking Therapies reports, each named separately:

- **change**: *reliable improvement* or *reliable deterioration* when the difference
  is at least the score's ``reliable_change`` (so unlikely to be measurement noise),
  otherwise *no reliable change*;
- **recovery**, only where the score has a ``caseness`` cut-off and the first score
  was a case (in the clinical range): *reliable recovery* when the latest is not a
  case and the change is a reliable improvement, *recovery* when the latest is not a
  case without a reliable improvement, *no recovery* when it still is; and
  *not applicable* when the first score was not a case.

Both thresholds come from the module, either as published figures or worked out from
Jacobson–Truax norms (``workbook.core.language.model.Norms``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate
from workbook.core.language.model import Better, Score
from workbook.core.wording.numbers import format_number

Direction = Literal["improved", "deteriorated", "no change"]
ChangeCategory = Literal["reliable improvement", "reliable deterioration", "no reliable change"]
Recovery = Literal["reliable recovery", "recovery", "no recovery", "not applicable"]

#: How each recovery status reads to a clinician, after the change category.
RECOVERY_WORDS: dict[Recovery, str] = {
    "reliable recovery": QT_TRANSLATE_NOOP("Change", "reliable recovery"),
    "recovery": QT_TRANSLATE_NOOP("Change", "recovery (not reliable)"),
    "no recovery": QT_TRANSLATE_NOOP("Change", "not recovered (still in the clinical range)"),
    "not applicable": QT_TRANSLATE_NOOP(
        "Change", "recovery not applicable (the first score was not in the clinical range)"
    ),
}

#: The same, as a short label for a table cell.
RECOVERY_LABELS: dict[Recovery, str] = {
    "reliable recovery": QT_TRANSLATE_NOOP("Change", "Reliable recovery"),
    "recovery": QT_TRANSLATE_NOOP("Change", "Recovery (not reliable)"),
    "no recovery": QT_TRANSLATE_NOOP("Change", "Not recovered"),
    "not applicable": QT_TRANSLATE_NOOP("Change", "Not applicable (not a case at first)"),
}

#: Each change category as it starts a sentence.
CATEGORY_WORDS: dict[ChangeCategory, str] = {
    "reliable improvement": QT_TRANSLATE_NOOP("Change", "Reliable improvement"),
    "reliable deterioration": QT_TRANSLATE_NOOP("Change", "Reliable deterioration"),
    "no reliable change": QT_TRANSLATE_NOOP("Change", "No reliable change"),
}


@dataclass(frozen=True)
class Change:
    """How a score moved between an earlier and a later administration."""

    earlier: float
    later: float
    difference: float  # later - earlier
    direction: Direction
    #: None when the score has no reliable-change threshold (a change is then never "reliable")
    category: ChangeCategory | None
    #: None when the score has no caseness cut-off
    recovery: Recovery | None

    @property
    def reliable(self) -> bool:
        return self.category in ("reliable improvement", "reliable deterioration")

    @property
    def category_words(self) -> str | None:
        """ "Reliable improvement", "No reliable change" … (None without a threshold)."""
        return None if self.category is None else translate("Change", CATEGORY_WORDS[self.category])

    @property
    def recovery_words(self) -> str | None:
        """ "Recovery (not reliable)", "Recovery not applicable (…)" … (None without a cut-off)."""
        if self.recovery is None:
            return None
        words = translate("Change", RECOVERY_WORDS[self.recovery])
        return words[:1].upper() + words[1:]

    @property
    def recovery_label(self) -> str | None:
        """ "Reliable recovery", "Not applicable (not a case at first)" … for a table cell."""
        return (
            None if self.recovery is None else translate("Change", RECOVERY_LABELS[self.recovery])
        )

    def describe(self) -> str:
        """E.g. "Reliable improvement: down 7 points (15 → 8); reliable recovery"."""
        size = abs(self.difference)
        points = format_number(size)
        if self.difference > 0:
            moved = (
                translate("Change", "up 1 point")
                if size == 1
                else translate("Change", "up {points} points").format(points=points)
            )
        else:
            moved = (
                translate("Change", "down 1 point")
                if size == 1
                else translate("Change", "down {points} points").format(points=points)
            )
        span = f"({format_number(self.earlier)} → {format_number(self.later)})"
        if self.direction == "no change":
            text = translate("Change", "No change {span}").format(span=span)
        elif self.category is None:
            text = f"{moved[:1].upper()}{moved[1:]} {span}"
        else:
            category = translate("Change", CATEGORY_WORDS[self.category])
            text = translate("Change", "{category}: {moved} {span}").format(
                category=category, moved=moved, span=span
            )
        if self.recovery is not None:
            text += "; " + translate("Change", RECOVERY_WORDS[self.recovery])
        return text


def in_clinical_range(score: Score, value: float) -> bool | None:
    """Whether ``value`` is at or beyond the caseness cut-off (None if the score has none)."""
    if score.caseness is None:
        return None
    if score.better == Better.LOWER:
        return value >= score.caseness
    return value <= score.caseness


def compare(score: Score, earlier: float, later: float) -> Change:
    """The outcome categories between two administrations (``earlier`` first)."""
    difference = round(later - earlier, 9)
    if difference == 0:
        direction: Direction = "no change"
    elif (difference < 0) == (score.better == Better.LOWER):
        direction = "improved"
    else:
        direction = "deteriorated"
    category: ChangeCategory | None = None
    if score.reliable_change is not None:
        if direction != "no change" and abs(difference) >= score.reliable_change:
            category = (
                "reliable improvement" if direction == "improved" else "reliable deterioration"
            )
        else:
            category = "no reliable change"
    return Change(
        earlier, later, difference, direction, category, _recovery(score, earlier, later, category)
    )


def _recovery(
    score: Score, earlier: float, later: float, category: ChangeCategory | None
) -> Recovery | None:
    was_case, is_case = in_clinical_range(score, earlier), in_clinical_range(score, later)
    if was_case is None:
        return None
    if not was_case:
        return "not applicable"
    if is_case:
        return "no recovery"
    return "reliable recovery" if category == "reliable improvement" else "recovery"
