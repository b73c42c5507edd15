"""Finishing an entry: score it against the program's rules, store it, tell the screens.

The one path every "Finish" takes (the module view, Home's quick check-in), so a
finished entry always carries its results and a check-in or goal module always
updates the Check-ins and Goals screens too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbook.core.language.model import Module
    from workbook.core.store import Entry
    from workbook.ui.service import WorkbookService

#: Which screens care when a module that records something is finished.
RECORD_TOPICS = {"checkin": "checkins", "goal": "goals"}


def results_json(service: WorkbookService, module: Module, answers: Mapping[str, Any]) -> Any:
    """The module's computed results as JSON (None for a module with no scores or flags)."""
    if not module.is_scored:
        return None
    from workbook.core.scoring import compute_results

    results = compute_results(module, answers, service.context(), program=service.program)
    return results.to_json()


def complete(service: WorkbookService, entry_id: str, answers: Mapping[str, Any]) -> Entry:
    """Complete (or, for an already completed entry, revise) ``entry_id`` with ``answers``."""
    workbook = service.require()
    current = workbook.entry(entry_id)
    module = service.module(current.module_id)
    result = None if module is None else results_json(service, module, answers)
    if current.is_complete:
        entry = workbook.revise_entry(entry_id, answers, result)
    else:
        entry = workbook.complete_entry(entry_id, answers, result)
    topics = ["entries", "progress"]
    if module is not None and module.records in RECORD_TOPICS:
        topics.append(RECORD_TOPICS[module.records])
    service.notify(*topics)
    return entry


def checkin_module(service: WorkbookService) -> Module | None:
    """The program's daily check-in module (the one that ``records: checkin``), if it has one."""
    return next((m for m in service.program.modules if m.records == "checkin"), None)


def quick_checkin(
    service: WorkbookService,
    day: date,
    mood: int,
    anxiety: int,
    sleep: int,
    energy: int,
    note: str,
) -> Entry | None:
    """Record today's check-in as a completed entry of the check-in module.

    Programs without a check-in module still get the day's check-in, straight in the store.
    """
    workbook = service.require()
    module = checkin_module(service)
    values: dict[str, Any] = {
        "mood": mood,
        "anxiety": anxiety,
        "sleep": sleep,
        "energy": energy,
        "note": note,
    }
    if module is None:
        workbook.save_checkin(day, mood, anxiety, sleep, energy, note)
        service.notify("checkins")
        return None
    known = {f.id for f in module.fields}
    answers = {k: v for k, v in values.items() if k in known and v not in ("", None)}
    if "date" in known:
        answers["date"] = day.isoformat()
    entry = workbook.start_entry(module)
    return complete(service, entry.id, answers)
