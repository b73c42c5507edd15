"""Each type's validation: what is wrong with an answer that is not empty, in the app's words.

A check returns None when the answer is fine. Whether an empty answer is a problem
(``required``) is the same for every type and decided by the caller; the author's
``message`` replaces these words when the module gives one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from typing import Any

from workbook.core.language.field_types import values
from workbook.core.language.model import Column, Field, FieldType
from workbook.core.language.patterns import compile_pattern
from workbook.core.wording.numbers import format_number

REQUIRED = "Please answer this question."
CHECK_ANSWER = "Please check this answer."
ENTER_NUMBER = "Please enter a number."
PICK_POINT = "Please pick a point on the scale."
CHOOSE_ONE = "Please choose one of the options."
CHOOSE_SHOWN = "Please choose from the options shown."
YES_OR_NO = "Please choose yes or no."
ENTER_DATE = "Please enter a date."
ENTER_TIME = "Please enter a time, like 09:30."


def number_check(field: Field, raw: Any) -> str | None:
    return _range(raw, field.validation.min, field.validation.max)


def scale_check(field: Field, raw: Any) -> str | None:
    if values.number_value(field, raw) is None:
        return PICK_POINT
    return _range(raw, field.validation.min, field.validation.max)


def text_check(field: Field, raw: Any) -> str | None:
    if values.text_value(field, raw) is None:
        return CHECK_ANSWER
    rule = field.validation
    length = len(raw.strip())
    if rule.min_length is not None and length < rule.min_length:
        return f"Please write at least {rule.min_length} characters."
    if rule.max_length is not None and length > rule.max_length:
        return f"Please keep this to {rule.max_length} characters or fewer."
    if rule.pattern is not None:
        try:
            matches = compile_pattern(rule.pattern).fullmatch(raw.strip()) is not None
        except re.error:
            matches = True
        if not matches:
            return "Please check how this answer is written."
    return None


def choice_check(field: Field, raw: Any) -> str | None:
    if values.choice_value(field, raw) is None or field.option(raw) is None:
        return CHOOSE_ONE
    return None


def multiple_choice_check(field: Field, raw: Any) -> str | None:
    if values.multiple_choice_value(field, raw) is None:
        return CHOOSE_SHOWN
    if any(field.option(v) is None for v in raw):
        return CHOOSE_SHOWN
    return _count(field, len(raw), "choose", "option")


def yes_no_check(field: Field, raw: Any) -> str | None:
    return None if values.yes_no_value(field, raw) is not None else YES_OR_NO


def date_check(field: Field, raw: Any) -> str | None:
    return None if _is_date(raw) else ENTER_DATE


def time_check(field: Field, raw: Any) -> str | None:
    return None if _is_time(raw) else ENTER_TIME


def list_check(field: Field, raw: Any) -> str | None:
    if values.list_value(field, raw) is None:
        return CHECK_ANSWER
    return _count(field, len([v for v in raw if isinstance(v, str) and v.strip()]), "add", "item")


def table_check(field: Field, raw: Any) -> str | None:
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


def _range(value: Any, minimum: float | None, maximum: float | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ENTER_NUMBER
    low, high = format_number(minimum), format_number(maximum)
    too_low = minimum is not None and value < minimum
    too_high = maximum is not None and value > maximum
    if not (too_low or too_high):
        return None
    if minimum is not None and maximum is not None:
        return f"Please enter a number from {low} to {high}."
    return f"Please enter {low} or more." if too_low else f"Please enter {high} or less."


def _count(field: Field, count: int, verb: str, noun: str) -> str | None:
    fewest, most = field.validation.min, field.validation.max
    if fewest is not None and count < fewest:
        n = int(fewest)
        return f"Please {verb} at least {n} {noun}{'' if n == 1 else 's'}."
    if most is not None and count > most:
        n = int(most)
        return f"Please {verb} no more than {n} {noun}{'' if n == 1 else 's'}."
    return None


#: A table cell is checked like the question of its column's type would be (ranges only).
_CELL_CHECKS: dict[FieldType, Callable[[Column, Any], str | None]] = {
    FieldType.NUMBER: lambda column, value: _range(value, column.min, column.max),
    FieldType.SCALE: lambda column, value: _range(value, column.min, column.max),
}


def _cell(column: Column, value: Any) -> str | None:
    if value in (None, ""):
        return None
    check = _CELL_CHECKS.get(column.type)
    message = check(column, value) if check else None
    return message[0].lower() + message[1:] if message else None


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
