"""The Progress screen's charts (QtCharts) and their table twins for screen readers.

A measure chart draws each severity band as a soft coloured area behind the line,
names the bands on the right-hand axis, and marks every administration with a point
labelled with its value. Colours come from the theme, so both schemes stay readable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from workbook.core.language.model import Better
from workbook.core.progress_data import CHECKIN_RATINGS, MeasureSeries
from workbook.core.scoring import format_number
from workbook.core.wording.dates import date_in_words
from workbook.ui.widgets import theme

#: Line colours (theme colour names) and dash patterns for the check-in ratings, in
#: CHECKIN_RATINGS order; the dashes tell the lines apart without relying on colour.
#: Mood (teal) and Energy once shared a green; Energy is red-brown now, far from it.
RATING_COLOURS = ("accent", "warning", "focus", "danger")
RATING_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
#: A gap of more than this many days between check-ins breaks the line.
JOIN_GAP_DAYS = 3


def _ms(moment: datetime | date) -> float:
    """Milliseconds since the epoch; a day is drawn at its local noon, in the middle of
    its date on the axis. ``timestamp()`` honours a moment's own time zone (QDateTime
    built from an aware datetime drops it, which drew points up to half a day off)."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(12, 0))
    return moment.timestamp() * 1000


def _end_of_today() -> float:
    return datetime.combine(date.today() + timedelta(days=1), time(0, 0)).timestamp() * 1000


def band_colours(count: int, better: Better) -> list[QColor]:
    """Calm green through amber to soft red, from the best band to the worst."""
    palette = theme.palette()
    good, middle, bad = (
        QColor(palette.success_soft),
        QColor(palette.warning_soft),
        QColor(palette.danger_soft),
    )
    colours = []
    for index in range(count):
        t = index / (count - 1) if count > 1 else 0.0
        a, b, f = (good, middle, t * 2) if t <= 0.5 else (middle, bad, (t - 0.5) * 2)
        colours.append(
            QColor(
                round(a.red() + (b.red() - a.red()) * f),
                round(a.green() + (b.green() - a.green()) * f),
                round(a.blue() + (b.blue() - a.blue()) * f),
            )
        )
    return colours if better == Better.LOWER else colours[::-1]


def nice_step(span: float, ticks: int = 6) -> float:
    """A round tick interval (1, 2, 5, 10, 20, 25, 50…) giving about ``ticks`` intervals."""
    rough = max(span / ticks, 1e-9)
    magnitude = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _base_chart() -> QChart:
    palette = theme.palette()
    chart = QChart()
    chart.setBackgroundBrush(QBrush(QColor(palette.surface)))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setLabelColor(QColor(palette.text))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _style_axis(axis: QValueAxis | QDateTimeAxis | QCategoryAxis) -> None:
    palette = theme.palette()
    axis.setLabelsColor(QColor(palette.text))
    axis.setGridLineColor(QColor(palette.border))
    axis.setLinePenColor(QColor(palette.border))


def _date_axis(first: float, last: float, chart: QChart) -> QDateTimeAxis:
    pad = max((last - first) * 0.05, timedelta(days=3).total_seconds() * 1000)
    axis = QDateTimeAxis()
    axis.setFormat("d MMM yy")
    axis.setTickCount(6)
    # a little room on both sides, but never past today: the future holds no data
    end = max(min(last + pad, _end_of_today()), last + timedelta(hours=12).total_seconds() * 1000)
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(first - pad)),
        QDateTime.fromMSecsSinceEpoch(int(end)),
    )
    _style_axis(axis)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _view(chart: QChart, name: str, description: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(280)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the keyboard route
    return view


def measure_chart(series: MeasureSeries) -> QChartView:
    """Band areas behind the line, a point per administration, dates along the bottom."""
    palette = theme.palette()
    chart = _base_chart()
    chart.legend().hide()
    xs = [_ms(p.when) for p in series.points]
    date_axis = _date_axis(min(xs), max(xs), chart)
    x0, x1 = date_axis.min().toMSecsSinceEpoch(), date_axis.max().toMSecsSinceEpoch()
    low, high = series.low, series.high
    value_axis = QValueAxis()
    value_axis.setRange(low, high)
    value_axis.setLabelFormat("%d")
    value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    value_axis.setTickAnchor(low)
    value_axis.setTickInterval(nice_step(high - low))
    _style_axis(value_axis)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)

    bands = series.score.bands
    band_axis = QCategoryAxis()
    band_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    band_axis.setRange(low, high)
    band_axis.setStartValue(low)
    _style_axis(band_axis)
    band_axis.setGridLineVisible(False)
    for index, (band, colour) in enumerate(
        zip(bands, band_colours(len(bands), series.score.better), strict=True)
    ):
        lower = max(band.lower, low)
        upper = min(bands[index + 1].lower if index + 1 < len(bands) else high, high)
        if upper <= lower:
            continue
        top, bottom = QLineSeries(), QLineSeries()
        top.append(x0, upper)
        top.append(x1, upper)
        bottom.append(x0, lower)
        bottom.append(x1, lower)
        area = QAreaSeries(top, bottom)
        area.setName(band.label)
        area.setBrush(QBrush(colour))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        top.setParent(area)
        bottom.setParent(area)
        chart.addSeries(area)
        area.attachAxis(date_axis)
        area.attachAxis(value_axis)
        band_axis.append(band.label, upper)
    if bands:
        chart.addAxis(band_axis, Qt.AlignmentFlag.AlignRight)

    line = QLineSeries()
    line.setName(series.score.label)
    line.setPen(QPen(QColor(palette.accent), 2.5))
    points = QScatterSeries()
    points.setName(f"{series.score.label} results")
    points.setMarkerSize(11)
    points.setColor(QColor(palette.accent))
    points.setBorderColor(QColor(palette.surface))
    points.setPointLabelsVisible(True)
    points.setPointLabelsFormat("@yPoint")
    points.setPointLabelsColor(QColor(palette.text))
    points.setPointLabelsClipping(False)
    for x, point in zip(xs, series.points, strict=True):
        line.append(x, point.value)
        points.append(x, point.value)
    drawn_series: list[QLineSeries | QScatterSeries] = [line, points]
    if any(p.risks for p in series.points):
        drawn_series.append(_risk_markers(series, xs))
    for drawn in drawn_series:
        chart.addSeries(drawn)
        drawn.attachAxis(date_axis)
        drawn.attachAxis(value_axis)
    return _view(
        chart,
        QCoreApplication.translate("ProgressCharts", "{title} over time, chart").format(
            title=series.title
        ),
        series.summary(),
    )


