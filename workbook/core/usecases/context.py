"""What module expressions can see: each module's latest finished entry (the scoring Context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.scoring import Context
    from workbook.core.store import Workbook


def build_context(program: Program, workbook: Workbook) -> Context:
    """Each started module's latest completed entry, with how many times it was finished.

    Only modules the store says were completed are read, one entry each, so years of
    daily check-ins cost no more than one.
    """
    from workbook.core.scoring import ModuleRecord, Results

    records: dict[str, ModuleRecord] = {}
    for module_id, progress in workbook.progress().items():
        module = program.module(module_id)
        if module is None or progress.times_completed <= 0:
            continue
        done = workbook.entries(module_id, status="complete", limit=1)
        if not done:
            continue
        latest = done[0]
        results = Results.from_json(module, latest.results) if latest.results else None
        records[module_id] = ModuleRecord(
            module_id=module_id,
            times_completed=progress.times_completed,
            answers=latest.answers,
            results=results,
            module=module,
        )
    return records
