"""What a printed progress report can hold, as the person chooses it: which finished
entries may be added one by one, and which sections a choice of contents means.

The report dialog shows these choices and hands the result to ``progress_report_pdf``
(``workbook.core.printing``), which the command line calls with its own options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbook.core.wording.dates import date_in_words

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook

#: What the report holds: questionnaire results only; with goals; with chosen entries too.
MEASURES, WITH_GOALS, WITH_ENTRIES = "measures", "goals", "entries"

#: Modules whose entries are not offered one by one (they are charted instead).
CHARTED_RECORDS = frozenset({"checkin"})


@dataclass(frozen=True)
class EntryToChoose:
    """A finished entry the person may add to the report, named as the list shows it."""

    entry_id: str
    words: str  # "Mood check — 3 March 2026"


def entries_to_choose(program: Program, workbook: Workbook) -> list[EntryToChoose]:
    """Finished entries of the program's modules, newest first, check-ins left out."""
    found = []
    for entry in workbook.entries(status="complete"):
        module = program.module(entry.module_id)
        if module is None or module.records in CHARTED_RECORDS:
            continue
        when = entry.completed_at or entry.updated_at
        found.append(EntryToChoose(entry.id, f"{module.title} — {date_in_words(when)}"))
    return found


def report_sections(contents: str, *, checkins: bool, plans: bool) -> tuple[str, ...]:
    """The sections (``report_data.SECTIONS``) for a choice of ``contents`` (MEASURES,
    WITH_GOALS or WITH_ENTRIES) and the two extras."""
    sections = ["measures"]
    if checkins:
        sections.append("checkins")
    if contents in (WITH_GOALS, WITH_ENTRIES):
        sections.append("goals")
    if plans:
        sections.append("plans")
    if contents == WITH_ENTRIES:
        sections.append("entries")
    return tuple(sections)
