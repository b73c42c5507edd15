"""Fixtures for the fault-injection tests: a workbook on a small disk, and each fault on demand."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_helpers import (
    PASSPHRASE,
    FakeModule,
    SmallDisk,
    lock_held_by_another_program,
    mount_tmpfs,
    read_only,
    require_mounts,
    unmount,
)

FAULTS = ["full", "read-only", "locked"]


@dataclass(frozen=True)
class Prepared:
    """A closed workbook on the small disk, with what was acknowledged as saved."""

    folder: Path
    db: Path
    data_key: bytes
    entries: dict[str, dict[str, str]]  # entry id -> answers

    def check_everything_is_there(self) -> None:
        """Open it the ordinary way: every acknowledged entry, with its answers."""
        from workbook.core.store import open_workbook

        with open_workbook(self.folder, PASSPHRASE) as workbook:
            assert workbook.check_integrity() == []
            for entry_id, answers in self.entries.items():
                entry = workbook.entry(entry_id)
                assert entry.status == "complete"
                assert entry.answers == answers


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    """An 8 MiB tmpfs holding Workbook's data folder."""
    require_mounts()
    root = tmp_path / "small-disk"
    mount_tmpfs(root, 8 * 1024)
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(root / "data"))
    try:
        yield SmallDisk(root)
    finally:
        unmount(root)


@pytest.fixture
def prepared(small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch) -> Prepared:
    """Three finished entries (each save returned, so each was promised) and one backup."""
    from workbook.core.store import create_workbook
    from workbook.core.store.engine import connection

    # Another program's lock is reported after this wait, not the everyday 3 s.
    monkeypatch.setattr(connection, "LOCK_WAIT_SECONDS", 0.3)
    workbook, _key = create_workbook("Robin", PASSPHRASE)
    entries: dict[str, dict[str, str]] = {}
    with workbook:
        for n in range(3):
            entry = workbook.start_entry(FakeModule())
            answers = {"situation": f"day {n}: " + "words " * 200, "feeling": "calmer"}
            workbook.complete_entry(entry.id, answers, None)
            entries[entry.id] = answers
        workbook.backup_now()
        data_key = workbook._data_key
    return Prepared(workbook.path, workbook.db_path, data_key, entries)


@contextlib.contextmanager
def fault_active(kind: str, disk: SmallDisk, prepared: Prepared) -> Iterator[None]:
    """While the block runs, the workbook meets ``kind``; afterwards the cause is gone."""
    if kind == "full":
        disk.fill()
        try:
            yield
        finally:
            disk.clear()
    elif kind == "read-only":
        with read_only(prepared.folder):
            yield
    else:
        with lock_held_by_another_program(prepared.db, prepared.data_key):
            yield


@pytest.fixture(params=FAULTS)
def fault(request: pytest.FixtureRequest) -> str:
    return str(request.param)
