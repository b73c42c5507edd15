"""How a stored answer becomes a formula value, and what a "fully answered" module looks like.

Scoring uses ``answer_value`` on real answers; the checker uses it on
``sample_answer`` values to try every formula on a complete set of answers.
"""

from __future__ import annotations

from typing import Any

from workbook.core.language.evaluation import ChoiceValue, Value
from workbook.core.language.model import Field, FieldType

_TEXT_TYPES = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE, FieldType.TIME)


def answer_value(field: Field, raw: Any) -> Value:
    """The value a formula sees for ``raw``, the stored answer to ``field`` (None if unanswered)."""
    if raw is None:
        return None
    kind = field.type
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            return None
        return raw
    if kind == FieldType.YES_NO:
        return raw if isinstance(raw, bool) else None
    if kind == FieldType.CHOICE:
        return _choice(field, raw) if isinstance(raw, str) and raw else None
    if kind == FieldType.MULTIPLE_CHOICE:
        if not isinstance(raw, list):
            return None
        chosen = [_choice(field, v) for v in raw if isinstance(v, str) and v]
        return chosen or None
    if kind in _TEXT_TYPES:
        return raw if isinstance(raw, str) and raw.strip() else None
    if kind == FieldType.LIST:
        if not isinstance(raw, list):
            return None
        items = [v for v in raw if isinstance(v, str) and v.strip()]
        return items or None
    if kind == FieldType.TABLE:
        if not isinstance(raw, list):
            return None
        rows = [r for r in raw if isinstance(r, dict) and any(_filled(v) for v in r.values())]
        return rows or None
    return None


def _filled(value: Any) -> bool:
    return value is not None and value != "" and value != []


def _choice(field: Field, value: str) -> ChoiceValue:
    option = field.option(value)
    if option is None:
        return ChoiceValue(value, None, value, field.id)
    return ChoiceValue(option.value, option.score, option.label, field.id)


def is_answered(field: Field, raw: Any) -> bool:
    """Whether the person has given an answer (an empty box or list is no answer)."""
    return answer_value(field, raw) is not None


def sample_answer(field: Field) -> Any:
    """A plausible complete answer, used by the checker to try formulas."""
    kind = field.type
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        if field.max is not None:
            return field.max
        return field.min if field.min not in (None, 0) else 1
    if kind == FieldType.YES_NO:
        return True
    if kind == FieldType.CHOICE:
        unscored = [o for o in field.options if o.score is None]
        chosen = unscored[0] if unscored else (field.options[-1] if field.options else None)
        return chosen.value if chosen else "option"
    if kind == FieldType.MULTIPLE_CHOICE:
        return [o.value for o in field.options] or ["option"]
    if kind == FieldType.DATE:
        return "2024-01-31"
    if kind == FieldType.TIME:
        return "12:30"
    if kind == FieldType.LIST:
        return ["An item"]
    if kind == FieldType.TABLE:
        return [
            {
                c.id: (c.max if c.max is not None else 1)
                if c.type in (FieldType.NUMBER, FieldType.SCALE)
                else "Words"
                for c in field.columns
            }
        ]
    return "Some words"
