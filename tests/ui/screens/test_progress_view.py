"""The Progress screen: a chart per questionnaire with bands, check-in trends, tables, goals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import screens_sample
from PySide6.QtCharts import QAreaSeries, QChartView, QLineSeries, QScatterSeries
from PySide6.QtWidgets import QCheckBox, QComboBox, QTableWidget
from pytestqt.qtbot import QtBot
from screens_fakes import FakeService

from workbook.core.language import load_program
from workbook.core.language.model import Program
from workbook.paths import builtin_program_dir
from workbook.ui.progress.view import ProgressScreen


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(builtin_program_dir())


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory: pytest.TempPathFactory, program: Program) -> Iterator[Any]:
    """Months of sample data, written once for this file's tests (they only read it)."""
    from workbook.core.store import create_workbook

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBOOK_DATA_DIR", str(tmp_path_factory.mktemp("sample")))
        patch.setenv("WORKBOOK_INSECURE_TEST_KDF", "1")
        workbook, _key = create_workbook("Sample", "a calm morning by the sea")
        screens_sample.populate(workbook, program)
    yield workbook
    workbook.close()


@pytest.fixture
def screen(qtbot: QtBot, sample_workbook: Any, program: Program) -> ProgressScreen:
    widget = ProgressScreen(FakeService(program, sample_workbook))
    qtbot.addWidget(widget)
    return widget


def series_of(view: QChartView, kind: type) -> list[Any]:
    return [s for s in view.chart().series() if isinstance(s, kind)]


def test_one_point_per_administration(screen: ProgressScreen) -> None:
    """Each questionnaire's chart has exactly one point for every time it was filled in."""
    titles = [s.title for s in screen.series]
    assert titles[:3] == [
        "Mood questionnaire (PHQ-9)",
        "Anxiety questionnaire (GAD-7)",
        "Wellbeing questionnaire (WHO-5)",
    ]
    phq9 = screen.measure_views[0]
    [points] = series_of(phq9, QScatterSeries)
    assert [p.y() for p in points.points()] == [19, 16, 12, 9, 6]
    [line] = [s for s in series_of(phq9, QLineSeries) if not isinstance(s, QScatterSeries)]
    assert line.count() == 5


def test_bands_are_drawn_behind_the_line(screen: ProgressScreen) -> None:
    """Every severity band of the PHQ-9 is a shaded area named after the band, behind the line."""
    phq9 = screen.measure_views[0]
    areas = series_of(phq9, QAreaSeries)
    assert [a.name() for a in areas] == [
        "Minimal",
        "Mild",
        "Moderate",
        "Moderately severe",
        "Severe",
    ]
    order = phq9.chart().series()
    assert all(order.index(a) < order.index(series_of(phq9, QScatterSeries)[0]) for a in areas)
    assert (areas[1].lowerSeries().at(0).y(), areas[1].upperSeries().at(0).y()) == (5, 10)


def test_chart_has_a_table_twin_and_a_spoken_summary(screen: ProgressScreen) -> None:
    """Screen-reader users get the same results as a table, and the chart describes itself."""
    names = {t.accessibleName(): t for t in screen.findChildren(QTableWidget)}
    table = names["Mood questionnaire (PHQ-9) results, table"]
    assert table.rowCount() == 5
    assert table.item(0, 1).text() == "6" and table.item(0, 2).text() == "Mild"
    assert "Reliable improvement" in screen.measure_views[0].accessibleDescription()


def test_checkin_period_and_lines_can_be_chosen(qtbot: QtBot, screen: ProgressScreen) -> None:
    """Choosing a longer period shows more days; unticking a rating removes its line."""
    thirty = len(screen.checkin_rows)
    assert 20 <= thirty <= 30
    period = next(
        c for c in screen.findChildren(QComboBox) if c.accessibleName() == "Check-in period"
    )
    period.setCurrentIndex(period.findData(90))
    qtbot.waitUntil(lambda: len(screen.checkin_rows) > thirty)
    anxiety = next(c for c in screen.findChildren(QCheckBox) if c.text() == "Anxiety")
    anxiety.setChecked(False)

    def lines() -> set[str]:
        view = screen.checkin_view
        return {s.name() for s in view.chart().series()} if view is not None else set()

    qtbot.waitUntil(lambda: lines() == {"Mood", "Sleep", "Energy"})


