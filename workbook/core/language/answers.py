"""How a stored answer becomes a formula value, and what a "fully answered" module looks like.

Scoring uses ``answer_value`` on real answers; the checker uses it on
``sample_answer`` values to try every formula on a complete set of answers. Each
type's rule lives in its entry in ``workbook.core.language.field_types``.
"""

from __future__ import annotations

from typing import Any

from workbook.core.language.evaluation import Value
from workbook.core.language.field_types import field_kind
from workbook.core.language.model import Field


def answer_value(field: Field, raw: Any) -> Value:
    """The value a formula sees for ``raw``, the stored answer to ``field`` (None if unanswered)."""
    if raw is None:
        return None
    return field_kind(field.type).value(field, raw)


def is_answered(field: Field, raw: Any) -> bool:
    """Whether the person has given an answer (an empty box or list is no answer)."""
    return answer_value(field, raw) is not None


def sample_answer(field: Field) -> Any:
    """A plausible complete answer, used by the checker to try formulas."""
    return field_kind(field.type).sample(field)
