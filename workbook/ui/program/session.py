"""One go at a module: the answers so far, the page, autosave, checks and finishing.

The view pushes every edit here; this decides what is shown, what is checked and
when it is saved. Drafts are saved a second after the person stops typing (and at
least every ten seconds while they keep typing without a pause), and at once on a
page change, on leaving the module and before locking. Nothing is written
until the first real edit, so opening a module to look never creates an entry.
Editing a finished entry saves a new revision (its history is kept by the store).

Every save and the finish go through the operation path (``workbook.ui.operation``):
a failure leaves the answers here and on screen, shows why with **Try again** in the
page's problem bar, keeps the write waiting so a lock can't drop it, and autosave
keeps retrying.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workbook.core import scoring
from workbook.core.usecases.entries import Draft
from workbook.ui.operation import OpHost, WriteOp

if TYPE_CHECKING:
    from workbook.core.language.model import Field, Module, Program
    from workbook.core.scoring import Context
    from workbook.core.store import Entry, Workbook
    from workbook.core.usecases import Done
    from workbook.ui.shell.save_problem import SaveProblem

AUTOSAVE_MS = 1000
#: however steadily someone types, their words reach the disk at least this often
AUTOSAVE_MAX_WAIT_MS = 10_000


class EntrySession(QObject):
    """The controller behind the module page (no widgets here)."""

    #: a draft or revision reached the workbook (entry id)
    saved = Signal(str)
    #: saving failed: (message, advice); the answers stay in memory and saving is retried
    save_failed = Signal(str, str)
    #: the entry was finished (or its revision saved): entry id
    finished = Signal(str)

    def __init__(
        self,
        service: SessionHost,
        module: Module,
        entry: Entry | None = None,
        *,
        read_only: bool = False,
        problem: SaveProblem | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        preview: bool = False,
    ) -> None:
        super().__init__(parent)
        self.service = service
        #: an author's live preview: answers are kept in memory only, never written
        self.preview = preview
        self.module = module
        self.entry = entry
        self.problem = problem
        self._draft = Draft(module, entry.id if entry is not None else None)
        #: one key per entry being written: a newer failed save replaces an older one
        self._key = f"entry:{id(self)}"
        self.read_only = read_only
        self.answers: dict[str, Any] = dict(entry.answers) if entry is not None else {}
        pages = max(len(module.pages), 1)
        self.page_index = min(max(entry.page_index if entry is not None else 0, 0), pages - 1)
        if read_only and entry is not None and entry.is_complete:
            self.page_index = 0  # reading finished answers starts at the beginning, not the end
        self.dirty = False
        self._clock = clock
        self._unsaved_since: float | None = None  # clock time of the oldest unsaved edit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    # -- state ---------------------------------------------------------------------------
    @property
    def entry_id(self) -> str | None:
        return None if self.entry is None else self.entry.id

    @property
    def revising(self) -> bool:
        """Editing an entry that was already finished (saves make revisions)."""
        return self.entry is not None and self.entry.is_complete and not self.read_only

    @property
    def page_count(self) -> int:
        return max(len(self.module.pages), 1)

    def is_last_page(self) -> bool:
        return self.page_index >= self.page_count - 1

    def _context(self) -> Context:
        try:
            return self.service.context()
        except Exception:  # a closed or failing workbook: judge on this module's answers alone
            return {}

    def _program(self) -> Program:
        return self.service.program

    def visible_ids(self) -> set[str]:
        fields = scoring.visible_fields(
            self.module, self.answers, self._context(), program=self._program()
        )
        return {f.id for f in fields}

    def problems(self, page_index: int | None = None) -> list[scoring.AnswerProblem]:
        """What needs fixing on one page (or, with None, anywhere) before going on."""
        fields: list[Field] | None = None
        if page_index is not None:
            fields = list(self.module.pages[page_index].fields)
        return scoring.validate_answers(
            self.module, self.answers, self._context(), fields, program=self._program()
        )

    def first_page_with(self, field_id: str) -> int:
        for index, page in enumerate(self.module.pages):
            if any(f.id == field_id for f in page.fields):
                return index
        return self.page_index

    def finished_answers(self) -> dict[str, Any]:
        """The answers to keep when finishing: visible questions that have an answer."""
        shown = self.visible_ids()
        return {k: v for k, v in self.answers.items() if k in shown and v is not None}

    # -- edits -----------------------------------------------------------------------------
    def set_answer(self, field_id: str, value: Any) -> None:
        if self.read_only:
            return
        if value is None:
            self.answers.pop(field_id, None)
        else:
            self.answers[field_id] = value
        self.dirty = True
        self._schedule_save()

    def _schedule_save(self) -> None:
        """Save a second after this edit, but never later than the maximum wait allows."""
        now = self._clock()
        if self._unsaved_since is None:
            self._unsaved_since = now
        left_ms = AUTOSAVE_MAX_WAIT_MS - (now - self._unsaved_since) * 1000
        self._timer.start(max(0, min(AUTOSAVE_MS, int(left_ms))))

    def _stop_timer(self) -> None:
        self._timer.stop()
        self._unsaved_since = None

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        for field_id, value in answers.items():
            self.set_answer(field_id, value)

    def go_to_page(self, index: int) -> None:
        index = min(max(index, 0), self.page_count - 1)
        if index == self.page_index:
            return
        self.page_index = index
        if not self.read_only and self.entry is not None and not self.revising:
            self.dirty = True
        self.flush()

    # -- saving -----------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save now if anything changed. Returns False if saving failed (answers are kept)."""
        self._stop_timer()
        if self.preview:
            self.dirty = False
        if self.read_only or not self.dirty:
            return True
        if self.revising:
            return self._finish_op(self.finished_answers(), revision=True).run()
        answers, page = dict(self.answers), self.page_index
        draft = self._draft

        def save(_program: Program, workbook: Workbook) -> Done[Entry]:
            return draft.save(workbook, answers, page)

        op = WriteOp(self.service, save, what=self._what(), shown_in=self.problem, key=self._key)
        return op.success(self._saved).failure(self._save_failed).retry_with(self.flush).run()

    def finish(self) -> bool:
        """Complete (or revise) the entry with the visible answers; the caller checked them.
        False if it could not be saved (the answers stay; the problem bar says why).
        A preview stores nothing: its Finish only checks the answers."""
        self._stop_timer()
        if self.preview:
            return True
        return self._finish_op(self.finished_answers(), revision=False).run()

    def _finish_op(self, answers: dict[str, Any], *, revision: bool) -> WriteOp[Entry]:
        draft = self._draft
        context = self._context() if self.module.is_scored else None

        def finish(program: Program, workbook: Workbook) -> Done[Entry]:
            return draft.finish(program, workbook, answers, context)

        op = WriteOp(self.service, finish, what=self._what(), shown_in=self.problem, key=self._key)
        if revision:
            return op.success(self._saved).failure(self._save_failed).retry_with(self.flush)
        return (
            op.success(self._finished).failure(self._finish_failed).retry_with(self._retry_finish)
        )

    def _retry_finish(self) -> None:
        self.finish()

    def _what(self) -> str:
        return QCoreApplication.translate("EntrySession", "your answers in {title}").format(
            title=self.module.title
        )

    def _saved(self, entry: Entry) -> None:
        self.entry = entry
        self.dirty = False
        self.saved.emit(entry.id)

    def _finished(self, entry: Entry) -> None:
        self.entry = entry
        self.dirty = False
        self.read_only = True
        self.finished.emit(entry.id)

    def _save_failed(self, message: str, advice: str) -> None:
        """Keep the answers, keep trying now and then, and let the page say why."""
        self.dirty = True
        self._timer.start(AUTOSAVE_MS * 5)
        self.save_failed.emit(message, advice)

    def _finish_failed(self, message: str, advice: str) -> None:
        """Finishing is the person's own act: no quiet retries, Try again is theirs."""
        self.dirty = True
        self.save_failed.emit(message, advice)

    def discard(self) -> None:
        """Forget the answers held in memory (on lock, after flushing; a write that failed
        waits in the service's ``unsaved`` until the next unlock)."""
        self._stop_timer()
        self.answers.clear()
        self.dirty = False


class SessionHost(OpHost, Protocol):
    """The service as a module page needs it: the op path, plus what answers are judged by."""

    def context(self) -> Context: ...
