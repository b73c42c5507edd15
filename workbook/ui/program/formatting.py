"""An answer laid out for a screen cell: the core's words, one part per line (bulleted when several)."""

from __future__ import annotations

from typing import Any

from workbook.core.language.answer_words import answer_parts, labelled_row_words
from workbook.core.language.model import Field, FieldType

#: What a screen shows where there is no answer.
NO_ANSWER = "—"


def answer_text(field: Field | None, value: Any) -> str:
    """The answer in words (``workbook.core.language.answer_words``) for a table cell; a
    table's rows numbered, each cell on its own line under its column's name."""
    if field is not None and field.type is FieldType.TABLE and isinstance(value, list):
        rows = [lines for row in value if (lines := labelled_row_words(field, row))]
        if rows:
            return "\n".join(
                f"{number}. " + "\n   ".join(lines) for number, lines in enumerate(rows, start=1)
            )
    parts = answer_parts(field, value)
    if not parts:
        return NO_ANSWER
    if len(parts) == 1:
        return parts[0]
    return "\n".join(f"• {part}" for part in parts)
