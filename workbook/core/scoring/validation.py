"""Checking answers before a module is finished, with kind, plain messages.

Only questions the person can see are checked. The author's ``message`` is used
when the module gives one; otherwise a short default says what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from workbook.core.language.answers import answer_value
from workbook.core.language.model import Column, Field, FieldType, Module, Program
from workbook.core.language.patterns import compile_pattern
from workbook.core.scoring.results import Context, format_number, visible_fields

REQUIRED = "Please answer this question."


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
    if answer_value(field, raw) is None and field.type != FieldType.TABLE:
        return _wrong_kind(field)
    kind = field.type
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        return _range(raw, field.validation.min, field.validation.max)
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        return _text(field, raw)
    if kind == FieldType.CHOICE:
        return None if field.option(raw) else "Please choose one of the options."
    if kind == FieldType.MULTIPLE_CHOICE:
        if any(field.option(v) is None for v in raw):
            return "Please choose from the options shown."
        return _count(field, len(raw), "choose", "option")
    if kind == FieldType.DATE:
        return None if _is_date(raw) else "Please enter a date."
    if kind == FieldType.TIME:
        return None if _is_time(raw) else "Please enter a time, like 09:30."
    if kind == FieldType.LIST:
        return _count(
            field, len([v for v in raw if isinstance(v, str) and v.strip()]), "add", "item"
        )
    if kind == FieldType.TABLE:
        return _table(field, raw)
    return None


def _empty(raw: Any) -> bool:
    """No answer: nothing, blank text, or a list whose items are all blank."""
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list):
        return all(_empty(item) for item in raw)
    if isinstance(raw, dict):
        return all(_empty(value) for value in raw.values())
    return raw is None


def _wrong_kind(field: Field) -> str:
    return {
        FieldType.NUMBER: "Please enter a number.",
        FieldType.SCALE: "Please pick a point on the scale.",
        FieldType.CHOICE: "Please choose one of the options.",
        FieldType.MULTIPLE_CHOICE: "Please choose from the options shown.",
        FieldType.YES_NO: "Please choose yes or no.",
        FieldType.DATE: "Please enter a date.",
        FieldType.TIME: "Please enter a time, like 09:30.",
    }.get(field.type, "Please check this answer.")


def _range(value: Any, minimum: float | None, maximum: float | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "Please enter a number."
    low, high = format_number(minimum), format_number(maximum)
    too_low = minimum is not None and value < minimum
    too_high = maximum is not None and value > maximum
    if not (too_low or too_high):
        return None
    if minimum is not None and maximum is not None:
        return f"Please enter a number from {low} to {high}."
    return f"Please enter {low} or more." if too_low else f"Please enter {high} or less."


def _text(field: Field, value: str) -> str | None:
    rule = field.validation
    length = len(value.strip())
    if rule.min_length is not None and length < rule.min_length:
        return f"Please write at least {rule.min_length} characters."
    if rule.max_length is not None and length > rule.max_length:
        return f"Please keep this to {rule.max_length} characters or fewer."
    if rule.pattern is not None:
        try:
            matches = compile_pattern(rule.pattern).fullmatch(value.strip()) is not None
        except re.error:
            matches = True
        if not matches:
            return "Please check how this answer is written."
    return None


def _count(field: Field, count: int, verb: str, noun: str) -> str | None:
    fewest, most = field.validation.min, field.validation.max
    if fewest is not None and count < fewest:
        n = int(fewest)
        return f"Please {verb} at least {n} {noun}{'' if n == 1 else 's'}."
    if most is not None and count > most:
        n = int(most)
        return f"Please {verb} no more than {n} {noun}{'' if n == 1 else 's'}."
    return None


def _table(field: Field, raw: Any) -> str | None:
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        return "Please check this table."
    rows = [r for r in raw if any(v not in (None, "", []) for v in r.values())]
    if not rows:
        return REQUIRED if field.required else None
    for number, row in enumerate(rows, start=1):
        for column in field.columns:
            problem = _cell(column, row.get(column.id))
            if problem:
                return f"Row {number}, {column.label}: {problem}"
    return _count(field, len(rows), "fill in", "row")


def _cell(column: Column, value: Any) -> str | None:
    if value in (None, ""):
        return None
    if column.type in (FieldType.NUMBER, FieldType.SCALE):
        message = _range(value, column.min, column.max)
        return message[0].lower() + message[1:] if message else None
    return None


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{2}:\d{2}", value):
        return False
    try:
        time.fromisoformat(value)
    except ValueError:
        return False
    return True
