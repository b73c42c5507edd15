"""Writing a module's entry: save a draft as the person types, finish it with its results.

Finishing is where an entry gets its scores, flags and bands (computed against the
program and what other modules recorded), and where a ``records:`` module also
changes the check-ins or goals the person sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbook.core.usecases.topics import Done, Topic

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.scoring import Context
    from workbook.core.store import Entry, Workbook

#: Which topic a module that records something also changes when it is finished.
RECORD_TOPICS: dict[str, Topic] = {"checkin": "checkins", "goal": "goals"}


def results_json(
    program: Program, module: Module, answers: Mapping[str, Any], context: Context
) -> dict[str, Any] | None:
    """The module's computed results as JSON (None for a module with no scores or flags)."""
    if not module.is_scored:
        return None
    from workbook.core.scoring import compute_results

    return compute_results(module, answers, context, program=program).to_json()


def finished_topics(module: Module | None) -> tuple[Topic, ...]:
    """What finishing an entry of ``module`` changes."""
    topics: list[Topic] = ["entries", "progress"]
    if module is not None and module.records in RECORD_TOPICS:
        topics.append(RECORD_TOPICS[module.records])
    return tuple(topics)


def finish_entry(
    program: Program,
    workbook: Workbook,
    entry_id: str,
    answers: Mapping[str, Any],
    context: Context | None = None,
) -> Done[Entry]:
    """Complete (or, for an already finished entry, revise) ``entry_id`` with ``answers``,
    scored against ``context`` (what other modules recorded; read from the workbook if None)."""
    from workbook.core.usecases.context import build_context

    current = workbook.entry(entry_id)
    module = program.module(current.module_id)
    result = None
    if module is not None and module.is_scored:
        if context is None:
            context = build_context(program, workbook)
        result = results_json(program, module, answers, context)
    if current.is_complete:
        entry = workbook.revise_entry(entry_id, answers, result)
    else:
        entry = workbook.complete_entry(entry_id, answers, result)
    return Done(entry, finished_topics(module))


def start_and_finish(
    program: Program,
    workbook: Workbook,
    module: Module,
    answers: Mapping[str, Any],
    context: Context | None = None,
) -> Done[Entry]:
    """A whole entry in one go (the quick check-in, sample data, imports)."""
    entry = workbook.start_entry(module)
    return finish_entry(program, workbook, entry.id, answers, context)


@dataclass
class Draft:
    """One entry being written: remembers its id once the store has given it one, so a
    save retried after a failure never starts a second entry."""

    module: Module
    entry_id: str | None = None
    #: a new entry exists that the screens have not been told about yet
    _unannounced: bool = field(default=False, repr=False)

    def save(self, workbook: Workbook, answers: Mapping[str, Any], page_index: int) -> Done[Entry]:
        """Record the answers so far and the page the person is on; nothing is finished.

        Only the save that brings a new entry into being changes what other screens show
        (a draft to carry on with); later autosaves announce nothing."""
        if self.entry_id is None:
            self.entry_id = workbook.start_entry(self.module).id
            self._unannounced = True
        entry = workbook.save_draft(self.entry_id, answers, page_index)
        topics: tuple[Topic, ...] = ()
        if self._unannounced:
            topics, self._unannounced = ("entries", "progress"), False
        return Done(entry, topics)

    def finish(
        self,
        program: Program,
        workbook: Workbook,
        answers: Mapping[str, Any],
        context: Context | None = None,
    ) -> Done[Entry]:
        """Finish (or revise) this entry, starting it first if nothing was saved yet."""
        if self.entry_id is None:
            self.entry_id = workbook.start_entry(self.module).id
        return finish_entry(program, workbook, self.entry_id, answers, context)
