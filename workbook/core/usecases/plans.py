"""What a person's own plan shows on screen: its steps in the module's order, and the
safety plan the "Need help now?" panel shows (or that there is none yet).

The safety panel and a finished plan's page both show ``plan_steps``; the printed card
and report lay the same answers out for paper (``workbook.core.printing``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbook.core.language.answer_words import answer_parts
from workbook.core.plans import SAFETY_PLAN_MODULE

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.store import Workbook


@dataclass(frozen=True)
class PlanStep:
    """One step of a plan: a heading and its answered questions (label shown when several)."""

    title: str
    parts: tuple[tuple[str | None, tuple[str, ...]], ...]


def plan_steps(module: Module | None, answers: Mapping[str, Any]) -> list[PlanStep]:
    """The answered steps of a plan, one per module page that has answers, in order."""
    steps: list[PlanStep] = []
    seen: set[str] = set()
    pages = module.pages if module is not None else ()
    module_title = module.title if module is not None else ""
    for page in pages:
        answered = []
        for field in page.fields:
            seen.add(field.id)
            lines = answer_parts(field, answers.get(field.id))
            if lines:
                answered.append((field, lines))
        if not answered:
            continue
        several = len(answered) > 1
        title = page.title or (module_title if several else answered[0][0].label)
        parts = tuple(((f.label if several else None), lines) for f, lines in answered)
        steps.append(PlanStep(title, parts))
    # Answers the module no longer asks (an older version) are still the person's words.
    for key, value in answers.items():
        lines = answer_parts(None, value) if key not in seen else ()
        if lines:
            steps.append(PlanStep(key.replace("_", " ").capitalize(), ((None, lines),)))
    return steps


@dataclass(frozen=True)
class SafetyPlanShown:
    """The safety plan as the help panel shows it."""

    #: the latest finished plan's steps; None when there is no finished plan (or no
    #: workbook is open), so the panel offers to start one instead
    steps: tuple[PlanStep, ...] | None
    #: the program has a safety-plan module to write one in
    can_start: bool


def safety_plan_shown(program: Program, workbook: Workbook | None) -> SafetyPlanShown:
    """The newest finished safety plan's steps (read only; locked: none)."""
    module = program.module(SAFETY_PLAN_MODULE)
    if workbook is None:
        return SafetyPlanShown(None, module is not None)
    entries = workbook.entries(module_id=SAFETY_PLAN_MODULE, status="complete")
    if not entries:
        return SafetyPlanShown(None, module is not None)
    return SafetyPlanShown(tuple(plan_steps(module, entries[0].answers)), module is not None)
