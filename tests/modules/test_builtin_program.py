"""The built-in program has every module the issue lists, with the ids other parts rely on."""

from __future__ import annotations

import re

import pytest

from workbook.core.language import (
    Callout,
    CalloutKind,
    FieldType,
    Module,
    Program,
    Prose,
    load_module,
)

EXPECTED = {
    "assessment": ["intake", "phq9", "gad7", "who5", "pcl5", "k10", "audit", "phq15"],
    "goals": ["values", "smart-goal", "goal-review"],
    "psychoeducation": [
        "understanding-depression",
        "understanding-anxiety",
        "thoughts-feelings-actions",
        "sleep-and-routine",
        "stigma-and-self-compassion",
        "between-sessions",
        "medication-questions",
    ],
    "skills": [
        "checkin",
        "thought-record",
        "thinking-traps",
        "behavioural-activation",
        "paced-breathing",
        "muscle-relaxation",
        "grounding",
        "mindfulness-log",
        "problem-solving",
        "assertive-communication",
        "session-prep",
        "session-reflection",
        "group-reflection",
    ],
    "aftercare": ["relapse-plan", "safety-plan", "maintenance-checkin"],
}
CLOSING = "What to take to your next session"


def _get(program: Program, module_id: str) -> Module:
    module = program.module(module_id)
    assert module is not None
    return module


def _text(module: Module) -> str:
    return "\n".join(
        b.markdown for p in module.pages for b in p.blocks if isinstance(b, Prose | Callout)
    )


def test_program_has_every_module_in_stage_order(program: Program) -> None:
    """Each stage holds the expected modules, in the order the person meets them."""
    assert [s.id for s in program.stages] == list(EXPECTED)
    for stage, ids in EXPECTED.items():
        assert [m.id for m in program.modules_in(stage)] == ids


def test_every_module_file_parses_on_its_own(program: Program) -> None:
    """Each module file loads by itself, as a clinician copying it would load it."""
    for module in program.modules:
        assert load_module(module.path).id == module.id


def test_every_module_says_what_it_is_and_how_long_it_takes(program: Program) -> None:
    """Every module has a summary and an estimated time for the program screen."""
    for module in program.modules:
        assert module.summary.strip(), module.id
        assert module.estimated_minutes and 1 <= module.estimated_minutes <= 30, module.id


def test_skills_and_questionnaires_can_be_repeated(program: Program) -> None:
    """Skills, questionnaires, goal reviews and the staying-well check-in keep a history."""
    repeatable = {m.id for m in program.modules if m.repeatable}
    assert set(EXPECTED["skills"]) <= repeatable
    assert {"phq9", "gad7", "who5", "smart-goal", "goal-review", "maintenance-checkin"} <= (
        repeatable
    )
    assert not {"intake", "values", "safety-plan", "relapse-plan"} & repeatable


def test_modules_close_with_what_to_take_to_the_next_session(program: Program) -> None:
    """Every module but the one-minute check-in ends with a page for the next session."""
    for module in program.modules:
        if module.id == "checkin":
            continue
        assert module.pages[-1].title == CLOSING, module.id


def test_scored_modules_say_results_are_a_self_report(program: Program) -> None:
    """Questionnaire results are framed as a self-report to discuss, not a diagnosis."""
    scored = [m for m in program.modules if m.scores]
    assert {m.id for m in scored} == {"phq9", "gad7", "who5", "pcl5", "k10", "audit", "phq15"}
    for module in scored:
        closing = " ".join(_text_of_page(module, -1).split())
        assert "self-report, not a diagnosis" in closing, module.id
        assert "clinician" in closing, module.id


def _text_of_page(module: Module, index: int) -> str:
    page = module.pages[index]
    return "\n".join(b.markdown for b in page.blocks if isinstance(b, Prose | Callout))


def test_checkin_records_the_four_ratings_and_a_note(program: Program) -> None:
    """The daily check-in has mood, anxiety, sleep and energy from 0 to 10 and a one-line note."""
    checkin = _get(program, "checkin")
    assert checkin.records == "checkin"
    for field_id in ("mood", "anxiety", "sleep", "energy"):
        field = checkin.field(field_id)
        assert field is not None and field.type == FieldType.SCALE
        assert (field.min, field.max) == (0, 10)
        assert field.anchors, f"{field_id} needs labelled ends"
    note = checkin.field("note")
    assert note is not None and note.type == FieldType.TEXT


def test_smart_goal_records_a_goal_with_every_part(program: Program) -> None:
    """The SMART goal module adds a goal and asks each part the Goals screen shows."""
    goal = _get(program, "smart-goal")
    assert goal.records == "goal"
    ids = {f.id for f in goal.fields}
    assert {
        "goal",
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "target_date",
        "first_step",
        "obstacles",
        "plan",
    } <= ids
    target = goal.field("target_date")
    assert target is not None and target.type == FieldType.DATE


def test_thought_record_is_a_table_with_the_classic_columns(program: Program) -> None:
    """The thought record is one table: situation to re-rated feeling, with 0-100 ratings."""
    (table,) = [f for f in _get(program, "thought-record").fields if f.type == FieldType.TABLE]
    assert [c.id for c in table.columns] == [
        "situation",
        "feelings",
        "intensity",
        "automatic_thought",
        "evidence_for",
        "evidence_against",
        "balanced_thought",
        "rerated",
    ]
    for column in table.columns:
        if column.id in ("intensity", "rerated"):
            assert (column.type, column.min, column.max) == (FieldType.NUMBER, 0, 100)


def test_safety_plan_has_six_steps_reasons_and_a_crisis_box(program: Program) -> None:
    """The safety plan follows the six Stanley-Brown steps, adds reasons for living, and a crisis box."""
    plan = _get(program, "safety-plan")
    titles = [p.title or "" for p in plan.pages]
    for step in range(1, 7):
        assert any(t.startswith(f"Step {step}.") for t in titles), step
    assert "Reasons for living" in titles
    assert {"warning_signs", "coping", "help_people", "professionals", "reasons_for_living"} <= {
        f.id for f in plan.fields
    }
    crisis = [
        b
        for p in plan.pages
        for b in p.blocks
        if isinstance(b, Callout) and b.kind == CalloutKind.CRISIS
    ]
    assert crisis
    assert "local emergency number" in crisis[0].markdown


def test_relapse_plan_covers_signs_actions_support_and_appointments(program: Program) -> None:
    """The relapse-prevention plan asks for triggers, signs, actions, routine, people and appointments."""
    ids = {f.id for f in _get(program, "relapse-plan").fields}
    assert {
        "triggers",
        "warning_signs",
        "actions",
        "daily_routine",
        "supporters",
        "professionals",
        "appointments",
    } <= ids


@pytest.mark.parametrize("module_id", EXPECTED["psychoeducation"])
def test_each_reading_has_gentle_check_questions(program: Program, module_id: str) -> None:
    """Each reading asks a few optional check questions and explains the answers on its own page."""
    reading = _get(program, module_id)
    checks = [f for f in reading.fields if f.id.startswith("check_")]
    assert 2 <= len(checks) <= 4
    assert all(f.type == FieldType.CHOICE and not f.required for f in checks)
    assert "Answers" in [p.title for p in reading.pages]
    assert not reading.scores, "check questions are not marked"


def test_no_module_invents_a_phone_number(program: Program) -> None:
    """Crisis numbers come from the app's country list, never from module text."""
    phone_like = re.compile(r"\b\d{3,}\b")
    for module in program.modules:
        found = [n for n in phone_like.findall(_text(module)) if n != "100"]
        assert not found, f"{module.id}: {found}"
