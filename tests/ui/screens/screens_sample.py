"""Months of believable sample data in a real workbook: questionnaires, check-ins, goals, a plan.

Used by the Progress screen tests and by the screenshot script. The store's clock is
moved for each write so entries land on the days they describe.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from workbook.core.language.model import Module, Program
from workbook.core.scoring import compute_results
from workbook.core.store import clock

#: (weeks before today, raw item level 0..1 of the maximum) for each questionnaire.
PHQ9_TOTALS = (19, 16, 12, 9, 6)
GAD7_TOTALS = (14, 12, 9, 7, 5)
WHO5_RAW = (6, 9, 12, 15, 17)  # raw 0-25; the module multiplies by 4


@contextmanager
def on_day(day: date, hour: int = 19) -> Iterator[None]:
    """Make the store believe it is ``day`` at ``hour`` local time."""
    moment = datetime.combine(day, time(hour, 0)).astimezone()
    with clock.frozen_at(moment):
        yield


def questionnaire_answers(module: Module, raw_total: int) -> dict[str, Any]:
    """Answers to a module's scored choice questions adding up to ``raw_total``."""
    items = [f for f in module.fields if f.options and all(o.score is not None for o in f.options)]
    answers: dict[str, Any] = {}
    if module.id == "phq9":  # the sample person has no thoughts of self-harm
        answers["q9"] = items[-1].options[0].value
        items = items[:-1]
    left = raw_total
    for index, field in enumerate(items):
        remaining_items = len(items) - index
        want = math.ceil(left / remaining_items) if remaining_items else 0
        option = min(field.options, key=lambda o: abs((o.score or 0) - want))
        answers[field.id] = option.value
        left -= int(option.score or 0)
    return answers


def complete(workbook: Any, module: Module, answers: dict[str, Any], day: date) -> Any:
    with on_day(day):
        entry = workbook.start_entry(module)
        results = compute_results(module, answers).to_json() if module.is_scored else None
        return workbook.complete_entry(entry.id, answers, results)


def populate(workbook: Any, program: Program, today: date | None = None) -> None:
    """Fill ``workbook`` with about four months of a person's work on the built-in program."""
    today = today or date.today()
    start = today - timedelta(weeks=13)
    for module_id, totals in (("phq9", PHQ9_TOTALS), ("gad7", GAD7_TOTALS), ("who5", WHO5_RAW)):
        module = program.module(module_id)
        assert module is not None
        for number, total in enumerate(totals):
            day = start + timedelta(weeks=3 * number, days=1 if module_id != "phq9" else 0)
            complete(workbook, module, questionnaire_answers(module, total), day)
    for offset in range((today - start).days + 1):
        day = start + timedelta(days=offset)
        if offset % 7 == 5:  # a skipped day now and then, as in life
            continue
        trend = offset / max((today - start).days, 1)
        wobble = math.sin(offset / 3.0)
        with on_day(day, 21):
            workbook.save_checkin(
                day,
                mood=round(min(10, max(0, 3 + 4 * trend + 1.5 * wobble))),
                anxiety=round(min(10, max(0, 7 - 4 * trend + 1.2 * math.cos(offset / 4)))),
                sleep=round(min(10, max(0, 4 + 3 * trend + wobble))),
                energy=round(min(10, max(0, 3 + 3 * trend + 0.8 * wobble))),
                note="",
            )
    for module_id in ("intake", "values", "understanding-depression"):
        module = program.module(module_id)
        if module is not None:
            complete(workbook, module, {}, start + timedelta(days=2))
    with on_day(start + timedelta(weeks=2)):
        walk = workbook.add_goal(
            "Walk after lunch three days a week",
            specific="Ten minutes round the park after lunch, Monday, Wednesday, Friday",
            measurable="A tick on the kitchen calendar",
            achievable="Ten minutes is small enough even on a low day",
            relevant="I want more energy for my kids",
            target_date=today + timedelta(weeks=4),
            first_step="Put my walking shoes by the door tonight",
            obstacles="Rain; feeling too tired",
            plan="If it rains, I walk round the shopping centre instead",
        )
        call = workbook.add_goal("Call my sister once a week", first_step="Text her on Sunday")
    for weeks, progress, words in (
        (3, 3, {"helped": "Shoes by the door", "hindered": "Rain", "next_step": "Umbrella"}),
        (5, 6, {"helped": "Walking with a podcast", "next_step": "Add Friday"}),
    ):
        with on_day(start + timedelta(weeks=weeks)):
            workbook.add_goal_review(
                walk.id, progress=progress, day=start + timedelta(weeks=weeks), **words
            )
    with on_day(start + timedelta(weeks=8)):
        workbook.add_goal_review(call.id, helped="Sunday texts", progress=10, status="achieved")
    plan = program.module("safety-plan")
    if plan is not None:
        complete(
            workbook,
            plan,
            {
                "warning_signs": ["Not sleeping", "Stopping answering messages"],
                "coping": ["Walk round the block", "Shower, then music"],
                "help_people": [{"name": "Sam (sister)", "contact": "07700 900123"}],
                "reasons_for_living": ["My niece", "Seeing the sea again"],
            },
            start + timedelta(weeks=4),
        )
