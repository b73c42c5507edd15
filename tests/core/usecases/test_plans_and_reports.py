"""What the help panel shows of a safety plan, and what a printed report offers: decided
in the core, the same for every screen."""

from __future__ import annotations

from datetime import date

import pytest

from workbook.core.language.model import Program
from workbook.core.store import Workbook
from workbook.core.usecases.checkin import Ratings, quick_checkin
from workbook.core.usecases.entries import start_and_finish
from workbook.core.usecases.plans import plan_steps, safety_plan_shown
from workbook.core.usecases.reports import (
    MEASURES,
    WITH_ENTRIES,
    WITH_GOALS,
    entries_to_choose,
    report_sections,
)


def test_no_plan_yet_offers_to_start_one_locked_or_not(
    program: Program, workbook: Workbook
) -> None:
    assert safety_plan_shown(program, None).steps is None
    shown = safety_plan_shown(program, workbook)
    assert shown.steps is None and shown.can_start


def test_the_newest_finished_plan_is_shown_step_by_step_in_the_module_order(
    program: Program, workbook: Workbook
) -> None:
    """Steps follow the module's pages; a page with one answer takes the page title; an
    answer an older version asked is still shown, under its own name."""
    module = program.module("safety-plan")
    assert module is not None
    start_and_finish(program, workbook, module, {"coping": ["Old walk"]})
    answers = {
        "reasons_for_living": ["My sister"],
        "warning_signs": ["Not sleeping", "Skipping meals"],
        "old_question": "Still mine",
    }
    start_and_finish(program, workbook, module, answers)
    steps = safety_plan_shown(program, workbook).steps
    assert steps is not None
    assert [s.title for s in steps] == [
        "Step 1. Warning signs",
        "Reasons for living",
        "Old question",
    ]
    assert steps[0].parts == ((None, ("Not sleeping", "Skipping meals")),)
    assert list(steps) == plan_steps(module, answers)


def test_a_report_offers_finished_entries_but_not_check_ins(
    program: Program, workbook: Workbook
) -> None:
    phq9 = program.module("phq9")
    assert phq9 is not None
    done = start_and_finish(program, workbook, phq9, {f"q{i}": "not-at-all" for i in range(1, 10)})
    quick_checkin(program, workbook, date.today(), Ratings(7, 3, 6, 5, "Calm day"))
    offered = entries_to_choose(program, workbook)
    assert [c.entry_id for c in offered] == [done.value.id]
    assert offered[0].words.startswith(f"{phq9.title} — ")


@pytest.mark.parametrize(
    ("contents", "checkins", "plans", "sections"),
    [
        (MEASURES, False, False, ("measures",)),
        (WITH_GOALS, True, False, ("measures", "checkins", "goals")),
        (WITH_ENTRIES, True, True, ("measures", "checkins", "goals", "plans", "entries")),
    ],
)
def test_the_report_contents_chosen_become_its_sections(
    contents: str, checkins: bool, plans: bool, sections: tuple[str, ...]
) -> None:
    assert report_sections(contents, checkins=checkins, plans=plans) == sections
