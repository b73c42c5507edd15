"""Each kind of question's answer space on paper: blank for a pen, or fillable in a PDF reader.

Room follows the expected answer: one line for ``text``, the author's ``lines`` (or
six) for ``long_text``, numbered lines for a ``list``, a grid with space to write for
a ``table``. Fillable widgets are named by field id; list items ``id.N``, table cells
``id.ROW.COLUMN`` (rows from 1), a multiple-choice box ``id.OPTION``; a choice,
yes/no or scale is one radio group named by the field id.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from workbook.core.language.model import Column, Field, FieldType
from workbook.core.printing import fonts
from workbook.core.printing.styles import RULE, SHADE, WRITE_LINE
from workbook.core.printing.table_widths import fitted_widths
from workbook.core.printing.text import para
from workbook.core.printing.widgets import (
    LINE_GAP,
    MARK_SIZE,
    Box,
    Mark,
    RuledScale,
    ScaleRow,
    WritingLines,
)
from workbook.core.printing.words import printed

DEFAULT_LONG_LINES = 6
DEFAULT_LIST_ITEMS = 5
MIN_TABLE_ROWS = 4
MAX_SCALE_POINTS = 21


def field_heading(field: Field, number: int | None = None) -> list[Flowable]:
    """The question and its help line, as the person reads them on screen."""
    label = f"{number}. {field.label}" if number is not None else field.label
    story: list[Flowable] = [para(label, "label")]
    if field.help:
        story.append(para(field.help, "field_help"))
    return story


def _scale_points(field: Field) -> list[float]:
    low = field.min if field.min is not None else 0
    high = field.max if field.max is not None else 10
    step = field.step or 1
    count = round((high - low) / step) + 1
    return [low + i * step for i in range(max(1, count))]


def _options(
    field: Field, width: float, *, fillable: bool, labels: list[tuple[str, str]]
) -> Flowable:
    """Options as circles (pick one) or squares (pick any), in a row when they fit, else stacked."""
    shape = "square" if field.type is FieldType.MULTIPLE_CHOICE else "circle"

    def mark(value: str) -> Mark:
        if not fillable:
            return Mark(shape)
        if shape == "square":
            return Mark(shape, name=f"{field.id}.{value}", tooltip=value)
        return Mark(shape, name=field.id, value=value, tooltip=value)

    natural = [fonts_width(label) + MARK_SIZE + 22 for _, label in labels]
    if len(labels) <= 6 and sum(natural) <= width:
        row: list[Flowable] = []
        widths: list[float] = []
        for (value, label), room in zip(labels, natural, strict=True):
            row += [mark(value), para(label, "cell")]
            widths += [MARK_SIZE + 6, room - MARK_SIZE - 6]
        table = Table([row], colWidths=widths, hAlign="LEFT")
    else:
        rows = [[mark(value), para(label, "cell")] for value, label in labels]
        table = Table(rows, colWidths=[MARK_SIZE + 8, width - MARK_SIZE - 8], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def fonts_width(text: str, size: float = 9.5) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, fonts.SANS, size))


def _column_weight(column: Column) -> float:
    return 2.0 if column.type is FieldType.LONG_TEXT else 1.0


def column_widths(columns: tuple[Column, ...], width: float) -> list[float]:
    """Share ``width`` by weight, but never so narrow that a header word breaks in two."""
    heads = [[para(c.label, "cell_head") for c in columns]]
    return fitted_widths(heads, width, [_column_weight(c) for c in columns], padding=6.0)


def _grid(field: Field, width: float, *, fillable: bool) -> Flowable:
    """A table to write in: a header row and empty rows tall enough for the answers."""
    columns = field.columns
    widths = column_widths(columns, width)
    tall = any(c.type is FieldType.LONG_TEXT for c in columns)
    row_height = 3 * LINE_GAP if tall else 1.4 * LINE_GAP
    count = max(field.rows, field.lines or 0, MIN_TABLE_ROWS)
    rows: list[list[Flowable | str]] = [[para(c.label, "cell_head") for c in columns]]
    for row in range(1, count + 1):
        cells: list[Flowable | str] = []
        for column, cell_width in zip(columns, widths, strict=True):
            if fillable:
                lines = 3 if tall and column.type is FieldType.LONG_TEXT else 1
                name = f"{field.id}.{row}.{column.id}"
                cells.append(
                    WritingLines(
                        lines, cell_width - 6, name=name, tooltip=column.label, ruled=False
                    )
                )
            else:
                cells.append("")
        rows.append(cells)
    heights: list[float | None] = [None] + [row_height] * count
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, WRITE_LINE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _record_blocks(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    """A wide table (many columns) as one block per row, each column a labelled writing space."""
    label_width = min(45 * mm, width * 0.3)
    blocks: list[Flowable] = []
    item = field.item_label or printed("entry")
    for row in range(1, max(field.rows, field.lines or 0, 2) + 1):
        lines: list[list[Any]] = []
        for column in field.columns:
            count = 3 if column.type is FieldType.LONG_TEXT else 1
            name = f"{field.id}.{row}.{column.id}" if fillable else None
            label: list[Flowable] = [para(column.label, "cell_head")]
            if column.help:
                label.append(para(column.help, "help"))
            lines.append(
                [
                    label,
                    WritingLines(count, width - label_width, name=name, tooltip=column.label),
                ]
            )
        table = Table(lines, colWidths=[label_width, width - label_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (0, -1), 8),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                ]
            )
        )
        blocks += [para(f"{item} {row}", "field_help"), table, Spacer(1, 6)]
    return blocks


#: More columns than this and a table prints as one block per row, so each answer has room.
MAX_GRID_COLUMNS = 4


def _number(field: Field, fillable: bool) -> Flowable:
    caption = field.unit or ""
    if field.min is not None and field.max is not None:
        caption = f"{caption} ({field.min:g}–{field.max:g})".strip()
    return Box(32 * mm, caption, name=field.id if fillable else None, tooltip=caption)


def _date_or_time(field: Field, fillable: bool) -> Flowable:
    if fillable:
        hint = "YYYY-MM-DD" if field.type is FieldType.DATE else "HH:MM"
        return Box(34 * mm, hint, name=field.id, tooltip=hint)
    parts = (
        [(printed("day"), 12 * mm), (printed("month"), 12 * mm), (printed("year"), 18 * mm)]
        if field.type is FieldType.DATE
        else [(printed("hour"), 12 * mm), (printed("minute"), 12 * mm)]
    )
    boxes: list[Flowable] = [Box(w, caption) for caption, w in parts]
    table = Table([boxes], colWidths=[w + 4 * mm for _, w in parts], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def text_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    name = field.id if fillable else None
    return [WritingLines(field.lines or 1, width, name=name, tooltip=field.label)]


def long_text_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    lines = field.lines or DEFAULT_LONG_LINES
    name = field.id if fillable else None
    return [WritingLines(lines, width, name=name, tooltip=field.label)]


def number_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    return [_number(field, fillable)]


def date_or_time_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    return [_date_or_time(field, fillable)]


def yes_no_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    return [
        _options(
            field, width, fillable=fillable, labels=[("yes", printed("yes")), ("no", printed("no"))]
        )
    ]


def options_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    labels = [(o.value, o.label) for o in field.options]
    return [_options(field, width, fillable=fillable, labels=labels)]


def scale_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    points = _scale_points(field)
    anchors = {a.value: a.label for a in field.anchors}
    if len(points) > MAX_SCALE_POINTS:
        ruled: list[Flowable] = [RuledScale(points[0], points[-1], anchors, width)]
        if fillable:
            ruled.append(Box(24 * mm, "your number", name=field.id, tooltip=field.label))
        return ruled
    return [ScaleRow(points, anchors, width, name=field.id if fillable else None)]


def list_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    count = field.lines or int(field.validation.min or 0) or DEFAULT_LIST_ITEMS
    item = field.item_label or printed("item")
    rows = [
        [
            para(f"{i}.", "cell"),
            WritingLines(
                1,
                width - 22,
                name=f"{field.id}.{i}" if fillable else None,
                tooltip=f"{item} {i}",
            ),
        ]
        for i in range(1, count + 1)
    ]
    table = Table(rows, colWidths=[22, width - 22], hAlign="LEFT")
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [table]


def table_space(field: Field, width: float, *, fillable: bool) -> list[Flowable]:
    if len(field.columns) > MAX_GRID_COLUMNS:
        return _record_blocks(field, width, fillable=fillable)
    return [_grid(field, width, fillable=fillable)]


__all__ = [
    "column_widths",
    "date_or_time_space",
    "field_heading",
    "list_space",
    "long_text_space",
    "number_space",
    "options_space",
    "scale_space",
    "table_space",
    "text_space",
    "yes_no_space",
]
