"""Risk answers stay in view: each raised risk flag with what was answered and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from workbook.core.language import Module, load_program
from workbook.core.progress_data import series_for
from workbook.core.scoring import compute_results, raised_risks
from workbook.paths import builtin_program_dir

FREQUENCY = ("not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day")
ITEM9 = "Thoughts that you would be better off dead or of hurting yourself in some way"


@pytest.fixture(scope="module")
def phq9() -> Module:
    module = load_program(builtin_program_dir()).module("phq9")
    assert module is not None
    return module


@dataclass(frozen=True)
class Entry:
    id: str
    answers: dict[str, Any]
    completed_at: datetime | None
    updated_at: datetime
    results: dict[str, Any] | None = field(default=None)


def finished(module: Module, name: str, day: int, item9: int, *, saved: bool = True) -> Entry:
    answers = {f"q{i}": FREQUENCY[1] for i in range(1, 9)} | {"q9": FREQUENCY[item9]}
    when = datetime(2026, 11, day, 10, tzinfo=UTC)
    results = compute_results(module, answers).to_json() if saved else None
    return Entry(name, answers, when, when, results)


def test_item9_answer_is_told_in_words_with_its_date(phq9: Module) -> None:
    """A clinician reads which item, what was answered and on which day."""
    [risk] = raised_risks(phq9, [finished(phq9, "a", 12, 1)])
    assert risk.entry_id == "a" and risk.flag.id == "self_harm"
    assert risk.words() == (
        f"Mood questionnaire (PHQ-9): item 9 (“{ITEM9}”) answered “Several days” "
        "on 12 November 2026"
    )


def test_every_raised_flag_is_kept_oldest_first(phq9: Module) -> None:
    """Two risk answers in a history are both listed; an answer of 0 raises none."""
    entries = [
        finished(phq9, "c", 20, 2),
        finished(phq9, "a", 1, 1),
        finished(phq9, "b", 10, 0),
    ]
    risks = raised_risks(phq9, entries)
    assert [(r.entry_id, r.answers[0].endswith("“More than half the days”")) for r in risks] == [
        ("a", False),
        ("c", True),
    ]


def test_entries_without_saved_results_are_worked_out_again(phq9: Module) -> None:
    """An entry saved without results still shows its risk answer."""
    assert len(raised_risks(phq9, [finished(phq9, "a", 3, 3, saved=False)])) == 1


def test_chart_points_carry_their_risk_answers(phq9: Module) -> None:
    """The administration that raised the flag is the one marked; the summary says it."""
    entries = [finished(phq9, "a", 1, 0), finished(phq9, "b", 12, 1)]
    [series] = series_for(phq9, entries)
    assert [len(p.risks) for p in series.points] == [0, 1]
    assert "Risk answers: Mood questionnaire (PHQ-9): item 9" in series.summary()
    assert "on 12 November 2026" in series.summary()
