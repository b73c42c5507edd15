"""The printed shapes of answers: writing lines, circles, boxes and scale rows.

Each shape draws for a pen on paper; given a ``name`` it also places an AcroForm
widget (text field, radio button or check box) over the same spot, so the fillable
worksheet looks exactly like the blank one and a PDF reader can type into it.
Widget names are the field ids the module's answers are stored under.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from workbook.core.printing import fonts
from workbook.core.printing.rtl import visual_line
from workbook.core.printing.styles import INK, MUTED, RULE, WRITE_LINE
from workbook.core.printing.text import para as text_para

LINE_GAP = 8 * mm  # room for one handwritten line
MARK_SIZE = 11.0
_FORM_FONT = "Helvetica"  # AcroForm fields must name a standard font; readers substitute as needed


def _acro(canvas: Any) -> Any:
    return canvas.acroForm


class WritingLines(Flowable):
    """Ruled lines to write on; with a name, one text field over them (multi-line if more than one)."""

    def __init__(
        self,
        lines: int,
        width: float,
        *,
        name: str | None = None,
        tooltip: str = "",
        ruled: bool = True,
    ) -> None:
        super().__init__()
        self.ruled = ruled
        self.lines = max(1, lines)
        self.width = width
        self.name = name
        self.tooltip = tooltip
        self.height = self.lines * LINE_GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = int(avail_height // LINE_GAP)
        if self.name or fit < 2 or fit >= self.lines:
            return []  # fillable fields stay whole: a field cut in two would have two names
        return [WritingLines(fit, self.width), WritingLines(self.lines - fit, self.width)]

    def draw(self) -> None:
        if self.ruled:
            self._rule()
        if self.name:
            self._field()

    def _rule(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(WRITE_LINE)
        canvas.setLineWidth(0.6)
        for i in range(self.lines):
            y = self.height - (i + 1) * LINE_GAP + 1.5
            canvas.line(0, y, self.width, y)
        canvas.restoreState()

    def _field(self) -> None:
        _acro(self.canv).textfield(
            name=self.name,
            tooltip=self.tooltip or None,
            x=0,
            y=1.5,
            width=self.width,
            height=self.height - 3,
            fontName=_FORM_FONT,
            fontSize=10 if self.lines == 1 else 0,
            borderWidth=0,
            borderColor=None,
            fillColor=None,
            textColor=INK,
            fieldFlags="multiline doNotSpellCheck" if self.lines > 1 else "doNotSpellCheck",
            relative=True,
        )


class Box(Flowable):
    """A framed box to write a short answer in, with a caption under it (``Day``, ``hours``)."""

    def __init__(
        self,
        width: float,
        caption: str = "",
        *,
        name: str | None = None,
        tooltip: str = "",
        height: float = 8 * mm,
    ) -> None:
        super().__init__()
        self.width = width
        self.box_height = height
        self.caption = caption
        self.name = name
        self.tooltip = tooltip
        self.height = height + (10 if caption else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self.box_height
        canvas.saveState()
        canvas.setStrokeColor(WRITE_LINE)
        canvas.setLineWidth(0.7)
        canvas.roundRect(0, top, self.width, self.box_height, 2)
        if self.caption:
            canvas.setFont(fonts.SANS, 7.5)
            canvas.setFillColor(MUTED)
            caption = visual_line(self.caption, fonts.SANS, 7.5)
            canvas.drawCentredString(self.width / 2, top - 8.5, caption)
        canvas.restoreState()
        if self.name:
            _acro(canvas).textfield(
                name=self.name,
                tooltip=self.tooltip or None,
                x=1,
                y=top + 1,
                width=self.width - 2,
                height=self.box_height - 2,
                fontName=_FORM_FONT,
                fontSize=10,
                borderWidth=0,
                borderColor=None,
                fillColor=None,
                textColor=INK,
                relative=True,
            )


class Mark(Flowable):
    """A circle (pick one) or square (pick any) to tick; with a name, a radio button or check box."""

    def __init__(
        self,
        shape: str = "circle",
        *,
        name: str | None = None,
        value: str = "",
        size: float = MARK_SIZE,
        tooltip: str = "",
    ) -> None:
        super().__init__()
        self.shape = shape
        self.name = name
        self.value = value
        self.size = size
        self.tooltip = tooltip
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        if self.shape == "circle":
            canvas.circle(self.size / 2, self.size / 2, self.size / 2 - 0.5)
        else:
            canvas.rect(0.5, 0.5, self.size - 1, self.size - 1)
        canvas.restoreState()
        if self.name is None:
            return
        # The widget draws only the tick: the outline above looks the same in every reader.
        common: dict[str, Any] = {
            "x": 0,
            "y": 0,
            "size": self.size,
            "borderColor": None,
            "fillColor": None,
            "textColor": INK,
            "borderWidth": 0,
            "tooltip": self.tooltip or None,
            "relative": True,
        }
        if self.shape == "circle":
            _acro(canvas).radio(
                name=self.name,
                value=self.value,
                selected=False,
                buttonStyle="circle",
                shape="circle",
                fieldFlags="noToggleToOff radio",
                **common,
            )
        else:
            _acro(canvas).checkbox(
                name=self.name, buttonStyle="check", shape="square", fieldFlags="", **common
            )


class ScaleRow(Flowable):
    """A row of numbered circles from min to max, with the scale's anchor words under their points."""

    def __init__(
        self,
        points: list[float],
        anchors: dict[float, str],
        width: float,
        *,
        name: str | None = None,
    ) -> None:
        super().__init__()
        self.points = points
        self.anchors = anchors
        self.width = width
        self.name = name
        self.spacing = min(34.0, (width - MARK_SIZE) / max(1, len(points) - 1))
        self._labels: list[tuple[float, Paragraph, float, float]] = []
        self.height = 0.0

    def _x(self, index: int) -> float:
        return MARK_SIZE / 2 + index * self.spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._labels = []
        row_end = self._x(len(self.points) - 1) + MARK_SIZE / 2
        label_height = 0.0
        for index, point in enumerate(self.points):
            text = self.anchors.get(point)
            if not text:
                continue
            is_first, is_last = index == 0, index == len(self.points) - 1
            room = max(60.0, min(row_end * 0.42, self.spacing * 3))
            if is_first:
                left, align = 0.0, "small_left"
            elif is_last:
                left, align = row_end - room, "small_right"
            else:
                left, align = self._x(index) - room / 2, "small_centre"
            para = text_para(text, align)
            _, h = para.wrap(room, 1000)
            self._labels.append((left, para, room, h))
            label_height = max(label_height, h)
        self.height = 11 + MARK_SIZE + (4 + label_height if label_height else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        mark_y = self.height - 11 - MARK_SIZE
        canvas.saveState()
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillColor(MUTED)
        for index, point in enumerate(self.points):
            canvas.drawCentredString(self._x(index), self.height - 8, f"{point:g}")
        canvas.restoreState()
        for index, point in enumerate(self.points):
            mark = Mark("circle", name=self.name, value=f"{point:g}", tooltip=f"{point:g}")
            mark.drawOn(canvas, self._x(index) - MARK_SIZE / 2, mark_y)
        for left, para, _room, h in self._labels:
            para.drawOn(canvas, left, mark_y - 4 - h)


class RuledScale(Flowable):
    """A long scale (say 0–100) as a ruled line to mark, ticked every tenth, with end anchors."""

    def __init__(self, low: float, high: float, anchors: dict[float, str], width: float) -> None:
        super().__init__()
        self.low, self.high = low, high
        self.anchors = anchors
        self.width = min(width, 120 * mm)
        self.height = 34.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - 12
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, self.width, y)
        canvas.setFont(fonts.SANS, 7.5)
        canvas.setFillColor(MUTED)
        for i in range(11):
            x = self.width * i / 10
            canvas.line(x, y - 3, x, y + 3)
            value = self.low + (self.high - self.low) * i / 10
            canvas.drawCentredString(x, y + 5, f"{value:g}")
        canvas.setStrokeColor(RULE)
        low_label = self.anchors.get(self.low, "")
        high_label = self.anchors.get(self.high, "")
        canvas.setFont(fonts.SANS, 8)
        canvas.drawString(0, y - 14, visual_line(low_label, fonts.SANS, 8))
        canvas.drawRightString(self.width, y - 14, visual_line(high_label, fonts.SANS, 8))
        canvas.restoreState()
