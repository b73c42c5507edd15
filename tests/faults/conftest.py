"""Fixtures for the fault-injection tests: a workbook on a small disk, and each fault on demand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import fault_helpers as helpers
import pytest

# Only the helpers module is imported: test files elsewhere do ``from conftest import
# PASSPHRASE``, and whichever conftest loaded last answers, so no such names live here.
FAULTS = ["full", "read-only", "locked"]


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[helpers.SmallDisk]:
    """An 8 MiB tmpfs holding Workbook's data folder."""
    helpers.require_mounts()
    root = tmp_path / "small-disk"
    helpers.mount_tmpfs(root, 8 * 1024)
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(root / "data"))
    try:
        yield helpers.SmallDisk(root)
    finally:
        helpers.unmount(root)


@pytest.fixture
def prepared(small_disk: helpers.SmallDisk, monkeypatch: pytest.MonkeyPatch) -> helpers.Prepared:
    """Three finished entries (each save returned, so each was promised) and one backup."""
    from workbook.core.store import create_workbook
    from workbook.core.store.engine import connection

    # Another program's lock is reported after this wait, not the everyday 3 s.
    monkeypatch.setattr(connection, "LOCK_WAIT_SECONDS", 0.3)
    workbook, _key = create_workbook("Robin", helpers.PASSPHRASE)
    entries: dict[str, dict[str, str]] = {}
    with workbook:
        for n in range(3):
            entry = workbook.start_entry(helpers.FakeModule())
            answers = {"situation": f"day {n}: " + "words " * 200, "feeling": "calmer"}
            workbook.complete_entry(entry.id, answers, None)
            entries[entry.id] = answers
        workbook.backup_now()
        data_key = workbook._data_key
    return helpers.Prepared(workbook.path, workbook.db_path, data_key, entries)


@pytest.fixture(params=FAULTS)
def fault(request: pytest.FixtureRequest) -> str:
    return str(request.param)
