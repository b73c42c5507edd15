"""What Home shows "From your clinician": the modules a pack assigns, in order, and where each is.

The clinician's assignment (``pack.yaml``) lists modules in the order to do them, with
one recommended first, a date to have one done by, or a repeat. Each step says in
plain words what it needs now; a repeat's due date follows the same rule as every
other schedule (``workbook.core.schedule``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from workbook.core.authoring.packs.installed import InstalledPack
from workbook.core.language.model import Module, Program
from workbook.core.schedule import EntrySource, interval_for, local_day, next_due
from workbook.core.wording.dates import date_in_words


@dataclass(frozen=True)
class AssignedStep:
    module: Module
    why: str
    #: what its button does: "start" (never done), "again" (due again) or "open" (done)
    action: str
    #: needs doing now (not yet done, or due again)
    waiting: bool


def clinician_steps(
    program: Program,
    packs: Sequence[InstalledPack],
    finished: Mapping[str, datetime],
    today: date,
) -> list[AssignedStep]:
    """Every assigned module still in the program, in the clinician's order.

    ``finished``: when each module was last finished (by id).
    """
    steps = []
    for pack in packs:
        for item in pack.manifest.assignment:
            module = program.module(item.module_id)
            if module is None:
                continue
            last = finished.get(module.id)
            done_on = local_day(last) if last is not None else None
            every = interval_for(module, program.schedule)
            steps.append(_step(module, done_on, every, item.first, item.due, today))
    return steps


def _step(
    module: Module,
    done_on: date | None,
    every: int | None,
    first: bool,
    due: date | None,
    today: date,
) -> AssignedStep:
    if done_on is None:
        parts = ["Your clinician suggests starting here"] if first else []
        if due is not None:
            when = "Due by" if due >= today else "Was due by"
            parts.append(f"{when} {date_in_words(due)}")
        return AssignedStep(module, " · ".join(parts) or "Not done yet", "start", True)
    if every is not None:
        again = next_due(done_on, every)
        if again <= today:
            return AssignedStep(
                module, f"Due again — last done {date_in_words(done_on)}", "again", True
            )
        return AssignedStep(
            module,
            f"Done {date_in_words(done_on)} · next on {date_in_words(again)}",
            "open",
            False,
        )
    return AssignedStep(module, f"Done {date_in_words(done_on)}", "open", False)


def assigned_ids(packs: Sequence[InstalledPack]) -> list[str]:
    return [item.module_id for pack in packs for item in pack.manifest.assignment]


def last_finished_of(workbook: EntrySource, module_ids: Sequence[str]) -> dict[str, datetime]:
    """When each of these modules was last finished (its newest finished entry), by id."""
    found: dict[str, datetime] = {}
    for module_id in dict.fromkeys(module_ids):
        done = [e for e in workbook.entries(module_id, status="complete") if e.completed_at]
        if done:
            found[module_id] = max(e.completed_at for e in done)
    return found
