"""Outcome categories of the built-in questionnaires at every threshold they publish.

PHQ-9: reliable change 6, caseness 10 or more. GAD-7: reliable change 4, caseness 8
or more. WHO-5 (higher is better): reliable change 10, caseness 50 or less.
"""

from __future__ import annotations

import pytest

from workbook.core.language import Program
from workbook.core.scoring import compare

IMPROVEMENT, DETERIORATION, NO_CHANGE = (
    "reliable improvement",
    "reliable deterioration",
    "no reliable change",
)
CASES = {
    "phq9": [
        (15, 9, IMPROVEMENT, "reliable recovery"),  # exactly 6 down, and out of 10+
        (15, 10, NO_CHANGE, "no recovery"),  # 5 down, 10 is still a case
        (16, 10, IMPROVEMENT, "no recovery"),  # reliable, but 10 is still a case
        (12, 8, NO_CHANGE, "recovery"),  # out of the clinical range on too small a change
        (10, 9, NO_CHANGE, "recovery"),  # the lowest case to the highest non-case
        (9, 3, IMPROVEMENT, "not applicable"),  # 9 was never a case
        (9, 15, DETERIORATION, "not applicable"),
        (10, 15, NO_CHANGE, "no recovery"),  # 5 up: not reliable
        (10, 16, DETERIORATION, "no recovery"),  # exactly 6 up
        (12, 12, NO_CHANGE, "no recovery"),
    ],
    "gad7": [
        (10, 6, IMPROVEMENT, "reliable recovery"),  # exactly 4 down, and below 8
        (10, 7, NO_CHANGE, "recovery"),  # 3 down: not reliable, but out of 8+
        (8, 7, NO_CHANGE, "recovery"),  # the lowest case to the highest non-case
        (12, 8, IMPROVEMENT, "no recovery"),  # 8 is still a case
        (11, 8, NO_CHANGE, "no recovery"),
        (7, 3, IMPROVEMENT, "not applicable"),
        (4, 8, DETERIORATION, "not applicable"),
        (8, 11, NO_CHANGE, "no recovery"),
        (8, 12, DETERIORATION, "no recovery"),
    ],
    "who5": [
        (40, 50, IMPROVEMENT, "no recovery"),  # exactly 10 up, but 50 or less is a case
        (40, 52, IMPROVEMENT, "reliable recovery"),
        (48, 52, NO_CHANGE, "recovery"),  # 4 up: out of the range, not reliably
        (50, 56, NO_CHANGE, "recovery"),  # the highest case to above it
        (50, 60, IMPROVEMENT, "reliable recovery"),
        (52, 60, NO_CHANGE, "not applicable"),  # 52 was never a case
        (52, 64, IMPROVEMENT, "not applicable"),
        (60, 50, DETERIORATION, "not applicable"),  # exactly 10 down
        (60, 52, NO_CHANGE, "not applicable"),
        (28, 40, IMPROVEMENT, "no recovery"),
        (44, 36, NO_CHANGE, "no recovery"),  # 8 down: not reliable
    ],
}


@pytest.mark.parametrize(
    ("module_id", "first", "latest", "category", "recovery"),
    [(module_id, *case) for module_id, cases in CASES.items() for case in cases],
)
def test_outcome_category_at_each_threshold(
    program: Program, module_id: str, first: int, latest: int, category: str, recovery: str
) -> None:
    """compare() names the change category and the recovery status as a clinician reads them."""
    module = program.module(module_id)
    assert module is not None
    score = module.score("total")
    assert score is not None
    change = compare(score, first, latest)
    assert (change.category, change.recovery) == (category, recovery)


def test_phq9_twelve_to_eight_reads_as_recovery_not_reliable(program: Program) -> None:
    """The example a clinician would check first: 12 → 8 on PHQ-9."""
    module = program.module("phq9")
    assert module is not None and (score := module.score("total")) is not None
    assert compare(score, 12, 8).describe() == (
        "No reliable change: down 4 points (12 → 8); recovery (not reliable)"
    )
