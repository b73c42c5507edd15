"""Naming the fault from what SQLite and the OS report (no mounts needed)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import sqlcipher3

from workbook.core.faults import GENERAL_MESSAGE, describe_failure
from workbook.core.store import (
    CorruptWorkbook,
    DiskError,
    DiskFull,
    InUseElsewhere,
    NotWritable,
)
from workbook.core.store.failures import classify


def sqlite_error(code: int, text: str) -> sqlcipher3.Error:
    error = sqlcipher3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (13, "database or disk is full", DiskFull),
        (5, "database is locked", InUseElsewhere),
        (6, "database table is locked", InUseElsewhere),
        (8, "attempt to write a readonly database", NotWritable),
        (11, "database disk image is malformed", CorruptWorkbook),
        (26, "file is not a database", CorruptWorkbook),
        (10 | (12 << 8), "disk I/O error", DiskError),  # SQLITE_IOERR_SHMSIZE, folder is fine
    ],
)
def test_each_sqlite_result_is_named_for_its_cause(
    code: int, text: str, expected: type[Exception], tmp_path: Path
) -> None:
    """Only corruption and non-database files are damage; the rest name the disk or a program."""
    fault = classify(sqlite_error(code, text), tmp_path)
    assert type(fault) is expected


def test_a_full_disk_during_a_whole_database_copy_is_a_full_disk(tmp_path: Path) -> None:
    """The backup API (backups, passphrase changes, restores) reports a full disk with no
    result code, only words: still a full disk, never an unnamed error."""
    fault = classify(sqlcipher3.OperationalError("database or disk is full"), tmp_path)
    assert type(fault) is DiskFull


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EROFS, NotWritable),
        (errno.EACCES, NotWritable),
        (errno.EIO, DiskError),
    ],
)
def test_each_os_error_is_named_for_its_cause(number: int, expected: type[Exception]) -> None:
    assert type(classify(OSError(number, "x"))) is expected


def test_a_vague_io_error_on_a_full_folder_is_called_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite says only "disk I/O error" when the -shm can't grow; the folder says why."""
    from workbook.core.store import failures

    monkeypatch.setattr(failures, "LOW_SPACE_BYTES", 1 << 62)  # every disk looks full
    assert type(classify(sqlite_error(10, "disk I/O error"), tmp_path)) is DiskFull


def test_describing_a_failure_names_the_fault_and_flags_only_bugs() -> None:
    """The one mapping every screen and command uses: faults in words, bugs reported."""
    seen: list[BaseException] = []
    message, advice = describe_failure(OSError(errno.ENOSPC, "No space"), seen.append)
    assert "full" in message and "restore" not in advice.casefold()
    message, _ = describe_failure(sqlite_error(5, "database is locked"), seen.append)
    assert "Another program" in message
    assert seen == []
    bug = ZeroDivisionError()
    assert describe_failure(bug, seen.append)[0] == GENERAL_MESSAGE
    assert seen == [bug]
