"""When a repeated measure is due again: the one rule Home and the tray reminder share.

A module with ``repeat_every`` (in days) is due once that many days have passed since
it was last finished: on day 14 of a 14-day schedule, not on day 13. Finishing it
again moves the date on, so nothing nags once it is done. A module never finished
is not "due" by schedule (the first time is a next step like any other). A
clinician's schedule (``schedule:`` in the program.yaml they hand over, read into
``Program.schedule``) gives a different interval per module and wins over the module's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from workbook.core.i18n import translate
from workbook.core.language.model import Module, Program
from workbook.core.wording import date_in_words


class EntrySource(Protocol):
    """The part of a store ``Workbook`` the schedule reads."""

    def entries(self, module_id: str | None = None, status: str | None = None) -> list[Any]: ...


@dataclass(frozen=True)
class DueMeasure:
    """A repeated measure that is due: when it was last done and when it came due."""

    module: Module
    last_done: date
    due_on: date

    def why(self, today: date) -> str:
        """ "Due today — last done 3 November 2026" (or "Due since …" when overdue)."""
        when = (
            translate("DueMeasure", "Due today")
            if self.due_on >= today
            else translate("DueMeasure", "Due since {date}").format(date=date_in_words(self.due_on))
        )
        return translate("DueMeasure", "{when} — last done {date}").format(
            when=when, date=date_in_words(self.last_done)
        )


def local_day(moment: datetime) -> date:
    """The person's calendar day of a stored moment (stored times may be UTC)."""
    return (moment.astimezone() if moment.tzinfo is not None else moment).date()


def next_due(last_done: date, every_days: int) -> date:
    return last_done + timedelta(days=every_days)


def interval_for(module: Module, overrides: Mapping[str, int] | None = None) -> int | None:
    """Days between administrations: the clinician's override, else the module's own."""
    return (overrides or {}).get(module.id, module.repeat_every_days)


def _overrides(program: Program, overrides: Mapping[str, int] | None) -> Mapping[str, int]:
    """The clinician's schedule: given explicitly, else the one in the program's program.yaml."""
    return program.schedule if overrides is None else overrides


def _interval_words(days: int) -> str:
    if days % 7 == 0:
        weeks = days // 7
        return translate("Schedule", "every %n week(s)", None, weeks)
    return translate("Schedule", "every %n day(s)", None, days)


def schedule_words(module: Module, program: Program) -> str:
    """How often the module comes due, for its page: "Again every 2 weeks", and who set it
    when it is the clinician's schedule rather than the module's own ("" when none)."""
    every = interval_for(module, program.schedule)
    if every is None:
        return ""
    words = translate("Schedule", "Again {interval}").format(interval=_interval_words(every))
    if module.id in program.schedule:
        return translate("Schedule", "{words} (your clinician's schedule)").format(words=words)
    return words


def last_finished(
    program: Program, workbook: EntrySource, overrides: Mapping[str, int] | None = None
) -> dict[str, datetime]:
    """When each scheduled module was last finished (its newest finished entry), by id.

    Reads only the modules that have a schedule.
    """
    overrides = _overrides(program, overrides)
    found = {}
    for module in program.modules:
        if interval_for(module, overrides) is None:
            continue
        done = [e for e in workbook.entries(module.id, status="complete") if e.completed_at]
        if done:
            found[module.id] = max(e.completed_at for e in done)
    return found


def due_measures(
    program: Program,
    finished: Mapping[str, datetime],
    today: date,
    overrides: Mapping[str, int] | None = None,
) -> list[DueMeasure]:
    """Modules on a schedule whose next date has come, most overdue first.

    ``finished`` is when each module was last finished (``last_finished``).
    """
    overrides = _overrides(program, overrides)
    found = []
    for module in program.modules:
        every = interval_for(module, overrides)
        moment = finished.get(module.id)
        if every is None or moment is None:
            continue
        last = local_day(moment)
        due_on = next_due(last, every)
        if today >= due_on:
            found.append(DueMeasure(module, last, due_on))
    return sorted(found, key=lambda d: d.due_on)


def reminder_words(checkin_done: bool, due_count: int) -> tuple[str, str] | None:
    """The tray reminder's title and message, or None when nothing is waiting.

    It names no questionnaire and no score: the notification can show on a lock screen.
    """
    if checkin_done and due_count == 0:
        return None
    if due_count == 0:
        return (
            translate("Schedule", "Time for your check-in"),
            translate(
                "Schedule",
                "A one-minute check on how you are today. Open Workbook when you're ready.",
            ),
        )
    if checkin_done:
        return (
            translate("Schedule", "Workbook: due today"),
            translate(
                "Schedule",
                "%n questionnaire(s) due again. Open Workbook when you're ready.",
                None,
                due_count,
            ),
        )
    return (
        translate("Schedule", "Time for your check-in"),
        translate(
            "Schedule",
            "A one-minute check on how you are today. %n questionnaire(s) due again too. "
            "Open Workbook when you're ready.",
            None,
            due_count,
        ),
    )
