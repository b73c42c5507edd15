"""Home and Goals agree on which goals are due for a look back: one rule, in the core."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel

from workbook.core.store import clock


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0)).astimezone()


def test_home_and_goals_agree_on_which_goals_are_due(opened: Any) -> None:
    """The same goals, shown on both screens: a goal set yesterday for five days' time is
    due on neither; a week without a look back, or a target date that has come, makes it
    due on both; a look back on or after the target date clears it on both."""
    workbook = opened.service.workbook
    today = date.today()
    with clock.frozen_at(_at(today - timedelta(days=1))):
        workbook.add_goal("Fresh goal, target soon", target_date=today + timedelta(days=5))
    with clock.frozen_at(_at(today - timedelta(days=10))):
        workbook.add_goal("Not looked at for ten days")
        workbook.add_goal("Target today", target_date=today)
        passed = workbook.add_goal("Target passed", target_date=today - timedelta(days=2))
        reviewed = workbook.add_goal(
            "Reviewed after its target", target_date=today - timedelta(days=3)
        )
        workbook.add_goal("Resting", target_date=today - timedelta(days=3), status="paused")
    with clock.frozen_at(_at(today - timedelta(days=1))):
        workbook.add_goal_review(reviewed.id, "Looked back", day=today - timedelta(days=1))
        workbook.add_goal_review(passed.id, "Before the target", day=today - timedelta(days=3))
    expected = {"Not looked at for ten days", "Target today", "Target passed"}

    home = opened.workspace.show_screen("home")
    home.refresh()
    shown_on_home = {label.text() for label in home.goals.findChildren(QLabel)}
    due_on_home = {g.goal for g in workbook.goals() if g.goal in shown_on_home}

    goals = opened.workspace.show_screen("goals")
    goals.refresh()
    due_on_goals = {
        goals.list.item(row).text().split("\n")[0]
        for row in range(goals.list.count())
        if "time for a review" in goals.list.item(row).text()
    }
    assert due_on_home == due_on_goals == expected
