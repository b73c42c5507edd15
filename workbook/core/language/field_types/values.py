"""Each type's answer model: the JSON a person's answer is stored as, and what a formula sees.

A value function takes the stored answer and returns the formula value, or None when
there is no answer or it has the wrong shape (say, an answer saved by an older version
of the module). A sample function returns a plausible complete answer, which the
checker uses to try every formula.
"""

from __future__ import annotations

from typing import Any

from workbook.core.language.evaluation import ChoiceValue, Value
from workbook.core.language.model import Field, FieldType


def number_value(field: Field, raw: Any) -> Value:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    return raw


def text_value(field: Field, raw: Any) -> Value:
    return raw if isinstance(raw, str) and raw.strip() else None


def yes_no_value(field: Field, raw: Any) -> Value:
    return raw if isinstance(raw, bool) else None


def choice_value(field: Field, raw: Any) -> Value:
    return _choice(field, raw) if isinstance(raw, str) and raw else None


def multiple_choice_value(field: Field, raw: Any) -> Value:
    if not isinstance(raw, list):
        return None
    chosen = [_choice(field, v) for v in raw if isinstance(v, str) and v]
    return chosen or None


def list_value(field: Field, raw: Any) -> Value:
    if not isinstance(raw, list):
        return None
    items = [v for v in raw if isinstance(v, str) and v.strip()]
    return items or None


def table_value(field: Field, raw: Any) -> Value:
    if not isinstance(raw, list):
        return None
    rows = [r for r in raw if isinstance(r, dict) and any(filled(v) for v in r.values())]
    return rows or None


def filled(value: Any) -> bool:
    """A table cell with something in it."""
    return value is not None and value != "" and value != []


def _choice(field: Field, value: str) -> ChoiceValue:
    option = field.option(value)
    if option is None:
        return ChoiceValue(value, None, value, field.id)
    return ChoiceValue(option.value, option.score, option.label, field.id)


def number_sample(field: Field) -> Any:
    if field.max is not None:
        return field.max
    return field.min if field.min not in (None, 0) else 1


def text_sample(field: Field) -> Any:
    return "Some words"


def yes_no_sample(field: Field) -> Any:
    return True


def choice_sample(field: Field) -> Any:
    unscored = [o for o in field.options if o.score is None]
    chosen = unscored[0] if unscored else (field.options[-1] if field.options else None)
    return chosen.value if chosen else "option"


def multiple_choice_sample(field: Field) -> Any:
    return [o.value for o in field.options] or ["option"]


def date_sample(field: Field) -> Any:
    return "2024-01-31"


def time_sample(field: Field) -> Any:
    return "12:30"


def list_sample(field: Field) -> Any:
    return ["An item"]


def table_sample(field: Field) -> Any:
    return [
        {
            c.id: (c.max if c.max is not None else 1)
            if c.type in (FieldType.NUMBER, FieldType.SCALE)
            else "Words"
            for c in field.columns
        }
    ]
