"""Progress data: one point per finished questionnaire, in time order, with its band."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from workbook.core.language.expressions import parse_expression
from workbook.core.language.model import Band, Module, Program, Score, Source, Stage
from workbook.core.progress_data import checkin_window, completed_modules, series_for

SRC = Source(Path("m.md"), 1)
SCORE = Score(
    id="total",
    label="Total",
    formula=parse_expression("0", SRC),
    source=SRC,
    min=0,
    max=27,
    bands=(Band(0, "Minimal", "", SRC), Band(5, "Mild", "", SRC), Band(10, "Moderate", "", SRC)),
    reliable_change=6,
)
MODULE = Module(
    id="phq9", title="Mood", stage="assessment", version="1", summary="", path=SRC.path,
    source_hash="0", pages=(), scores=(SCORE,), repeatable=True,
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    id: str
    results: dict[str, Any] | None
    completed_at: datetime | None
    updated_at: datetime
    answers: dict[str, Any] = field(default_factory=dict)


def entry(name: str, day: int, value: Any) -> Entry:
    when = datetime(2026, 3, day, 9, tzinfo=UTC)
    return Entry(name, {"scores": {"total": value}}, when, when)


def test_points_are_in_time_order_with_their_bands() -> None:
    """Results appear oldest first whatever order they come in, each with its band."""
    [series] = series_for(MODULE, [entry("b", 20, 6), entry("a", 1, 14), entry("c", 25, 3)])
    assert [(p.entry_id, p.value, p.band) for p in series.points] == [
        ("a", 14.0, "Moderate"),
        ("b", 6.0, "Mild"),
        ("c", 3.0, "Minimal"),
    ]
    assert series.change is not None and series.change.reliable
    assert "Reliable improvement" in series.summary()


def test_entries_without_a_score_are_skipped() -> None:
    """An entry finished before a score existed (or with a broken value) is not drawn."""
    entries = [entry("a", 1, None), entry("b", 2, "x"), entry("c", 3, True), entry("d", 4, 9)]
    [series] = series_for(MODULE, entries)
    assert [p.entry_id for p in series.points] == ["d"]
    assert series.change is None
    assert series_for(MODULE, [entry("a", 1, None)]) == []


@dataclass(frozen=True)
class Progress:
    times_completed: int
    completed_at: datetime | None


def test_completed_modules_lists_finished_ones_in_program_order() -> None:
    """Only modules finished at least once are listed, with their stage's title."""
    program = Program("P", Path("."), (Stage("assessment", "Where you are now"),), (MODULE,))
    when = datetime(2026, 3, 1, tzinfo=UTC)
    [done] = completed_modules(program, {"phq9": Progress(3, when), "other": Progress(1, when)})
    assert (done.title, done.stage, done.times) == ("Mood", "Where you are now", 3)
    assert completed_modules(program, {"phq9": Progress(0, None)}) == []


def test_checkin_window_ends_today() -> None:
    """'Last 30 days' is today and the 29 days before it."""
    assert checkin_window(30, date(2026, 3, 31)) == (date(2026, 3, 2), date(2026, 3, 31))
