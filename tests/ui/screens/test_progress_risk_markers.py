"""Risk answers on the Progress chart, its table twin, and the list of past entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCharts import QScatterSeries
from pytestqt.qtbot import QtBot

from workbook.core.language import Module, load_program
from workbook.core.progress_data import series_for
from workbook.core.scoring import compute_results
from workbook.paths import builtin_program_dir
from workbook.ui.program.history_view import entry_summary
from workbook.ui.progress.charts import measure_chart, measure_table

FREQUENCY = ("not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day")


@pytest.fixture(scope="module")
def phq9() -> Module:
    module = load_program(builtin_program_dir()).module("phq9")
    assert module is not None
    return module


@dataclass(frozen=True)
class Entry:
    id: str
    answers: dict[str, Any]
    results: dict[str, Any] | None
    completed_at: datetime
    updated_at: datetime
    is_complete: bool = True


def finished(module: Module, name: str, day: int, item9: int) -> Entry:
    answers = {f"q{i}": FREQUENCY[2] for i in range(1, 9)} | {"q9": FREQUENCY[item9]}
    when = datetime(2026, 11, day, 10, tzinfo=UTC)
    return Entry(name, answers, compute_results(module, answers).to_json(), when, when)


def test_the_administration_with_a_risk_answer_is_marked(qtbot: QtBot, phq9: Module) -> None:
    """Only the result that raised the flag gets the red risk marker; the table names the answer."""
    entries = [finished(phq9, "a", 1, 0), finished(phq9, "b", 12, 1), finished(phq9, "c", 26, 0)]
    [series] = series_for(phq9, entries)
    view = measure_chart(series)
    qtbot.addWidget(view)
    [marker] = [s for s in view.chart().series() if s.name() == "Risk answer"]
    assert isinstance(marker, QScatterSeries)
    assert [(p.y()) for p in marker.points()] == [series.points[1].value]
    assert "item 9" in view.accessibleDescription()
    table = measure_table(series)
    qtbot.addWidget(table)
    assert table.horizontalHeaderItem(3).text() == "Risk answer"
    assert table.item(1, 3).text() == "item 9 answered “Several days”"
    assert table.item(0, 3).text() == ""


def test_no_risk_column_without_risk_answers(qtbot: QtBot, phq9: Module) -> None:
    """A history with no risk answers keeps its three plain columns and no marker."""
    [series] = series_for(phq9, [finished(phq9, "a", 1, 0), finished(phq9, "b", 9, 0)])
    view, table = measure_chart(series), measure_table(series)
    qtbot.addWidget(view)
    qtbot.addWidget(table)
    assert table.columnCount() == 3
    assert not [s for s in view.chart().series() if s.name() == "Risk answer"]


def test_past_entries_list_names_the_risk_answer(phq9: Module) -> None:
    """The past-entries line of a result with a risk answer says what was answered."""
    line = entry_summary(phq9, finished(phq9, "b", 12, 3))
    assert "⚠ Risk answer: item 9" in line and "“Nearly every day”" in line
    assert "Risk" not in entry_summary(phq9, finished(phq9, "a", 1, 0))
