"""The one object that owns the open workbook: screens go through it and refresh on its signals.

Every write a screen makes goes through a thin method here, which calls the store
and then emits ``changed(topic)`` so every screen showing that kind of thing
refreshes. Slow work (unlocking with Argon2, backups, PDFs) runs on the thread pool
through ``run_in_background`` so the window never freezes; failures come back as a
calm message, never a traceback.

Topics: "entries", "goals", "checkins", "settings", "progress".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.scoring import Context, Results
    from workbook.core.store import Entry, Workbook

#: Per-workbook settings (kept encrypted inside the workbook) that the shell reads.
AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
CHECKIN_REMINDER = "checkin_reminder"  # "HH:MM", or "" / None for no reminder
PROGRAM_BINDING = "program_binding"  # see workbook.ui.program_binding

TOPICS = ("entries", "goals", "checkins", "settings", "progress")

OnDone = Callable[[Any], None]
OnError = Callable[[str, str], None]


def describe_error(exc: BaseException) -> tuple[str, str]:
    """A (message, advice) pair for any failure: the store's own words, or a kind default."""
    message = getattr(exc, "message", None)
    advice = getattr(exc, "advice", None)
    if isinstance(message, str) and isinstance(advice, str):
        return message, advice
    if isinstance(exc, OSError):
        return (
            "Workbook couldn't read or write a file it needs.",
            "Check there is free disk space and that the folder can be written to, then try again.",
        )
    from workbook.ui.crash import write_crash_log

    write_crash_log(type(exc), exc, exc.__traceback__)
    return (
        "Something went wrong while doing that.",
        "Nothing you had saved was lost. Please try again; if it keeps happening, "
        "restart Workbook.",
    )


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
        """Take ownership of a freshly unlocked workbook and tell every screen."""
        if self.workbook is not None and self.workbook is not workbook:
            self.workbook.close()
        self.workbook = workbook
        self._context = None
        from workbook.ui.program_binding import reconcile

        self.notices = reconcile(self)
        self.opened.emit()

    def lock(self) -> None:
        """Save drafts, close the database and forget everything read from it."""
        if self.workbook is None:
            return
        self.about_to_lock.emit()
        self.pool.waitForDone()
        workbook, self.workbook = self.workbook, None
        self._context = None
        self.notices = []
        try:
            workbook.close()
        finally:
            self.locked.emit()

    def shutdown(self) -> None:
        """On quit: finish background work, then lock (which saves drafts)."""
        self.pool.waitForDone()
        self.lock()

    # ---- the program -------------------------------------------------------------------
    @property
    def program(self) -> Program:
        """The program in use, parsed on first use (raises ProgramError if its files are wrong)."""
        with self._program_lock:
            if self._program is None:
                from workbook.core.language import load_program
                from workbook.paths import builtin_program_dir

                self._program = load_program(self.program_dir or builtin_program_dir())
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
            from workbook.ui.context import build_context

            self._context = build_context(self.program, self.require())
        return self._context

    def results_for(self, entry: Entry) -> Results | None:
        """An entry's stored results as a Results object (None if unscored or unknown module)."""
        module = self.module(entry.module_id)
        if module is None or not entry.results:
            return None
        from workbook.core.scoring import Results

        return Results.from_json(module, entry.results)

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.require().get_setting(key, default)

    def auto_lock_minutes(self) -> int:
        try:
            value = int(self.get_setting(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(value, 0)

    # ---- writing ----------------------------------------------------------------------
    def set_setting(self, key: str, value: Any) -> None:
        self.require().set_setting(key, value)
        self.changed.emit("settings")

    def complete_entry(self, entry_id: str, answers: Mapping[str, Any]) -> Entry:
        """Score and finish an entry; also records a check-in or goal if the module says so."""
        from workbook.ui.completion import complete

        entry = complete(self, entry_id, answers)
        return entry

    def save_checkin(
        self, day: date, mood: int, anxiety: int, sleep: int, energy: int, note: str
    ) -> Entry | None:
        """Today's check-in from Home: the check-in module's entry, completed like any other."""
        from workbook.ui.completion import quick_checkin

        return quick_checkin(self, day, mood, anxiety, sleep, energy, note)

    def request_module(self, module_id: str, entry_id: str | None = None) -> None:
        """Ask the window to open a module (optionally one entry of it) in the Program screen."""
        self.module_requested.emit(module_id, entry_id or "")

    def request_screen(self, key: str) -> None:
        self.screen_requested.emit(key)

    def notify(self, *topics: str) -> None:
        """Tell screens that these kinds of things changed (after a write)."""
        for topic in dict.fromkeys(topics):
            self.changed.emit(topic)

    def _on_changed(self, topic: str) -> None:
        if topic in {"entries", "progress"}:
            self._context = None
