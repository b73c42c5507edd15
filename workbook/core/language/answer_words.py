"""An answer in words: the one rule the screen, the PDFs, the plan card and the export share.

``answer_parts`` gives an answer as the words a person reads, one part per chosen
option, list item or table row (an empty tuple when there is no answer).
``answer_text`` joins them into one string. Each medium decides only how to lay the
parts out (a bulleted list, lines, a table) and what to show for no answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbook.core.language.field_types import field_kind
from workbook.core.language.field_types.words import (
    cell_words,
    labelled_row_words,
    listed,
    plain,
    row_words,
)
from workbook.core.language.model import Field, Program


def answer_parts(field: Field | None, raw: Any) -> tuple[str, ...]:
    """``raw`` in words, one part per option, item or row; ``field`` None for an answer
    the module no longer asks (shown as it was stored)."""
    if raw is None or raw == "" or raw == [] or raw == {}:
        return ()
    if field is None:
        return _unknown_question(raw)
    return field_kind(field.type).words(field, raw)


def answer_text(field: Field | None, raw: Any, separator: str = ", ") -> str:
    """The answer in words on one line (parts joined by ``separator``); empty for no answer."""
    return separator.join(answer_parts(field, raw))


def words_in_program(program: Program) -> Callable[[str, str, Any], str]:
    """``words(module_id, field_id, stored)``: an answer in words on one line (parts joined
    by ``; ``), for the export. A module or question the program no longer has is shown
    as it was stored."""

    def words(module_id: str, field_id: str, stored: Any) -> str:
        module = program.module(module_id)
        field = module.field(field_id) if module is not None else None
        return answer_text(field, stored, "; ")

    return words


def _unknown_question(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, list | dict):
        return listed(raw)
    text = plain(raw)
    return (text,) if text else ()


__all__ = [
    "answer_parts",
    "answer_text",
    "cell_words",
    "labelled_row_words",
    "row_words",
    "words_in_program",
]
