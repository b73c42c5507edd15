"""The check-in reminder: once a day after its time, never once today's check-in is done."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from shell_helpers import write_setting

from workbook.ui.service import CHECKIN_REMINDER
from workbook.ui.shell.reminder import CheckinReminder, parse_time


def _reminder(window: Any, hour: int) -> tuple[CheckinReminder, list[str]]:
    moment = datetime.combine(date.today(), datetime.min.time()).replace(hour=hour)
    reminder = CheckinReminder(window.service, window, now=lambda: moment)
    shown: list[str] = []
    reminder.shown.connect(lambda: shown.append("shown"))
    return reminder, shown


def test_reminds_after_the_time_when_no_checkin_yet(opened: Any) -> None:
    """At 19:30 with a 19:00 reminder and no check-in today, the reminder shows once."""
    write_setting(opened.service, CHECKIN_REMINDER, "19:00")
    reminder, shown = _reminder(opened, 19)
    reminder.at = parse_time("19:00")
    reminder.check()
    reminder.check()
    assert shown == ["shown"]


def test_no_reminder_before_its_time(opened: Any) -> None:
    """At 08:00 a 19:00 reminder stays quiet."""
    write_setting(opened.service, CHECKIN_REMINDER, "19:00")
    reminder, shown = _reminder(opened, 8)
    reminder.configure()
    assert shown == []


def test_no_reminder_once_checked_in(opened: Any) -> None:
    """After today's check-in is saved, the reminder does not show at all."""
    write_setting(opened.service, CHECKIN_REMINDER, "19:00")
    reminder, shown = _reminder(opened, 20)
    from workbook.core.usecases.checkin import Ratings, quick_checkin
    from workbook.ui.operation import apply

    ratings = Ratings(5, 5, 5, 5)
    apply(opened.service, lambda program, wb: quick_checkin(program, wb, date.today(), ratings))
    reminder.configure()
    assert shown == []


def test_reminder_time_is_read_safely() -> None:
    """Unset, empty or garbled times mean "no reminder" rather than an error."""
    assert parse_time("07:45") is not None
    for value in (None, "", "later", "25:99", 7):
        assert parse_time(value) is None


def test_reminder_covers_a_questionnaire_due_again(opened: Any) -> None:
    """With today's check-in done but the PHQ-9 due again, the reminder still shows, once,
    without naming the questionnaire; once it is done again the reminder stays quiet."""
    from datetime import timedelta

    from workbook.core.scoring import compute_results
    from workbook.core.store import clock

    service = opened.service
    write_setting(service, CHECKIN_REMINDER, "19:00")
    from workbook.core.usecases.checkin import Ratings, quick_checkin
    from workbook.ui.operation import apply

    ratings = Ratings(5, 5, 5, 5)
    apply(service, lambda program, wb: quick_checkin(program, wb, date.today(), ratings))
    module = service.program.module("phq9")
    answers = {f"q{i}": "not-at-all" for i in range(1, 10)}

    def finish(days_ago: int) -> None:
        moment = datetime.now().astimezone() - timedelta(days=days_ago)
        with clock.frozen_at(moment):
            entry = service.require().start_entry(module)
            service.require().complete_entry(
                entry.id, answers, compute_results(module, answers).to_json()
            )

    finish(20)
    reminder, shown = _reminder(opened, 20)
    messages: list[tuple[str, str]] = []
    reminder._notify = lambda title, message: (
        shown.append("shown"),
        messages.append((title, message)),
    )  # type: ignore[method-assign]
    reminder.configure()
    reminder.check()
    assert shown == ["shown"]
    assert messages[0][1].startswith("A questionnaire is due again")
    assert "PHQ" not in " ".join(messages[0])

    finish(0)
    quiet, quiet_shown = _reminder(opened, 20)
    quiet.configure()
    assert quiet_shown == []
