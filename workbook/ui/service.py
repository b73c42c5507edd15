"""The one object that owns the open workbook: screens go through it and refresh on its signals.

Every write a screen makes is a use case (``workbook.core.usecases``) run through the
one operation path (``workbook.ui.operation``), which then calls ``notify`` so
``changed(topic)`` reaches every screen showing that kind of thing. Writes that failed
wait in ``unsaved``: locking keeps them in memory and they are saved on the next
unlock of the same workbook. Slow work (unlocking with Argon2, backups, PDFs) runs on
the thread pool through ``run_in_background`` so the window never freezes; failures
come back as a calm message, never a traceback.

Topics: ``workbook.core.usecases.TOPICS``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from workbook.core.usecases import TOPICS
from workbook.core.usecases.settings import (
    AUTO_LOCK_MINUTES,
    CHECKIN_REMINDER,
    DEFAULT_AUTO_LOCK_MINUTES,
)
from workbook.core.usecases.unsaved import UnsavedWrites, listed
from workbook.ui.failure_words import describe_error

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.scoring import Context, Results
    from workbook.core.store import Entry, Workbook

__all__ = [
    "AUTO_LOCK_MINUTES",
    "CHECKIN_REMINDER",
    "DEFAULT_AUTO_LOCK_MINUTES",
    "TOPICS",
    "LockReport",
    "WorkbookService",
    "describe_error",
]


@dataclass(frozen=True)
class LockReport:
    """What locking could not save (kept in memory until the next unlock), and why."""

    unsaved: tuple[str, ...] = ()
    reason: str = ""
    advice: str = ""

    @property
    def all_saved(self) -> bool:
        return not self.unsaved


OnDone = Callable[[Any], None]
OnError = Callable[[str, str], None]


def _custom_folder(folder: Path) -> Path | None:
    """``folder``, or None when it is the built-in program's own folder."""
    from workbook.paths import builtin_program_dir

    try:
        same = folder.resolve() == builtin_program_dir().resolve()
    except OSError:
        same = False
    return None if same else folder