def _risk_markers(series: MeasureSeries, xs: Sequence[float]) -> QScatterSeries:
    """A larger red square round each administration that raised a risk flag."""
    palette = theme.palette()
    markers = QScatterSeries()
    markers.setName(QCoreApplication.translate("ProgressCharts", "Risk answer"))
    markers.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    markers.setMarkerSize(17)
    markers.setColor(QColor(0, 0, 0, 0))
    markers.setBorderColor(QColor(palette.danger))
    markers.setPen(QPen(QColor(palette.danger), 2.5))
    for x, point in zip(xs, series.points, strict=True):
        if point.risks:
            markers.append(x, point.value)
    return markers


def checkin_chart(
    rows: Sequence[tuple[date, dict[str, int | None]]], shown: Sequence[str], start: date, end: date
) -> QChartView:
    """One line per chosen rating (0–10), days with no answer left as gaps."""
    chart = _base_chart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    date_axis = _date_axis(_ms(start), _ms(end), chart)
    value_axis = QValueAxis()
    value_axis.setRange(0, 10)
    value_axis.setTickCount(6)
    value_axis.setLabelFormat("%d")
    _style_axis(value_axis)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    styles = zip(CHECKIN_RATINGS, RATING_COLOURS, RATING_DASHES, strict=True)
    for (key, words), colour, dash in styles:
        if key not in shown:
            continue
        segment: QLineSeries | None = None
        previous: date | None = None
        for day, values in rows:
            value = values.get(key)
            if value is None:
                continue
            if previous is None or (day - previous).days > JOIN_GAP_DAYS:
                segment = None  # a long gap breaks the line rather than suggesting values
            if segment is None:
                segment = QLineSeries()
                segment.setName(QCoreApplication.translate("ProgressData", words))
                pen = QPen(theme.color(colour), 2.2)
                pen.setStyle(dash)
                segment.setPen(pen)
                segment.setPointsVisible(len(rows) <= 45)
                chart.addSeries(segment)
                segment.attachAxis(date_axis)
                segment.attachAxis(value_axis)
            segment.append(_ms(day), value)
            previous = day
        # One legend entry per rating, however many segments it has.
        markers = [m for m in chart.legend().markers() if m.label() == words]
        for marker in markers[1:]:
            marker.setVisible(False)
    days = len(rows)
    described = QCoreApplication.translate(
        "ProgressCharts", "Daily check-ins from {start} to {end}: %n day(s) recorded.", None, days
    ).format(start=date_in_words(start), end=date_in_words(end))
    return _view(
        chart, QCoreApplication.translate("ProgressCharts", "Check-in trends, chart"), described
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> QTableWidget:
    """A read-only table: the chart's data for keyboard and screen-reader users."""
    widget = QTableWidget(len(rows), len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAccessibleName(name)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            widget.setItem(r, c, item)
    widget.resizeRowsToContents()
    return widget


def fit_height(widget: QTableWidget, most: int = 420) -> None:
    """Make a short table exactly as tall as its rows; a long one scrolls inside ``most``."""
    rows = widget.verticalHeader().length()
    height = widget.horizontalHeader().sizeHint().height() + rows + 2 * widget.frameWidth() + 2
    widget.setFixedHeight(min(height, most))


def measure_table(series: MeasureSeries) -> QTableWidget:
    rows = [
        (
            date_in_words(p.when),
            format_number(p.value),
            p.band or "",
            "; ".join(answer for r in p.risks for answer in r.brief),
        )
        for p in reversed(series.points)
    ]
    headers: tuple[str, ...] = (
        QCoreApplication.translate("ProgressCharts", "Date"),
        series.score.label,
        QCoreApplication.translate("ProgressCharts", "Band"),
        QCoreApplication.translate("ProgressCharts", "Risk answer"),
    )
    shown: list[tuple[str, ...]] = list(rows)
    if not any(p.risks for p in series.points):
        headers, shown = headers[:3], [row[:3] for row in rows]
    return table(
        headers,
        shown,
        QCoreApplication.translate("ProgressCharts", "{title} results, table").format(
            title=series.title
        ),
    )


def checkin_table(rows: Sequence[tuple[date, dict[str, int | None]]]) -> QTableWidget:
    shown = [
        (
            date_in_words(day, month="short", weekday="short"),
            *("" if values.get(k) is None else str(values.get(k)) for k, _ in CHECKIN_RATINGS),
        )
        for day, values in reversed(rows)
    ]
    return table(
        (
            QCoreApplication.translate("ProgressCharts", "Day"),
            *(QCoreApplication.translate("ProgressData", words) for _, words in CHECKIN_RATINGS),
        ),
        shown,
        QCoreApplication.translate("ProgressCharts", "Check-ins, table"),
    )
