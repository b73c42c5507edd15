"""An answer laid out for a screen cell: the core's words, one part per line (bulleted when several)."""

from __future__ import annotations

from typing import Any

from workbook.core.language.answer_words import answer_parts
from workbook.core.language.model import Field

#: What a screen shows where there is no answer.
NO_ANSWER = "—"


def answer_text(field: Field | None, value: Any) -> str:
    """The answer in words (``workbook.core.language.answer_words``) for a table cell."""
    parts = answer_parts(field, value)
    if not parts:
        return NO_ANSWER
    if len(parts) == 1:
        return parts[0]
    return "\n".join(f"• {part}" for part in parts)
