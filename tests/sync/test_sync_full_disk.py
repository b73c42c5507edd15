"""A full sync-folder disk is named as the sync folder's problem, loses nothing, and the
changes go out with the next sync that works."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import FakeModule, Pair

from workbook.core.store.sync import engine
from workbook.core.store.sync.errors import SyncFolderUnwritable


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    where = tmp_path / "small"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here ({done.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_sync_folder_disk_loses_nothing(pair: Pair, small_disk: Path) -> None:
    # Move the shared folder onto the small disk (both computers point at it).
    folder = small_disk / "Sync"
    for workbook in (pair.laptop, pair.desktop):
        engine.configure(workbook, folder, engine.status(workbook).device_name)
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"notes": "written while the stick was full"})
    filler = small_disk / "filler.bin"
    with filler.open("wb", buffering=0) as handle, pytest.raises(OSError):
        while True:
            handle.write(b"\0" * 4096)
    with pytest.raises(SyncFolderUnwritable) as caught:
        engine.sync_now(pair.laptop)
    assert "sync folder" in caught.value.message and "full" in caught.value.message
    assert pair.laptop.entry(entry.id).answers == {"notes": "written while the stick was full"}
    assert not list(small_disk.rglob(".*.tmp"))

    filler.unlink()
    engine.sync_now(pair.laptop)
    engine.sync_now(pair.desktop)
    assert pair.desktop.entry(entry.id).answers == {"notes": "written while the stick was full"}
