"""One go at a module: the answers so far, the page, autosave, checks and finishing.

The view pushes every edit here; this decides what is shown, what is checked and
when it is saved. Drafts are saved a second after the person stops typing (and at
least every ten seconds while they keep typing without a pause), and at once on a
page change, on leaving the module and before locking. Nothing is written
until the first real edit, so opening a module to look never creates an entry.
Editing a finished entry saves a new revision (its history is kept by the store).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from workbook.core import scoring

if TYPE_CHECKING:
    from workbook.core.language.model import Field, Module
    from workbook.core.store import Entry

AUTOSAVE_MS = 1000
#: however steadily someone types, their words reach the disk at least this often
AUTOSAVE_MAX_WAIT_MS = 10_000


class EntrySession(QObject):
    """The controller behind the module page (no widgets here)."""

    #: a draft or revision reached the workbook (entry id)
    saved = Signal(str)
    #: saving failed: (message, advice); the answers stay in memory and saving is retried
    save_failed = Signal(str, str)

    def __init__(
        self,
        service: Any,
        module: Module,
        entry: Entry | None = None,
        *,
        read_only: bool = False,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.module = module
        self.entry = entry
        self.read_only = read_only
        self.answers: dict[str, Any] = dict(entry.answers) if entry is not None else {}
        pages = max(len(module.pages), 1)
        self.page_index = min(max(entry.page_index if entry is not None else 0, 0), pages - 1)
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

    def _context(self) -> Any:
        try:
            return self.service.context()
        except Exception:  # a closed or failing workbook: judge on this module's answers alone
            return {}

    def _program(self) -> Any:
        return getattr(self.service, "program", None)

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
        if self.read_only or not self.dirty:
            return True
        try:
            if self.revising:
                assert self.entry is not None
                self.entry = self.service.complete_entry(self.entry.id, self.finished_answers())
            else:
                if self.entry is None:
                    self.entry = _store(self.service).start_entry(self.module)
                    _notify(self.service, "entries", "progress")
                self.entry = _store(self.service).save_draft(
                    self.entry.id, self.answers, self.page_index
                )
        except Exception as error:  # never lose words: keep them in memory and say so
            message, advice = _describe(error)
            self._timer.start(AUTOSAVE_MS * 5)
            self.save_failed.emit(message, advice)
            return False
        self.dirty = False
        self.saved.emit(self.entry.id)
        return True

    def finish(self) -> Entry:
        """Complete (or revise) the entry with the visible answers; the caller checked them."""
        self._stop_timer()
        if self.entry is None:
            self.entry = _store(self.service).start_entry(self.module)
        entry: Entry = self.service.complete_entry(self.entry.id, self.finished_answers())
        self.entry = entry
        self.dirty = False
        self.read_only = True
        return entry

    def discard(self) -> None:
        """Forget the answers held in memory (on lock, after flushing)."""
        self._stop_timer()
        self.answers.clear()
        self.dirty = False


def _store(service: Any) -> Any:
    """The open workbook, through the service's own wrapper if it has one."""
    require = getattr(service, "require", None)
    return require() if callable(require) else service.workbook


def _notify(service: Any, *topics: str) -> None:
    notify = getattr(service, "notify", None)
    if callable(notify):
        notify(*topics)
    else:
        for topic in topics:
            service.changed.emit(topic)


def _describe(error: Exception) -> tuple[str, str]:
    message = getattr(error, "message", None)
    advice = getattr(error, "advice", None)
    if isinstance(message, str) and isinstance(advice, str):
        return message, advice
    return (
        "Workbook couldn't save your latest answers just now.",
        "They are still here on screen. Workbook will keep trying; check there is free disk space.",
    )
