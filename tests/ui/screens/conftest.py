"""Fixtures for the screens tests: a fake service and workbook for tests that need no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from workbook.core.language.model import Field, FieldType, Module, Page, Program, Source

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

    def __init__(self, program: Program, workbook: Any | None) -> None:
        super().__init__()
        self.program = program
        self.workbook = workbook

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.workbook.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.workbook.set_setting(key, value)
        self.changed.emit("settings")

    def notify(self, *topics: str) -> None:
        for topic in topics:
            self.changed.emit(topic)


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


@pytest.fixture
def fake_workbook() -> FakeWorkbook:
    return FakeWorkbook()


@pytest.fixture
def fake_service(fake_workbook: FakeWorkbook) -> FakeService:
    return FakeService(PROGRAM, fake_workbook)


@pytest.fixture
def locked_service() -> FakeService:
    return FakeService(PROGRAM, None)
