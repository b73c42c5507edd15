"""Charts put each point on its own day and stop at today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCharts import QDateTimeAxis, QLineSeries
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from workbook.ui.progress import charts as progress_charts
from workbook.ui.progress.charts import RATING_COLOURS, checkin_chart
from workbook.ui.widgets import theme


def _noon_ms(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp() * 1000


def test_checkin_points_sit_on_their_day_and_the_axis_stops_at_today(qtbot: QtBot) -> None:
    """A check-in made today is drawn at today's noon; the date axis ends by tomorrow
    00:00, not days into the future."""
    today = date.today()
    rows = [(today - timedelta(days=1), {"mood": 4}), (today, {"mood": 6})]
    view = checkin_chart(rows, ["mood"], today - timedelta(days=30), today)
    qtbot.addWidget(view)
    chart = view.chart()
    (series,) = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [p.x() for p in series.points()] == [_noon_ms(d) for d, _ in rows]
    (axis,) = [a for a in chart.axes() if isinstance(a, QDateTimeAxis)]
    tomorrow = datetime.combine(today + timedelta(days=1), time(0))
    assert axis.max().toMSecsSinceEpoch() <= tomorrow.timestamp() * 1000


def test_a_moment_keeps_its_own_time_zone() -> None:
    """A result finished at 09:00 in New Zealand (21:00 UTC the day before) is drawn at that
    instant, not twelve hours away from it."""
    nz = timezone(timedelta(hours=12))
    finished = datetime(2026, 3, 5, 9, 0, tzinfo=nz)
    assert progress_charts._ms(finished) == finished.timestamp() * 1000


def test_mood_and_energy_lines_are_far_apart_in_colour() -> None:
    """Mood and Energy were two near-identical greens; now they differ clearly (light and dark)."""
    mood, energy = RATING_COLOURS[0], RATING_COLOURS[3]
    for palette in (theme.LIGHT, theme.DARK):
        a, b = QColor(getattr(palette, mood)), QColor(getattr(palette, energy))
        distance = abs(a.hue() - b.hue()) % 360
        assert min(distance, 360 - distance) > 60, (palette.dark, a.name(), b.name())
