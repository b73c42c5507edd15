"""Re-assessment schedules: a measure comes due on its day, not before, and not once done again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from workbook.core.language import Program, load_program
from workbook.core.language.diagnostics import ProgramError
from workbook.core.schedule import due_measures, last_finished, reminder_words, schedule_words
from workbook.core.scoring import compute_results
from workbook.core.store import Workbook, clock, create_workbook
from workbook.core.usecases.context import build_context
from workbook.core.usecases.home import home_summary
from workbook.paths import builtin_program_dir

START = date(2026, 3, 2)


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(builtin_program_dir())


@pytest.fixture
def workbook(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> Iterator[Workbook]:
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WORKBOOK_INSECURE_TEST_KDF", "1")
    wb, _key = create_workbook("Schedule", "a quiet walk by the river")
    with wb:
        yield wb


def finish(workbook: Workbook, program: Program, module_id: str, day: date) -> None:
    module = program.module(module_id)
    assert module is not None
    answers = {f"q{i}": "several-days" for i in range(1, 10)}
    with clock.frozen_at(datetime.combine(day, time(23, 30)).astimezone()):
        entry = workbook.start_entry(module)
        workbook.complete_entry(entry.id, answers, compute_results(module, answers).to_json())


def due_ids(workbook: Workbook, program: Program, today: date) -> list[str]:
    return [d.module.id for d in due_measures(program, last_finished(program, workbook), today)]


def test_the_builtin_questionnaires_repeat_every_two_weeks(program: Program) -> None:
    """PHQ-9, GAD-7 and WHO-5 say `repeat_every: 2 weeks`; modules done once have no schedule."""
    for module_id in ("phq9", "gad7", "who5"):
        module = program.module(module_id)
        assert module is not None and module.repeat_every_days == 14
    intake = program.module("intake")
    assert intake is not None and intake.repeat_every_days is None


def test_due_on_day_14_not_before_and_not_after_it_is_done(
    workbook: Workbook, program: Program
) -> None:
    """Finished late on day 0: not due on day 13, due on day 14 and after, quiet once redone."""
    finish(workbook, program, "phq9", START)
    assert due_ids(workbook, program, START + timedelta(days=13)) == []
    assert due_ids(workbook, program, START + timedelta(days=14)) == ["phq9"]
    [due] = due_measures(program, last_finished(program, workbook), START + timedelta(days=16))
    assert due.due_on == START + timedelta(days=14) and due.last_done == START
    assert due.why(START + timedelta(days=14)) == "Due today — last done 2 March 2026"
    assert due.why(START + timedelta(days=16)) == (
        "Due since 16 March 2026 — last done 2 March 2026"
    )
    finish(workbook, program, "phq9", START + timedelta(days=15))
    assert due_ids(workbook, program, START + timedelta(days=15)) == []
    finish(workbook, program, "phq9", START + timedelta(days=1))  # back-dated: not the latest
    assert due_ids(workbook, program, START + timedelta(days=16)) == []
    assert due_ids(workbook, program, START + timedelta(days=28)) == []
    assert due_ids(workbook, program, START + timedelta(days=29)) == ["phq9"]


def test_never_done_is_not_due_by_schedule(workbook: Workbook, program: Program) -> None:
    """A questionnaire never finished is a first step, not something overdue."""
    assert due_ids(workbook, program, START + timedelta(days=100)) == []


def test_a_clinician_schedule_overrides_the_module(workbook: Workbook, program: Program) -> None:
    """An override of 7 days makes the PHQ-9 due after a week instead of two."""
    finish(workbook, program, "phq9", START)
    week = START + timedelta(days=7)
    assert due_measures(program, last_finished(program, workbook), week) == []
    [due] = due_measures(program, last_finished(program, workbook), week, overrides={"phq9": 7})
    assert due.module.id == "phq9"


def test_most_overdue_comes_first(workbook: Workbook, program: Program) -> None:
    """GAD-7 done earlier is listed before PHQ-9."""
    finish(workbook, program, "phq9", START + timedelta(days=3))
    finish(workbook, program, "gad7", START)
    assert due_ids(workbook, program, START + timedelta(days=20)) == ["gad7", "phq9"]


def test_reminder_words_name_nothing_personal() -> None:
    """The tray says a check-in or a questionnaire is waiting, never which one or a score."""
    assert reminder_words(checkin_done=True, due_count=0) is None
    title, message = reminder_words(checkin_done=False, due_count=0) or ("", "")
    assert title == "Time for your check-in" and "questionnaire" not in message
    title, message = reminder_words(checkin_done=True, due_count=1) or ("", "")
    assert message.startswith("A questionnaire is due again")
    title, message = reminder_words(checkin_done=False, due_count=2) or ("", "")
    assert "Some questionnaires are due again too" in message
    assert "PHQ" not in title + message


def program_with_schedule(tmp_path: Path, schedule: str) -> Program:
    """The built-in program as a clinician hands it over, with their ``schedule:`` added."""
    folder = tmp_path / "program"
    shutil.copytree(builtin_program_dir(), folder)
    with (folder / "program.yaml").open("a", encoding="utf-8") as file:
        file.write(f"schedule:\n{schedule}")
    return load_program(folder)


def home_due(program: Program, workbook: Workbook, today: date) -> list[str]:
    summary = home_summary(program, workbook, build_context(program, workbook), today)
    return [step.module.id for step in summary.next_steps if step.kind == "due"]


def test_the_clinicians_schedule_in_program_yaml_changes_what_home_shows_as_due(
    workbook: Workbook, tmp_path: Path
) -> None:
    """`schedule: phq9: 1 week` in the program file: Home lists the PHQ-9 as due on day 7,
    not on day 6, and not once it is done again; the module's own 2 weeks no longer apply."""
    program = program_with_schedule(tmp_path, "  phq9: 1 week\n")
    assert program.schedule == {"phq9": 7}
    finish(workbook, program, "phq9", START)
    assert home_due(program, workbook, START + timedelta(days=6)) == []
    assert home_due(program, workbook, START + timedelta(days=7)) == ["phq9"]
    assert "phq9" in [
        d.module.id
        for d in due_measures(program, last_finished(program, workbook), START + timedelta(days=7))
    ]
    finish(workbook, program, "phq9", START + timedelta(days=7))
    assert home_due(program, workbook, START + timedelta(days=8)) == []
    builtin = load_program(builtin_program_dir())
    assert home_due(builtin, workbook, START + timedelta(days=13)) == []