def test_goals_and_finished_modules_are_listed(screen: ProgressScreen) -> None:
    """Goals show their status and latest review; finished modules show how often."""
    names = {t.accessibleName(): t for t in screen.findChildren(QTableWidget)}
    goals = names["Goals"]
    rows = {goals.item(r, 0).text(): goals.item(r, 1).text() for r in range(goals.rowCount())}
    assert rows["Call my sister once a week"] == "Reached it"
    modules = names["Modules finished"]
    found = {
        modules.item(r, 0).text(): modules.item(r, 2).text() for r in range(modules.rowCount())
    }
    assert found["Mood questionnaire (PHQ-9)"] == "5 times"


def test_empty_workbook_explains_what_will_appear(qtbot: QtBot, service: FakeService) -> None:
    """A new workbook's Progress screen says what will appear, rather than empty charts."""
    widget = ProgressScreen(service)
    qtbot.addWidget(widget)
    assert widget.measure_views == [] and widget.checkin_view is None


def test_lock_clears_every_chart(screen: ProgressScreen) -> None:
    """Locking removes the charts and tables holding the person's results."""
    screen.clear_content()
    assert screen.findChildren(QChartView) == [] or all(
        v.parent() is None for v in screen.findChildren(QChartView)
    )
    assert screen.series == []


def test_checkin_table_lists_days_newest_first(screen: ProgressScreen) -> None:
    """The check-in table starts with the most recent day."""
    names = {t.accessibleName(): t for t in screen.findChildren(QTableWidget)}
    table = names["Check-ins, table"]
    newest = screen.checkin_rows[-1][0]
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[newest.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    assert table.item(0, 0).text() == (
        f"{weekday} {newest.day} {month[newest.month - 1]} {newest.year}"
    )  # no leading zero: "Tue 5 Mar 2024"
    assert newest >= date.today() - timedelta(days=7)


def test_report_choices_map_to_report_sections(
    qtbot: QtBot, sample_workbook: Any, program: Program
) -> None:
    """'Results only', '+ goals' and '+ chosen entries' decide what the printed report holds."""
    from PySide6.QtCore import Qt

    from workbook.ui.printing.report_dialog import ReportDialog

    dialog = ReportDialog(FakeService(program, sample_workbook))
    qtbot.addWidget(dialog)
    dialog.checkins.setChecked(False)
    dialog.set_mode("measures")
    assert dialog.include() == ("measures",) and dialog.entry_ids() == ()
    dialog.set_mode("goals")
    assert dialog.include() == ("measures", "goals")
    assert not dialog.entries.isEnabled()
    dialog.set_mode("entries")
    assert dialog.entries.isEnabled()
    first = dialog.entries.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    assert dialog.include() == ("measures", "goals", "entries")
    assert dialog.entry_ids() == (first.data(Qt.ItemDataRole.UserRole),)
    titles = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert not any(t.startswith("Daily check-in") for t in titles)


def test_report_dates_can_be_chosen(qtbot: QtBot, sample_workbook: Any, program: Program) -> None:
    """All dates by default; a period ends today; chosen dates are used as picked (either order)."""
    from PySide6.QtCore import QDate

    from workbook.ui.printing.report_dialog import ReportDialog

    dialog = ReportDialog(FakeService(program, sample_workbook))
    qtbot.addWidget(dialog)
    assert dialog.date_range() == (None, None)
    assert not dialog.start_edit.isEnabled()
    dialog.period.setCurrentIndex(dialog.period.findData(28))
    assert dialog.date_range() == (date.today() - timedelta(days=27), date.today())
    dialog.period.setCurrentIndex(dialog.period.findData("chosen"))
    assert dialog.start_edit.isEnabled() and dialog.end_edit.isEnabled()
    dialog.start_edit.setDate(QDate(2026, 3, 9))
    dialog.end_edit.setDate(QDate(2026, 1, 5))
    assert dialog.date_range() == (date(2026, 1, 5), date(2026, 3, 9))


def test_report_pdf_is_built_from_the_choices(sample_workbook: Any, program: Program) -> None:
    """The chosen sections make a real PDF (the print preview shows these bytes)."""
    from workbook.core.printing import progress_report_pdf

    pdf = progress_report_pdf(sample_workbook, program, include=("measures", "goals"))
    assert pdf.startswith(b"%PDF")


def test_switching_to_dark_rebuilds_the_charts(qtbot: QtBot, screen: ProgressScreen) -> None:
    """After switching light/dark the charts are drawn again in the new colours."""
    from workbook.ui.widgets import theme

    before = screen.measure_views[0]
    theme.set_color_scheme_preference("dark")
    try:
        qtbot.waitUntil(lambda: screen.measure_views and screen.measure_views[0] is not before)
        assert (
            screen.measure_views[0].chart().backgroundBrush().color().name() == theme.DARK.surface
        )
    finally:
        theme.set_color_scheme_preference("system")
