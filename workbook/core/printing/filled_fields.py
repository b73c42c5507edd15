"""A person's answers on paper, under each question, in words rather than stored values.

Choice answers print their option's label, scales their point with its anchor, tables
as tables; long answers are ordinary paragraphs, so they wrap and flow over pages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable, ListFlowable, Spacer, Table, TableStyle

from workbook.core.language.model import Field, FieldType
from workbook.core.printing import fonts
from workbook.core.printing.form_fields import field_heading
from workbook.core.printing.rtl import list_item
from workbook.core.printing.styles import INK, SHADE, WRITE_LINE
from workbook.core.printing.text import para

NO_ANSWER = "(no answer)"


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict | tuple):
        return bool(value)
    return True


def _number(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        return f"{value:g}"
    return str(value)


def readable_date(value: str) -> str:
    """``2024-03-05`` as ``5 March 2024`` (month names in English, like the rest of the app)."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def answer_text(field: Field, value: Any) -> str:
    """One answer in words, the way the person would say it."""
    if not is_answered(value):
        return NO_ANSWER
    kind = field.type
    if kind is FieldType.CHOICE:
        option = field.option(str(value))
        return option.label if option else str(value)
    if kind is FieldType.YES_NO:
        return "Yes" if value is True or value == "yes" else "No"
    if kind is FieldType.DATE:
        return readable_date(str(value))
    if kind is FieldType.NUMBER:
        return f"{_number(value)} {field.unit or ''}".strip()
    if kind is FieldType.SCALE:
        anchors = {a.value: a.label for a in field.anchors}
        low = field.min if field.min is not None else 0
        high = field.max if field.max is not None else 10
        said = f"{_number(value)} on a scale of {low:g} to {high:g}"
        if isinstance(value, int | float) and value in anchors:
            said += f" ({anchors[value]})"
        return said
    if kind is FieldType.MULTIPLE_CHOICE and isinstance(value, list):
        return ", ".join((o.label if (o := field.option(str(v))) else str(v)) for v in value)
    if kind is FieldType.LIST and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return _number(value) if not isinstance(value, str) else value


def _bullets(items: list[str]) -> Flowable:
    return ListFlowable(
        [list_item(para(item, "answer_item"), 20) for item in items],
        bulletType="bullet",
        start="•",
        leftIndent=20,
        bulletColor=INK,
        bulletFontName=fonts.SANS,
    )


def _table(field: Field, rows: list[Any], width: float) -> Flowable:
    columns = field.columns
    data: list[list[Flowable]] = [[para(c.label, "cell_head") for c in columns]]
    for row in rows:
        cells = row if isinstance(row, dict) else {}
        data.append([para(answer_cell(cells.get(c.id)), "cell") for c in columns])
    weights = [2.0 if c.type is FieldType.LONG_TEXT else 1.0 for c in columns]
    widths = [width * w / sum(weights) for w in weights]
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
    return table


def answer_cell(value: Any) -> str:
    return "" if not is_answered(value) else _number(value)


def answer_flowables(field: Field, value: Any, width: float) -> list[Flowable]:
    """The answer itself, laid out for its kind."""
    if not is_answered(value):
        return [para(NO_ANSWER, "help")]
    if field.type is FieldType.TABLE and isinstance(value, list):
        return [_table(field, value, width)]
    if field.type in (FieldType.LIST, FieldType.MULTIPLE_CHOICE) and isinstance(value, list):
        if field.type is FieldType.LIST:
            return [_bullets([str(v) for v in value])]
        return [_bullets([o.label if (o := field.option(str(v))) else str(v) for v in value])]
    return [para(answer_text(field, value), "answer")]


def filled_field(field: Field, value: Any, width: float) -> list[Flowable]:
    """Question, help and the person's answer."""
    return [*field_heading(field), *answer_flowables(field, value, width), Spacer(1, 3)]
