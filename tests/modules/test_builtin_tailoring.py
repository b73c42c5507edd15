"""The assessment shapes the path: questionnaire results and intake answers suggest the right modules."""

from __future__ import annotations

from typing import Any

import pytest
from builtin_answers import (
    context_of,
    frequency_answers,
    full_answers,
    full_context,
    gad7_answers,
    phq9_answers,
    record,
    who5_answers,
)

from workbook.core.language import Program
from workbook.core.language.answers import answer_value
from workbook.core.language.evaluation import MappingResolver, evaluate_strict
from workbook.core.language.expressions import expression_name
from workbook.core.scoring import Context, recommendations, visible_fields

# The public `recommendations` quietly treats a failing condition as false; these tests
# evaluate strictly, the way `workbook check` does, so a broken condition is caught.
from workbook.core.scoring.results import _Others


def suggested(program: Program, context: Context) -> list[str]:
    return [r.module.id for r in recommendations(program, context)]


def test_nothing_is_suggested_before_the_assessment(program: Program) -> None:
    """A new workbook gets no suggestions: the program simply starts at the top."""
    assert suggested(program, {}) == []


def test_moderate_depression_suggests_activation_and_the_depression_reading(
    program: Program,
) -> None:
    """PHQ-9 of 12 suggests the activity schedule and the depression reading, not anxiety skills."""
    found = suggested(program, context_of(program, phq9=phq9_answers(12)))
    assert "behavioural-activation" in found
    assert "understanding-depression" in found
    assert "paced-breathing" not in found
    assert "safety-plan" not in found


def test_mild_depression_does_not_suggest_activation(program: Program) -> None:
    """PHQ-9 of 9, just under the cut-off, suggests neither."""
    found = suggested(program, context_of(program, phq9=phq9_answers(9)))
    assert "behavioural-activation" not in found
    assert "understanding-depression" not in found


@pytest.mark.parametrize(("total", "expected"), [(9, False), (10, True), (21, True)])
def test_anxiety_suggests_breathing_grounding_and_the_anxiety_reading(
    program: Program, total: int, expected: bool
) -> None:
    """GAD-7 of 10 or more suggests paced breathing, grounding and the anxiety reading."""
    found = set(suggested(program, context_of(program, gad7=gad7_answers(total))))
    anxiety_path = {"paced-breathing", "grounding", "understanding-anxiety"}
    assert (anxiety_path <= found) is expected
    assert expected or not (anxiety_path & found)


def test_self_harm_flag_puts_the_safety_plan_first(program: Program) -> None:
    """Any thoughts of self-harm put the safety plan at the top of the suggestions, marked urgent."""
    context = context_of(program, phq9=phq9_answers(22, item9=1), gad7=gad7_answers(18))
    found = recommendations(program, context)
    assert found[0].module.id == "safety-plan"
    assert found[0].urgent
    assert not any(r.urgent for r in found[1:])


def test_item_9_alone_suggests_the_safety_plan(program: Program) -> None:
    """Item 9 ticked with nothing else still suggests the safety plan, and nothing for depression."""
    found = suggested(program, context_of(program, phq9=frequency_answers([0] * 8 + [1])))
    assert found == ["safety-plan"]


def test_finished_safety_plan_is_not_suggested_again(program: Program) -> None:
    """Once the safety plan is written it is updated in place, not suggested again."""
    context = dict(context_of(program, phq9=phq9_answers(5, item9=1)))
    plan = program.module("safety-plan")
    assert plan is not None
    context["safety-plan"] = record(plan, full_answers(plan))
    assert "safety-plan" not in suggested(program, context)


@pytest.mark.parametrize(("raw", "expected"), [(7, True), (8, False)])
def test_very_low_wellbeing_suggests_the_depression_reading(
    program: Program, raw: int, expected: bool
) -> None:
    """WHO-5 of 28 or less (raw 7) suggests the depression reading; 32 does not."""
    found = suggested(program, context_of(program, who5=who5_answers(raw)))
    assert ("understanding-depression" in found) is expected


def test_poor_sleep_on_phq9_suggests_the_sleep_reading(program: Program) -> None:
    """Sleep trouble on more than half the days (PHQ-9 item 3) suggests the sleep reading."""
    answers = frequency_answers([0, 0, 2, 0, 0, 0, 0, 0, 0])
    assert "sleep-and-routine" in suggested(program, context_of(program, phq9=answers))
    answers = frequency_answers([0, 0, 1, 0, 0, 0, 0, 0, 0])
    assert "sleep-and-routine" not in suggested(program, context_of(program, phq9=answers))


@pytest.mark.parametrize(
    ("intake", "module_id"),
    [
        ({"concerns": ["sleep"]}, "sleep-and-routine"),
        ({"concerns": ["sleep"]}, "muscle-relaxation"),
        ({"concerns": ["relationships"]}, "assertive-communication"),
        ({"concerns": ["stress"]}, "problem-solving"),
        ({"concerns": ["work"]}, "problem-solving"),
        ({"medication": True}, "medication-questions"),
    ],
)
def test_intake_answers_suggest_matching_modules(
    program: Program, intake: dict[str, Any], module_id: str
) -> None:
    """What someone says at intake (sleep, relationships, stress, medication) shapes suggestions."""
    assert module_id in suggested(program, context_of(program, intake=intake))


def test_feeling_bad_about_yourself_suggests_self_compassion(program: Program) -> None:
    """Feeling bad about yourself on most days (PHQ-9 item 6) suggests the self-compassion reading."""
    answers = frequency_answers([0, 0, 0, 0, 0, 3, 0, 0, 0])
    assert "stigma-and-self-compassion" in suggested(program, context_of(program, phq9=answers))


def test_every_suggestion_has_its_own_reason(program: Program) -> None:
    """Each module the app can suggest explains why in its own words."""
    for module in program.modules:
        if module.recommend_when is not None:
            assert module.recommend_reason, module.id


@pytest.mark.parametrize("which", ["empty", "full"])
def test_every_condition_evaluates_without_error(program: Program, which: str) -> None:
    """Every recommend_when and show_when works with nothing answered and with everything answered."""
    context: Context = {} if which == "empty" else full_context(program)
    others = _Others(context, program)
    for module in program.modules:
        if module.recommend_when is not None:
            evaluate_strict(module.recommend_when, MappingResolver({}, others))
        answers = {} if which == "empty" else full_answers(module)
        values: dict[str, Any] = {}
        for field in module.fields:
            if field.show_when is not None:
                evaluate_strict(field.show_when, MappingResolver(values, others))
            values[expression_name(field.id)] = answer_value(field, answers.get(field.id))
        # and the same through the public path the screens use
        visible_fields(module, answers, context, program=program)


def test_full_results_suggest_the_whole_tailored_path(program: Program) -> None:
    """With every questionnaire at its worst, every tailored module is suggested, safety plan first."""
    context = {
        m.id: r
        for m, r in (
            (m, record(m, full_answers(m)))
            for m in program.modules
            if m.id in ("intake", "phq9", "gad7")
        )
    }
    context.update(context_of(program, who5=who5_answers(0)))
    found = suggested(program, context)
    assert found[0] == "safety-plan"
    assert set(found) == {m.id for m in program.modules if m.recommend_when is not None}