def test_the_page_says_how_often_and_who_set_it(tmp_path: Path, program: Program) -> None:
    """The module page reads "Again every 2 weeks", or names the clinician's schedule."""
    phq9, intake = program.module("phq9"), program.module("intake")
    assert phq9 is not None and intake is not None
    assert schedule_words(phq9, program) == "Again every 2 weeks"
    assert schedule_words(intake, program) == ""
    scheduled = program_with_schedule(tmp_path, "  phq9: 10 days\n")
    phq9 = scheduled.module("phq9")
    assert phq9 is not None
    assert schedule_words(phq9, scheduled) == "Again every 10 days (your clinician's schedule)"
    assert hash(scheduled) == hash(scheduled)  # still usable as a key, like before


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("  phq-9: 1 week\n", "`phq-9`, which is not a module of this program"),
        ("  intake: 1 week\n", "`intake` is done once, so it cannot be put on a schedule"),
        ("  phq9: weekly\n", "should be a number of days or weeks, not `weekly`"),
        ("  phq9: 7\n", "should be a number of days or weeks, not a number"),
    ],
)
def test_a_schedule_that_cannot_be_followed_is_refused_by_name(
    tmp_path: Path, line: str, message: str
) -> None:
    """A misspelt module, a module done once or an unreadable interval: `workbook check`
    names the line rather than the schedule being silently ignored."""
    with pytest.raises(ProgramError) as raised:
        program_with_schedule(tmp_path, line)
    texts = [d.message for d in raised.value.diagnostics]
    assert any(message in text for text in texts), texts
    found = next(d for d in raised.value.diagnostics if message in d.message)
    assert found.path.name == "program.yaml" and found.line > 1
