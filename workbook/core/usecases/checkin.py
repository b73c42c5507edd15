"""Today's quick check-in from Home: four ratings and a line, kept as a check-in module entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from workbook.core.usecases.topics import Done

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.scoring import Context
    from workbook.core.store import Entry, Workbook


@dataclass(frozen=True)
class Ratings:
    """The quick check-in's answers (0–10 each; None: the person did not rate it, never an
    invented middle value) and its one line."""

    mood: int | None
    anxiety: int | None
    sleep: int | None
    energy: int | None
    note: str = ""

    def as_answers(self) -> dict[str, Any]:
        return {
            "mood": self.mood,
            "anxiety": self.anxiety,
            "sleep": self.sleep,
            "energy": self.energy,
            "note": self.note,
        }


def checkin_module(program: Program) -> Module | None:
    """The program's daily check-in module (the one that ``records: checkin``), if it has one."""
    return next((m for m in program.modules if m.records == "checkin"), None)


def quick_checkin(
    program: Program,
    workbook: Workbook,
    day: date,
    ratings: Ratings,
    context: Context | None = None,
) -> Done[Entry | None]:
    """Record the day's check-in as a finished entry of the check-in module (scored like
    any other). A program without a check-in module still gets the check-in, straight in
    the store."""
    from workbook.core.usecases.entries import start_and_finish

    module = checkin_module(program)
    if module is None:
        workbook.save_checkin(
            day, ratings.mood, ratings.anxiety, ratings.sleep, ratings.energy, ratings.note
        )
        return Done(None, ("checkins",))
    known = {f.id for f in module.fields}
    answers = {k: v for k, v in ratings.as_answers().items() if k in known and v not in ("", None)}
    if "date" in known:
        answers["date"] = day.isoformat()
    done = start_and_finish(program, workbook, module, answers, context)
    return Done(done.value, done.topics)
