"""Builds workbooks full of believable entries for the printing tests and benchmarks."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from workbook.core.language.model import FieldType, Module, Program
from workbook.core.scoring import compute_results
from workbook.core.store import Workbook
from workbook.core.store import clock as store_clock


def at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0)).astimezone()


def questionnaire_answers(module: Module, level: float) -> dict[str, Any]:
    """Answers to every choice question at ``level`` (0 = mildest option, 1 = the most severe)."""
    answers: dict[str, Any] = {}
    for field in module.fields:
        if field.type is FieldType.CHOICE and field.options:
            index = round(level * (len(field.options) - 1))
            answers[field.id] = field.options[index].value
    return answers


def complete(workbook: Workbook, module: Module, answers: dict[str, Any], day: date) -> str:
    """Start and finish an entry on ``day``; returns its id."""
    with store_clock.frozen_at(at(day)):
        entry = workbook.start_entry(module)
        results = compute_results(module, answers)
        workbook.complete_entry(entry.id, answers, results.to_json())
    return entry.id


def populate(
    workbook: Workbook,
    program: Program,
    *,
    start: date,
    days: int,
    measures: Sequence[str] = ("phq9", "gad7", "who5"),
    seed: int = 7,
) -> None:
    """Daily check-ins for ``days`` days and each measure once a month, improving over time."""
    rng = random.Random(seed)
    for offset in range(days):
        day = start + timedelta(days=offset)
        progress = offset / max(1, days - 1)
        mood = max(0, min(10, round(3 + 5 * progress + rng.uniform(-2, 2))))
        with store_clock.frozen_at(at(day)):
            workbook.save_checkin(
                day, mood=mood, anxiety=10 - mood, sleep=rng.randint(3, 9), energy=mood
            )
    for offset in range(0, days, 30):
        day = start + timedelta(days=offset)
        level = max(0.0, 0.9 - 0.9 * offset / max(1, days - 1))
        for module_id in measures:
            module = program.module(module_id)
            assert module is not None, module_id
            # WHO-5 counts up for wellbeing: the severe end is its first option.
            lvl = 1 - level if module_id == "who5" else level
            complete(workbook, module, questionnaire_answers(module, lvl), day)
