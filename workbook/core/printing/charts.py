"""Charts for the progress report: a score over time on its shaded severity bands, and check-in trends.

Drawn with reportlab graphics (vector, no Qt). Bands are tinted from mild to severe
so the reader sees at a glance which range each score fell in; the band names are
written on the chart, so it still reads in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from workbook.core.language.model import Better, Score
from workbook.core.printing import fonts
from workbook.core.printing.rtl import visual_line
from workbook.core.printing.styles import ACCENT, BAND_FILLS, INK, MUTED, RISK_INK, RULE
from workbook.core.printing.words import printed_day, printed_month

Point = tuple[date, float]

LEFT_GUTTER = 30.0
BAND_GUTTER = 78.0  # room right of a score chart for the band names
X_PAD = 8.0  # keeps the first and last points off the axes
BOTTOM_GUTTER = 16.0
TOP_GAP = 6.0


def _date_label(day: date, span_days: int) -> str:
    if span_days > 120:
        return printed_month(day, month="short")
    return printed_day(day, month="short", year=False)


def _range(points: Sequence[Point], low: float | None, high: float | None) -> tuple[float, float]:
    values = [v for _, v in points]
    lo = low if low is not None else min([*values, 0.0])
    hi = high if high is not None else max([*values, lo + 1])
    if hi <= lo:
        hi = lo + 1
    return lo, hi


class _Plot:
    """Maps dates and values into the drawing's plot area."""

    def __init__(
        self,
        width: float,
        height: float,
        start: date,
        end: date,
        lo: float,
        hi: float,
        right: float = 4.0,
    ) -> None:
        self.x0, self.y0 = LEFT_GUTTER, BOTTOM_GUTTER
        self.w = width - LEFT_GUTTER - right
        self.h = height - BOTTOM_GUTTER - TOP_GAP
        self.start, self.days = start, max(1, (end - start).days)
        self.lo, self.hi = lo, hi

    def x(self, day: date) -> float:
        return self.x0 + X_PAD + (self.w - 2 * X_PAD) * (day - self.start).days / self.days

    def y(self, value: float) -> float:
        clamped = min(max(value, self.lo), self.hi)
        return self.y0 + self.h * (clamped - self.lo) / (self.hi - self.lo)


