"""Checking answers before a module is finished, with kind, plain messages.

Only questions the person can see are checked. The author's ``message`` is used
when the module gives one; otherwise a short default says what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from workbook.core.language.field_types import field_kind
from workbook.core.language.field_types.checks import REQUIRED
from workbook.core.language.model import Field, Module, Program
from workbook.core.scoring.results import Context, visible_fields


@dataclass(frozen=True)
class AnswerProblem:
    field_id: str
    message: str


def validate_answers(
    module: Module,
    answers: Mapping[str, Any],
    context: Context | None = None,
    fields: Iterable[Field | str] | None = None,
    *,
    program: Program | None = None,
) -> list[AnswerProblem]:
    """Problems with the answers to the visible questions (of ``fields``, e.g. one page)."""
    wanted = None if fields is None else {f if isinstance(f, str) else f.id for f in fields}
    problems = []
    for field in visible_fields(module, answers, context, program=program):
        if wanted is not None and field.id not in wanted:
            continue
        message = problem_with(field, answers.get(field.id))
        if message is not None:
            problems.append(AnswerProblem(field.id, field.validation.message or message))
    return problems


def problem_with(field: Field, raw: Any) -> str | None:
    """What is wrong with one answer, in the app's default words (None if it is fine)."""
    if _empty(raw):
        return REQUIRED if field.required else None
    return field_kind(field.type).check(field, raw)


def _empty(raw: Any) -> bool:
    """No answer: nothing, blank text, or a list whose items are all blank."""
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list):
        return all(_empty(item) for item in raw)
    if isinstance(raw, dict):
        return all(_empty(value) for value in raw.values())
    return raw is None
