"""Stand-ins for the screens tests: a fake service (real threads, real signals) and a fake workbook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbook.core.language.model import Field, FieldType, Module, Page, Program, Source
from workbook.core.usecases.unsaved import UnsavedWrites

SRC = Source(Path("safety-plan.md"), 1)


@dataclass(frozen=True)
class FakeEntry:
    id: str
    module_id: str
    status: str
    answers: dict[str, Any]
    results: dict[str, Any] | None = None
    completed_at: datetime | None = None


class FakeWorkbook:
    """Settings and finished entries, in memory."""

    path: Path | None = None

    def __init__(self) -> None:
        self.settings: dict[str, Any] = {}
        self.saved_entries: list[FakeEntry] = []

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.settings[key] = value

    def entries(self, module_id: str | None = None, status: str | None = None) -> list[FakeEntry]:
        return [
            e
            for e in reversed(self.saved_entries)
            if (module_id is None or e.module_id == module_id)
            and (status is None or e.status == status)
        ]


class FakeService(QObject):
    """The parts of WorkbookService the screens use."""

    changed = Signal(str)
    locked = Signal()
    opened = Signal()
    about_to_lock = Signal()
    problem = Signal(str, str)

    def __init__(self, program: Program, workbook: Any | None) -> None:
        super().__init__()
        self.program = program
        self.workbook = workbook
        self.unsaved = UnsavedWrites()
        self.requested_modules: list[str] = []
        self.requested_screens: list[str] = []
        self._relays: set[_Relay] = set()

    def request_module(self, module_id: str, entry_id: str | None = None) -> None:
        self.requested_modules.append(module_id)

    def request_screen(self, key: str) -> None:
        self.requested_screens.append(key)

    def require(self) -> Any:
        if self.workbook is None:
            raise RuntimeError("no workbook is open")
        return self.workbook

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.workbook.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.workbook.set_setting(key, value)
        self.changed.emit("settings")

    def notify(self, *topics: str) -> None:
        for topic in topics:
            self.changed.emit(topic)

    def run_in_background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ) -> None:
        """Like the real service: run on a worker thread, report back on the GUI thread."""
        relay = _Relay()
        self._relays.add(relay)

        def done(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            message = getattr(exc, "message", str(exc))
            advice = getattr(exc, "advice", "")
            if on_error is not None:
                on_error(message, advice)

        relay.done.connect(done)
        relay.failed.connect(failed)
        QThreadPool.globalInstance().start(_Task(fn, relay))

    def wait_for_background(self) -> None:
        QThreadPool.globalInstance().waitForDone()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def _field(field_id: str, label: str, kind: FieldType = FieldType.LIST) -> Field:
    return Field(id=field_id, type=kind, label=label, source=SRC)


SAFETY_PLAN = Module(
    id="safety-plan",
    title="My safety plan",
    stage="aftercare",
    version="1",
    summary="",
    path=SRC.path,
    source_hash="0" * 64,
    pages=(
        Page("Step 1. Warning signs", (_field("warning_signs", "What tells me?"),), SRC),
        Page(
            "Step 2. Things I can do on my own",
            (_field("coping", "What can I do?"), _field("places", "Where can I go?")),
            SRC,
        ),
        Page(None, (_field("reasons", "My reasons for living", FieldType.LONG_TEXT),), SRC),
    ),
)

PROGRAM = Program(title="Test program", path=Path("."), stages=(), modules=(SAFETY_PLAN,))


def finished_plan(answers: dict[str, Any]) -> FakeEntry:
    return FakeEntry("plan-1", "safety-plan", "complete", answers, None, datetime.now(UTC))


PASSPHRASE = "a calm morning by the sea"
