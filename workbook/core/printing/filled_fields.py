"""A person's answers on paper, under each question, in words rather than stored values.

The words come from ``workbook.core.language.answer_words``, the same the screen and the
export use; this module only lays them out: one answer as a paragraph (long answers wrap
and flow over pages), options and list items as bullets, a table as a table.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, ListFlowable, Table, TableStyle

from workbook.core.language.answer_words import answer_parts, cell_words
from workbook.core.language.model import Field, FieldType
from workbook.core.printing import fonts
from workbook.core.printing.rtl import list_item
from workbook.core.printing.styles import INK, SHADE, WRITE_LINE
from workbook.core.printing.table_widths import fitted_widths
from workbook.core.printing.text import para
from workbook.core.printing.words import printed

NO_ANSWER = "(no answer)"


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict | tuple):
        return bool(value)
    return True


def words_filled(field: Field, value: Any, width: float) -> list[Flowable]:
    """The answer in words as one paragraph."""
    parts = answer_parts(field, value)
    return [para("\n".join(parts), "answer")] if parts else no_answer()


def bullets_filled(field: Field, value: Any, width: float) -> list[Flowable]:
    """Each chosen option or list item as a bullet."""
    parts = answer_parts(field, value)
    if not parts:
        return no_answer()
    return [
        ListFlowable(
            [list_item(para(item, "answer_item"), 20) for item in parts],
            bulletType="bullet",
            start="•",
            leftIndent=20,
            bulletColor=INK,
            bulletFontName=fonts.SANS,
        )
    ]


def table_filled(field: Field, value: Any, width: float) -> list[Flowable]:
    """The rows the person filled in, under the column headings."""
    if not isinstance(value, list):
        return words_filled(field, value, width)
    columns = field.columns
    data: list[list[Flowable]] = [[para(c.label, "cell_head") for c in columns]]
    for row in value:
        cells = row if isinstance(row, dict) else {}
        data.append([para(cell_words(c, cells.get(c.id)), "cell") for c in columns])
    weights = [2.0 if c.type is FieldType.LONG_TEXT else 1.0 for c in columns]
    widths = fitted_widths(data, width, weights)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, WRITE_LINE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]


def no_answer() -> list[Flowable]:
    return [para(printed("no_answer"), "help")]


__all__ = ["NO_ANSWER", "bullets_filled", "is_answered", "table_filled", "words_filled"]
