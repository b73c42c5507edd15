"""The program's running order: what is offered as "next" after a module is done."""

from __future__ import annotations

import pytest

from workbook.core.language import Program, load_program
from workbook.core.next_steps import next_in_order
from workbook.core.store.records import ModuleProgress
from workbook.paths import builtin_program_dir


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(builtin_program_dir())


def done(*ids: str) -> dict[str, ModuleProgress]:
    return {i: ModuleProgress(i, "completed", times_completed=1) for i in ids}


def test_trauma_and_alcohol_questionnaires_are_not_offered_to_everyone(program: Program) -> None:
    """After the first questionnaires the person goes on to goals, not to the PCL-5 or
    the AUDIT: those come up only when suggested, assigned or chosen from the list."""
    finished = done("intake", "phq9", "gad7", "who5")
    following = next_in_order(program, finished, after="who5")
    assert following is not None
    assert following.stage == "goals"
    for held_back in ("pcl5", "k10", "audit", "phq15"):
        module = program.module(held_back)
        assert module is not None and not module.in_order, held_back


def test_a_module_in_order_is_offered_next(program: Program) -> None:
    following = next_in_order(program, done("intake"), after="intake")
    assert following is not None and following.id == "phq9"


def test_stage_progress_counts_a_held_back_questionnaire_only_once_opened(
    program: Program,
) -> None:
    from workbook.core.usecases.home import stage_progress

    finished = done("intake", "phq9", "gad7", "who5")
    assessment = next(s for s in stage_progress(program, finished) if s.stage.id == "assessment")
    assert (assessment.done, assessment.total) == (4, 4)
    finished["pcl5"] = ModuleProgress("pcl5", "in_progress")
    assessment = next(s for s in stage_progress(program, finished) if s.stage.id == "assessment")
    assert (assessment.done, assessment.started, assessment.total) == (4, 1, 5)
