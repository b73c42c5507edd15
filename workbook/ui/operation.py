"""The one path every write from a screen takes: run the use case, report failure one way,
announce what changed (after Anki's ``CollectionOp``).

A screen builds a ``WriteOp`` around a use case from ``workbook.core.usecases`` and
runs it. The op

* runs it on the open workbook (on the GUI thread: one entry, goal or setting is a
  millisecond transaction; ``run_in_background`` is there for slow work such as backups);
* on failure keeps nothing from being lost: the screen's widgets are left untouched,
  the write itself (with the words it carries) waits in ``service.unsaved`` so locking
  can't drop it, and the screen's ``SaveProblem`` names the cause in plain words with
  **Try again**. Success is never claimed: ``success`` callbacks run only after the
  store committed;
* on success forgets any waiting copy, clears the problem, and announces the use
  case's topics so every screen showing those things refreshes.

An answer reaches its row in five hops:

1. the field widget emits ``changed`` (``workbook/ui/fields``);
2. ``EntrySession`` keeps the answer and, when autosave fires, builds a ``WriteOp``
   (``workbook/ui/program/session.py``);
3. ``WriteOp.run`` runs the use case on the open workbook (this file);
4. ``Draft.save`` decides what to write (``workbook/core/usecases/entries.py``);
5. ``Workbook.save_draft`` writes the row in one committed transaction (``workbook/core/store``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.usecases import Done
from workbook.core.usecases.unsaved import Replayed, UnsavedWrites

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.ui.shell.save_problem import SaveProblem

T = TypeVar("T")

#: A use case with everything it writes already captured.
UseCase = Callable[["Program", "Workbook"], Done[T]]
OnFailure = Callable[[str, str], None]


class OpHost(Protocol):
    """What an operation needs from the service that owns the open workbook."""

    @property
    def workbook(self) -> Workbook | None: ...
    @property
    def program(self) -> Program: ...
    @property
    def unsaved(self) -> UnsavedWrites: ...
    def notify(self, *topics: str) -> None: ...
    def run_in_background(
        self,
        fn: Callable[[], object],
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ) -> None: ...


class NotOpen(Exception):
    """The workbook locked before the write could run."""

    message = QT_TRANSLATE_NOOP("Faults", "Your workbook is locked, so this wasn't saved yet.")
    advice = QT_TRANSLATE_NOOP("Faults", "It is kept until you unlock; then it is saved.")


def explain(error: BaseException) -> tuple[str, str]:
    """(message, advice) for a failed write: the one place the op path turns a failure into
    words (the core's mapping, through ``workbook.ui.failure_words``)."""
    from workbook.ui.failure_words import describe_error

    return describe_error(error)


def _write_now(host: OpHost, write: UseCase[T]) -> Done[T]:
    workbook = host.workbook
    if workbook is None:
        raise NotOpen()
    return write(host.program, workbook)


def apply(host: OpHost, write: UseCase[T]) -> T:
    """Run ``write`` on the open workbook and announce what it changed; raises on failure.

    For callers with no screen to report on (tests, replays); screens use ``WriteOp``."""
    done = _write_now(host, write)
    host.notify(*done.topics)
    return done.value


@dataclass(frozen=True)
class _Refused:
    """A background write's failure, carried back to the GUI thread as a value."""

    error: Exception


class WriteOp(Generic[T]):
    """One write a screen asked for. Configure with ``success``/``failure``, then ``run``."""

    def __init__(
        self,
        host: OpHost,
        write: UseCase[T],
        *,
        what: str,
        shown_in: SaveProblem | None = None,
        key: str | None = None,
    ) -> None:
        """``what`` names the write in the person's words ("your answers in Mood check");
        ``shown_in`` is the screen's problem bar; ``key`` (one per thing being written)
        keeps a failed write waiting so locking can't drop it."""
        self._host = host
        self._write = write
        self._what = what
        self._shown_in = shown_in
        self._key = key
        self._success: list[Callable[[T], object]] = []
        self._failure: list[OnFailure] = []
        self._retry: Callable[[], object] = self.run

    def success(self, fn: Callable[[T], object]) -> WriteOp[T]:
        self._success.append(fn)
        return self

    def failure(self, fn: OnFailure) -> WriteOp[T]:
        """``fn(message, advice)`` after the problem is shown (e.g. to keep retrying)."""
        self._failure.append(fn)
        return self

    def retry_with(self, fn: Callable[[], object]) -> WriteOp[T]:
        """What **Try again** does (default: this same write again). A form that may have
        changed since passes its own save, so the retry writes what is on screen now."""
        self._retry = fn
        return self

    def run(self) -> bool:
        """Write now; True once committed (success callbacks have run)."""
        try:
            done = _write_now(self._host, self._write)
        except Exception as error:  # every failure reaches the person in plain words
            self._failed(*explain(error))
            return False
        self._succeeded(done)
        return True

    def run_in_background(self) -> None:
        """Write on the service's thread pool; callbacks come back on the GUI thread."""
        host, write = self._host, self._write

        def work() -> object:
            try:
                return _write_now(host, write)
            except Exception as error:  # told in words back on the GUI thread, by explain()
                return _Refused(error)

        def done(result: object) -> None:
            if isinstance(result, _Refused):
                self._failed(*explain(result.error))
            else:
                assert isinstance(result, Done)
                self._succeeded(result)

        host.run_in_background(work, done, self._failed)

    def _succeeded(self, done: Done[T]) -> None:
        """The screen hears first (it marks its form saved), then every screen refreshes."""
        if self._key is not None:
            self._host.unsaved.forget(self._key)
        if self._shown_in is not None:
            self._shown_in.clear()
        for fn in self._success:
            fn(done.value)
        self._host.notify(*done.topics)

    def _failed(self, message: str, advice: str) -> None:
        if self._key is not None:
            workbook = self._host.workbook
            path = None if workbook is None else workbook.path
            self._host.unsaved.keep(self._key, self._what, self._write, message, advice, path)
        if self._shown_in is not None:
            self._shown_in.show_problem(message, advice, self._retry)
        elif not self._failure:
            self._ask_to_retry(message, advice)
        for fn in self._failure:
            fn(message, advice)

    def _ask_to_retry(self, message: str, advice: str) -> None:
        """No problem bar to show it in: a calm dialog, with the same Try again."""
        from PySide6.QtCore import QCoreApplication

        from workbook.ui.shell.save_problem import TRY_AGAIN
        from workbook.ui.widgets.dialogs import show_problem

        chosen = show_problem(
            None,
            message,
            advice,
            title=QCoreApplication.translate("WriteOp", "Not saved"),
            actions=[(QCoreApplication.translate("ShellSaveProblem", TRY_AGAIN), "retry")],
        )
        if chosen == "retry":
            self._retry()


def replay_unsaved(host: OpHost) -> Replayed | None:
    """After unlocking: save what could not be saved before the lock (same workbook only)."""
    workbook = host.workbook
    unsaved = host.unsaved
    if workbook is None or not unsaved:
        return None

    def reason(error: Exception) -> str:
        return explain(error)[0]

    replayed = unsaved.replay(host.program, workbook, reason)
    host.notify(*replayed.topics)
    return replayed
