"""Making real faults happen: a full disk, a read-only folder, another program's lock.

CI runs as root (``.ci/run``), so these use what a person's computer would do to
Workbook: a small tmpfs filled to the last byte, a read-only bind mount over the
workbook's folder, and a second process holding SQLite's exclusive lock. Without
root, or where mounting is not allowed, the tests that need them skip and say why.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSPHRASE = "a quiet walk by the river"
#: Words each fault's message must contain: the real cause, named.
CAUSE_WORDS = {
    "full": "full",
    "read-only": "read-only",
    "locked": "Another program",
}


@dataclass(frozen=True)
class FakeModule:
    """Just what the store reads from a module."""

    id: str = "thought-record"
    version: str = "1.0"
    source_hash: str = "b" * 64
    records: str | None = None


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def require_mounts() -> None:
    """Skip (with the reason) unless this process may mount file systems."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip(
            "fault injection mounts a tmpfs or a read-only bind mount: needs root (CI runs as root)"
        )


def mount_tmpfs(where: Path, size_kib: int) -> None:
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here ({done.stderr.strip() or done.returncode})")


def unmount(where: Path) -> None:
    done = _run("umount", str(where))
    if done.returncode != 0:
        _run("umount", "-l", str(where))


class SmallDisk:
    """A tmpfs that can be filled to the last byte and emptied again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def fill(self, leave: int = 0) -> None:
        """Write a filler file until the disk is full, or until only ``leave`` bytes are free."""
        with self.filler.open("ab", buffering=0) as handle:
            for step in (1 << 16, 1 << 12, 1 << 9, 1):
                while self.free() - step >= leave:
                    try:
                        handle.write(b"\0" * step)
                    except OSError:
                        break
        assert self.free() <= leave + 4096

    def free(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def clear(self) -> None:
        self.filler.unlink(missing_ok=True)


@contextlib.contextmanager
def read_only(folder: Path):  # type: ignore[no-untyped-def]
    """``folder`` becomes read-only (a bind mount over itself) until the block ends."""
    done = _run("mount", "--bind", str(folder), str(folder))
    if done.returncode != 0:
        pytest.skip(f"can't bind-mount here ({done.stderr.strip()})")
    try:
        done = _run("mount", "-o", "remount,bind,ro", str(folder))
        if done.returncode != 0:
            pytest.skip(f"can't remount read-only here ({done.stderr.strip()})")
        yield
    finally:
        unmount(folder)


_HOLDER = """
import sqlcipher3, sys
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute(sys.argv[2])
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("holding", flush=True)
sys.stdin.read()
conn.rollback()
conn.close()
"""


@contextlib.contextmanager
def lock_held_by_another_program(db_path: Path, data_key: bytes):  # type: ignore[no-untyped-def]
    """A second process holds the database's exclusive lock (BEGIN EXCLUSIVE) until the block ends."""
    from workbook.core.store.engine.connection import raw_key_pragma

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path), raw_key_pragma(data_key)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a workbook folder (backups included) and its bytes.

    SQLite's shared-memory index (``-shm``) and an empty ``-wal`` are left out: they
    are SQLite's scratch space, hold none of the person's data, and SQLite may create
    them on any attempt to read.
    """
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not path.name.endswith("-shm")
        and not (path.name.endswith("-wal") and path.stat().st_size == 0)
    }


def mentions_restore(*texts: str) -> bool:
    return any("restore" in text.casefold() for text in texts)


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
