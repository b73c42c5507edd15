"""Fill a workbook with believable, entirely made-up history (screenshots and benchmarks).

Daily check-ins, a PHQ-9 and GAD-7 every two weeks that slowly improve, a weekly
thought record, goals with reviews and one draft left open. Dates are back-filled
by pointing the store's clock at each day in turn. Nothing here is a real person's.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from workbook.core.language.model import Program
from workbook.core.store import Workbook
from workbook.core.store import clock as store_clock
from workbook.core.usecases.checkin import Ratings, quick_checkin
from workbook.core.usecases.entries import start_and_finish
from workbook.core.usecases.goals import ReviewAnswers, review_goal, save_goal

FREQUENCY = ("not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day")
SITUATIONS = (
    "Meeting at work ran late",
    "Friend didn't reply to my message",
    "Woke up at 4am and couldn't sleep",
    "Had to phone the bank",
    "Sunday evening, thinking about the week",
)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 15)).astimezone()


def _complete(
    workbook: Workbook, program: Program, module_id: str, answers: dict[str, Any]
) -> None:
    """Finish an entry exactly as the app does (scored against what came before)."""
    module = program.module(module_id)
    if module is not None:
        start_and_finish(program, workbook, module, answers)


def _questionnaire(rng: random.Random, items: int, severity: float) -> dict[str, Any]:
    """Answers whose total drifts with ``severity`` (0 well … 1 very unwell); item 9 stays low."""
    answers = {}
    for i in range(1, items + 1):
        level = min(3, max(0, round(severity * 3 + rng.uniform(-0.8, 0.8))))
        answers[f"q{i}"] = FREQUENCY[level]
    if items == 9:
        answers["q9"] = FREQUENCY[1 if severity > 0.75 else 0]
    return answers


def fill(
    workbook: Workbook,
    program: Program,
    *,
    days: int = 60,
    seed: int = 7,
    checkin_entries: bool = True,
) -> None:
    """Write ``days`` of history ending yesterday (today is left for the person)."""
    rng = random.Random(seed)
    today = date.today()
    start = today - timedelta(days=days)
    mood = 3.0
    for n in range(days):
        day = start + timedelta(days=n)
        progress = n / max(days - 1, 1)
        severity = max(0.05, 0.8 - 0.6 * progress + rng.uniform(-0.08, 0.08))
        mood = min(10.0, max(0.0, mood + rng.uniform(-1.2, 1.4) + 0.04))
        ratings = {
            "mood": round(min(10, 2 + 6 * progress + rng.uniform(-1.5, 1.5))),
            "anxiety": round(max(0, 8 - 5 * progress + rng.uniform(-1.5, 1.5))),
            "sleep": round(min(10, max(0, 4 + 3 * progress + rng.uniform(-2, 2)))),
            "energy": round(min(10, max(0, 3 + 4 * progress + rng.uniform(-2, 2)))),
        }
        ratings = {k: min(10, max(0, v)) for k, v in ratings.items()}
        with store_clock.frozen_at(_at(day, 20)):
            if checkin_entries:
                quick_checkin(program, workbook, day, Ratings(**ratings))
            else:
                workbook.save_checkin(day, **ratings)  # the older, entry-less kind
        if n % 14 == 0:
            with store_clock.frozen_at(_at(day, 18)):
                _complete(workbook, program, "phq9", _questionnaire(rng, 9, severity))
                _complete(workbook, program, "gad7", _questionnaire(rng, 7, severity * 0.9))
        if n % 7 == 3:
            row = {
                "situation": rng.choice(SITUATIONS),
                "feelings": rng.choice(("anxious", "low", "frustrated")),
                "intensity": rng.randrange(50, 90, 5),
                "balanced_thought": "It was one moment, not the whole story.",
                "rerated": rng.randrange(20, 50, 5),
            }
            with store_clock.frozen_at(_at(day, 21)):
                _complete(workbook, program, "thought-record", {"records": [row]})
    _goals(workbook, today, days)


def _goals(workbook: Workbook, today: date, days: int) -> None:
    with store_clock.frozen_at(_at(today - timedelta(days=min(days, 40)), 10)):
        walk = save_goal(
            workbook,
            None,
            {
                "goal": "Walk for 20 minutes after lunch",
                "specific": "Around the park, Monday to Friday",
                "measurable": "Tick it off on the calendar",
                "target_date": today + timedelta(days=5),
                "first_step": "Put my trainers by the door",
            },
        ).value
        friends = save_goal(
            workbook,
            None,
            {
                "goal": "Message a friend each week",
                "specific": "One message to someone I miss, every Sunday",
                "first_step": "Write down three names",
            },
        ).value
    reviewed = today - timedelta(days=min(days, 20))
    with store_clock.frozen_at(_at(reviewed, 10)):
        review_goal(
            workbook,
            walk.id,
            ReviewAnswers(
                day=reviewed,
                helped="Managed three days out of five, mostly with music on.",
                hindered="Rain on Wednesday.",
                next_step="Keep an umbrella by the door.",
                progress=6,
            ),
        )
        review_goal(
            workbook,
            friends.id,
            ReviewAnswers(
                day=reviewed,
                helped="Sent two messages. Felt good.",
                next_step="Ring Alex",
                progress=4,
            ),
        )
