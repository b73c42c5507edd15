"""Each kind of question's answer space on paper: blank for a pen, or fillable in a PDF reader.

Room follows the expected answer: one line for ``text``, the author's ``lines`` (or
six) for ``long_text``, numbered lines for a ``list``, a grid with space to write for
a ``table``. Fillable widgets are named by field id; list items ``id.N``, table cells
``id.ROW.COLUMN`` (rows from 1), a multiple-choice box ``id.OPTION``; a choice,
yes/no or scale is one radio group named by the field id.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from workbook.core.language.model import Column, Field, FieldType
from workbook.core.printing import fonts
from workbook.core.printing.styles import SHADE, WRITE_LINE
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
from workbook.core.wording.dates import month_first

DEFAULT_LONG_LINES = 6
DEFAULT_LIST_ITEMS = 5
MIN_TABLE_ROWS = 4
MAX_SCALE_POINTS = 21


def field_heading(
    field: Field, number: int | None = None, cue: str | None = None
) -> list[Flowable]:
    """The question and its help line, as the person reads them on screen; ``cue`` says
    when a follow-up question applies (paper can't hide it)."""
    label = f"{number}. {field.label}" if number is not None else field.label
    story: list[Flowable] = [para(label, "label")]
    if cue:
        story.append(para(cue, "cue"))
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


def printed_rows(field: Field) -> int:
    """Exactly the author's ``rows:``; without it, room for a few entries."""
    return field.rows if field.rows_set else max(field.lines or 0, MIN_TABLE_ROWS)


def _head(column: Column) -> Flowable | list[Flowable]:
    if not column.help:
        return para(column.label, "cell_head")
    return [para(column.label, "cell_head"), para(column.help, "help")]


def _grid(field: Field, width: float, *, fillable: bool, height: float | None = None) -> Flowable:
    """A table to write in: a header row and empty rows tall enough for the answers.

    ``height``: the room the grid may fill (a turned page of its own); its rows then
    share what the header leaves, up to a generous most, so one row is a real space.
    """
    columns = field.columns
    widths = column_widths(columns, width)
    tall = any(c.type is FieldType.LONG_TEXT for c in columns)
    row_height = 3 * LINE_GAP if tall else 1.4 * LINE_GAP
    count = printed_rows(field)
    if height is not None:
        head_room = max(_head_height(columns, widths), 2 * LINE_GAP)
        room = height - head_room - 2  # a hair of slack: rounding must not push it over
        row_height = max(row_height, min(room / count, MAX_TURNED_ROW))
    rows: list[list[Flowable | str | list[Flowable]]] = [[_head(c) for c in columns]]
    for row in range(1, count + 1):
        cells: list[Flowable | str | list[Flowable]] = []
        for column, cell_width in zip(columns, widths, strict=True):
            if fillable:
                lines = 3 if tall and column.type is FieldType.LONG_TEXT else 1
                if height is not None:  # a tall row: the typed field fills its cell
                    lines = max(lines, int((row_height - 6) // LINE_GAP))
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


def _head_height(columns: tuple[Column, ...], widths: list[float]) -> float:
    tallest = 0.0
    for column, cell_width in zip(columns, widths, strict=True):
        head = _head(column)
        parts = head if isinstance(head, list) else [head]
        tallest = max(tallest, sum(p.wrap(cell_width - 6, 10_000)[1] for p in parts))
    return tallest + 8


#: A grid narrower than this per column goes on a turned (landscape) page of its own.
MIN_CELL_WIDTH = 30 * mm
#: However few rows a turned grid has, none is taller than this.
MAX_TURNED_ROW = 120 * mm


def needs_turned_page(field: Field, width: float) -> bool:
    """A table too wide to write in on an upright page (an activity schedule, a thought record)."""
    return field.type is FieldType.TABLE and len(field.columns) * MIN_CELL_WIDTH > width


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
        date_boxes()
        if field.type is FieldType.DATE
        else [(printed("hour"), 12 * mm), (printed("minute"), 12 * mm)]
    )
    boxes: list[Flowable] = [Box(w, caption) for caption, w in parts]
    table = Table([boxes], colWidths=[w + 4 * mm for _, w in parts], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def date_boxes() -> list[tuple[str, float]]:
    """Day, month and year boxes in the order the person writes a date (month first in the US)."""
    day, month, year = (
        (printed("day"), 12 * mm),
        (printed("month"), 12 * mm),
        (printed("year"), 18 * mm),
    )
    return [month, day, year] if month_first() else [day, month, year]


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
    return [_grid(field, width, fillable=fillable)]


class _FillingGrid(Flowable):
    """A question and its table's grid, the rows sharing the height left on the page.

    The room is known only at layout, so the grid is made in ``wrap``. The question's
    words are drawn inside this flowable, not glued to it: glued, they and a grid that
    fills the page would never fit together and both would move to the next page.
    """

    def __init__(
        self, above: list[Flowable], field: Field, width: float, *, fillable: bool
    ) -> None:
        super().__init__()
        self.above, self.field, self.width, self.fillable = above, field, width, fillable
        self.table: Table | None = None
        self.heights: list[float] = []
        self.total = 0.0

    def _above_height(self, avail_width: float, avail_height: float) -> float:
        self.heights = [
            float(f.wrap(avail_width, avail_height)[1]) + f.getSpaceAfter() for f in self.above
        ]
        return sum(self.heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        above = self._above_height(avail_width, avail_height)
        self.table = _grid(
            self.field, avail_width, fillable=self.fillable, height=avail_height - above
        )
        _width, height = self.table.wrap(avail_width, avail_height - above)
        self.total = above + float(height)
        return avail_width, self.total

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Too many rows for one page: the words, then the grid over as many pages as it needs."""
        above = self._above_height(avail_width, avail_height)
        table = _grid(self.field, avail_width, fillable=self.fillable)
        parts = table.split(avail_width, avail_height - above)
        return [*self.above, *parts] if parts else []

    def draw(self) -> None:
        assert self.table is not None
        top = self.total
        for flowable, height in zip(self.above, self.heights, strict=True):
            top -= height
            flowable.drawOn(self.canv, 0, top + flowable.getSpaceAfter())
        self.table.drawOn(self.canv, 0, 0)


def filling_grid(above: list[Flowable], field: Field, width: float, *, fillable: bool) -> Flowable:
    """``above`` (the question) and its table's grid, filling the rest of the page."""
    return _FillingGrid(above, field, width, fillable=fillable)


__all__ = [
    "column_widths",
    "date_or_time_space",
    "field_heading",
    "filling_grid",
    "list_space",
    "long_text_space",
    "needs_turned_page",
    "number_space",
    "options_space",
    "scale_space",
    "table_space",
    "text_space",
    "yes_no_space",
]