class _Relay(QObject):
    """Carries a background result back to the GUI thread (it lives there; signals queue)."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # every failure must reach the person calmly
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class WorkbookService(QObject):
    """Owns ``program`` and the open ``workbook``; emits what changed."""

    changed = Signal(str)
    opened = Signal()
    about_to_lock = Signal()  # screens save drafts now (the workbook is still open)
    locked = Signal()
    #: a background task failed and its caller gave no handler: (message, advice)
    problem = Signal(str, str)
    busy_changed = Signal(bool)
    #: a screen asks the window to show a module (module id, entry id or "")
    module_requested = Signal(str, str)
    #: a screen asks the window to show another screen ("home", "program", "progress", …)
    screen_requested = Signal(str)

    def __init__(
        self,
        program: Program | None = None,
        *,
        program_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``program`` if already loaded; otherwise it is parsed from ``program_dir`` (or the
        built-in program) on first use, or earlier by ``preload_program``."""
        super().__init__(parent)
        self._program = program
        if program_dir is None and program is not None:
            program_dir = _custom_folder(program.path)
        self.program_dir = program_dir  # None: the built-in program
        self._program_lock = threading.Lock()
        self.workbook: Workbook | None = None
        self.notices: list[str] = []  # shown once after opening (program moved, changed…)
        self._context: Context | None = None
        #: failed writes waiting for a retry (kept across a lock, in memory only)
        self.unsaved = UnsavedWrites()
        #: what the last lock could or could not save (the unlock page says so)
        self.last_lock = LockReport()
        self._relays: set[_Relay] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.changed.connect(self._on_changed)

    # ---- opening, locking -------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.workbook is not None

    def require(self) -> Workbook:
        """The open workbook; screens only run while one is open."""
        if self.workbook is None:
            raise RuntimeError("no workbook is open")
        return self.workbook

    def open(self, workbook: Workbook) -> None:
        """Take ownership of a freshly unlocked workbook, save what waited since the lock,
        and tell every screen."""
        if self.workbook is not None and self.workbook is not workbook:
            self.workbook.close()
        self.workbook = workbook
        self._context = None
        from PySide6.QtCore import QLocale

        from workbook.core.usecases.program_binding import reconcile

        binding = reconcile(
            workbook,
            self.program_folder,
            explicit=self.program_dir is not None,
            language=QLocale().name(),
        )
        if binding.follow is not None:
            self.set_program(*binding.follow)
        self.notices = list(binding.notices)
        self.notices += self._save_what_waited()
        self.opened.emit()

    def _save_what_waited(self) -> list[str]:
        from workbook.ui.operation import replay_unsaved

        replayed = replay_unsaved(self)
        if replayed is None:
            return []
        notices = []
        if replayed.saved:
            notices.append(
                QCoreApplication.translate(
                    "WorkbookService",
                    "Saved now: {listed}, which couldn't be saved before Workbook locked.",
                ).format(listed=listed(replayed.saved))
            )
        if replayed.unsaved:
            notices.append(
                QCoreApplication.translate(
                    "WorkbookService",
                    "Still not saved: {listed}. {reason} Workbook keeps it in memory and tries again each time you unlock; please don't quit until it is saved.",
                ).format(listed=listed(replayed.unsaved), reason=replayed.reason)
            )
        self.last_lock = LockReport()
        return notices

    def lock(self) -> LockReport:
        """Save drafts through the operation path, close the database and forget everything
        read from it. What could not be saved stays in ``unsaved`` (memory only) for the
        next unlock; the returned report (also ``last_lock``) says so."""
        if self.workbook is None:
            return self.last_lock
        self.pool.waitForDone()
        self._flush_everything()
        workbook, self.workbook = self.workbook, None
        self._context = None
        self.notices = []
        self.last_lock = self._report()
        try:
            workbook.close()
        finally:
            self.locked.emit()
        return self.last_lock

    def save_drafts(self) -> LockReport:
        """Ask every screen to save what is on it now (before quitting); the workbook stays
        open. The report lists what still could not be saved."""
        if self.workbook is not None:
            self._flush_everything()
        return self._report()

    def _report(self) -> LockReport:
        unsaved = self.unsaved
        return LockReport(tuple(unsaved.descriptions()), unsaved.reason(), unsaved.advice())

    def _flush_everything(self) -> None:
        """Screens save what they hold; then what no screen holds any more (a check-in, a
        review, what waited since the last lock) is tried again."""
        self.about_to_lock.emit()
        from workbook.ui.operation import replay_unsaved

        replay_unsaved(self)

    def shutdown(self) -> None:
        """On quit (once the window has made sure nothing unsaved is left, or the person
        chose to leave it): finish background work, then lock."""
        self.pool.waitForDone()
        self.lock()

    # ---- the program -------------------------------------------------------------------
    @property
    def program(self) -> Program:
        """The program in use, parsed on first use (raises ProgramError if its files are wrong)."""
        with self._program_lock:
            if self._program is None:
                from PySide6.QtCore import QLocale

                from workbook.core.authoring.packs.installed import program_with_packs
                from workbook.core.language import load_program
                from workbook.paths import builtin_program_dir

                # Modules speak the app's language: install_language sets QLocale's default.
                folder = self.program_dir or builtin_program_dir()
                language = QLocale().name()
                base = load_program(folder, language)
                self._program = program_with_packs(base, language=language)
            return self._program

    @property
    def program_folder(self) -> Path:
        """The folder the program was (or will be) read from."""
        from workbook.paths import builtin_program_dir

        return Path(self.program_dir or builtin_program_dir())

    def preload_program(self, on_error: OnError | None = None) -> None:
        """Parse the program off the GUI thread while the person types their passphrase."""
        self.run_in_background(lambda: self.program, on_error=on_error)

    def set_program(self, program: Program, program_dir: Path | None = None) -> None:
        """Switch to another program (e.g. the one a workbook belongs to)."""
        with self._program_lock:
            self._program = program
            self.program_dir = program_dir
        self._context = None

    # ---- background work --------------------------------------------------------------
    def run_in_background(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Run ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(message, advice)``
        are called back on the GUI thread. Without ``on_error``, ``problem`` is emitted."""
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            message, advice = describe_error(exc)
            if on_error is not None:
                on_error(message, advice)
            else:
                self.problem.emit(message, advice)

        relay.done.connect(done)
        relay.failed.connect(failed)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Task(fn, relay))

    # ---- reading ----------------------------------------------------------------------
    def module(self, module_id: str) -> Module | None:
        return self.program.module(module_id)

    def context(self) -> Context:
        """What module expressions can see: each module's latest completed entry (cached)."""
        if self._context is None:
            from workbook.core.usecases.context import build_context

            self._context = build_context(self.program, self.require())
        return self._context

    def results_for(self, entry: Entry) -> Results | None:
        """An entry's stored results as a Results object (None if unscored or unknown module)."""
        module = self.module(entry.module_id)
        if module is None or not entry.results:
            return None
        from workbook.core.scoring import Results

        return Results.from_json(module, entry.results)

    def get_setting(self, key: str, default: object = None) -> object:
        return self.require().get_setting(key, default)

    def auto_lock_minutes(self) -> int:
        from workbook.core.usecases.settings import auto_lock_minutes

        return auto_lock_minutes(self.require())

    # ---- writing (screens use workbook.ui.operation) -------------------------------------
    def request_module(self, module_id: str, entry_id: str | None = None) -> None:
        """Ask the window to open a module (optionally one entry of it) in the Program screen."""
        self.module_requested.emit(module_id, entry_id or "")

    def request_screen(self, key: str) -> None:
        self.screen_requested.emit(key)

    def notify(self, *topics: str) -> None:
        """Tell screens that these kinds of things changed (the operation path calls this
        after a write)."""
        for topic in dict.fromkeys(topics):
            self.changed.emit(topic)

    def _on_changed(self, topic: str) -> None:
        if topic in {"entries", "progress"}:
            self._context = None