def _axes(drawing: Drawing, plot: _Plot, end: date, ticks: Sequence[float]) -> None:
    drawing.add(Line(plot.x0, plot.y0, plot.x0 + plot.w, plot.y0, strokeColor=RULE))
    drawing.add(Line(plot.x0, plot.y0, plot.x0, plot.y0 + plot.h, strokeColor=RULE))
    for value in ticks:
        y = plot.y(value)
        drawing.add(Line(plot.x0 - 3, y, plot.x0, y, strokeColor=RULE))
        drawing.add(
            String(
                plot.x0 - 5,
                y - 3,
                f"{value:g}",
                fontName=fonts.SANS,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    span = plot.days
    labels = [(plot.start, "start"), (end, "end")]
    if span > 60:
        labels.insert(1, (plot.start + timedelta(days=span // 2), "middle"))
    for day, where in labels:
        anchor = {"start": "start", "end": "end", "middle": "middle"}[where]
        drawing.add(
            String(
                plot.x(day),
                plot.y0 - 11,
                _date_label(day, span),
                fontName=fonts.SANS,
                fontSize=7,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )


def _ticks(lo: float, hi: float) -> list[float]:
    span = hi - lo
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= 6), span / 5)
    first = lo if lo % step == 0 else lo + (step - lo % step)
    ticks = []
    value = first
    while value <= hi + 1e-9:
        ticks.append(round(value, 6))
        value += step
    return ticks


def _line(drawing: Drawing, plot: _Plot, points: Sequence[Point], dots: bool) -> None:
    coords: list[float] = []
    for day, value in points:
        coords += [plot.x(day), plot.y(value)]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.4))
    if dots or len(points) == 1:
        for day, value in points:
            drawing.add(
                Circle(
                    plot.x(day),
                    plot.y(value),
                    2.6,
                    fillColor=ACCENT,
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )


def score_chart(
    points: Sequence[Point],
    score: Score,
    width: float,
    height: float = 130,
    *,
    risk_days: Sequence[date] = (),
) -> Drawing:
    """A score over time with its bands shaded behind; dates on x, the score's range on y.

    Administrations on ``risk_days`` (where a risk answer was given) get a red square and
    a "!" above them, so the chart never hides one.
    """
    points = sorted(points)
    drawing = Drawing(width, height)
    if not points:
        return drawing
    lo, hi = _range(points, score.min, score.max)
    start, end = points[0][0], points[-1][0]
    if start == end:
        start, end = start - timedelta(days=7), end + timedelta(days=7)
    plot = _Plot(width, height, start, end, lo, hi, right=BAND_GUTTER)
    bands = [b for b in score.bands if b.lower < hi]
    fills = list(BAND_FILLS[: len(bands)])
    if score.better is Better.HIGHER:
        fills.reverse()
    for index, band in enumerate(bands):
        bottom = max(band.lower, lo)
        top = bands[index + 1].lower if index + 1 < len(bands) else hi
        y0, y1 = plot.y(bottom), plot.y(top)
        drawing.add(Rect(plot.x0, y0, plot.w, y1 - y0, fillColor=fills[index], strokeColor=None))
        if y1 - y0 >= 8:
            drawing.add(
                String(
                    plot.x0 + plot.w + 4,
                    (y0 + y1) / 2 - 2.5,
                    visual_line(band.label, fonts.SANS, 6.5),
                    fontName=fonts.SANS,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="start",
                )
            )
    if score.caseness is not None and lo <= score.caseness <= hi:
        y = plot.y(score.caseness)
        drawing.add(
            Line(
                plot.x0,
                y,
                plot.x0 + plot.w,
                y,
                strokeColor=INK,
                strokeWidth=0.6,
                strokeDashArray=[3, 2],
            )
        )
    _axes(drawing, plot, end, _ticks(lo, hi))
    _line(drawing, plot, points, dots=len(points) <= 60)
    for day, value in points:
        if day in risk_days:
            _risk_marker(drawing, plot.x(day), plot.y(value))
    return drawing


def _risk_marker(drawing: Drawing, x: float, y: float) -> None:
    drawing.add(Rect(x - 4.5, y - 4.5, 9, 9, fillColor=None, strokeColor=RISK_INK, strokeWidth=1.4))
    drawing.add(
        String(
            x,
            y + 7,
            "!",
            fontName=fonts.SANS_BOLD,
            fontSize=8,
            fillColor=RISK_INK,
            textAnchor="middle",
        )
    )


def weekly_means(points: Sequence[Point]) -> list[Point]:
    """Daily values averaged per week (dated on the week's Monday), so years of data stay readable."""
    weeks: dict[date, list[float]] = {}
    for day, value in points:
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(value)
    return [(monday, sum(vs) / len(vs)) for monday, vs in sorted(weeks.items())]


def trend_chart(
    points: Sequence[Point],
    title: str,
    width: float,
    height: float = 90,
    *,
    low: float = 0,
    high: float = 10,
) -> Drawing:
    """A small 0–10 check-in trend with its title; long spans are shown as weekly averages."""
    points = sorted(points)
    drawing = Drawing(width, height)
    drawing.add(
        String(
            LEFT_GUTTER,
            height - 8,
            visual_line(title, fonts.SANS_BOLD, 8),
            fontName=fonts.SANS_BOLD,
            fontSize=8,
            fillColor=INK,
        )
    )
    if not points:
        return drawing
    if (points[-1][0] - points[0][0]).days > 120:
        points = weekly_means(points)
    start, end = points[0][0], points[-1][0]
    if start == end:
        start, end = start - timedelta(days=3), end + timedelta(days=3)
    plot = _Plot(width, height - 10, start, end, low, high)
    _axes(drawing, plot, end, [low, (low + high) / 2, high])
    _line(drawing, plot, points, dots=len(points) <= 31)
    return drawing
