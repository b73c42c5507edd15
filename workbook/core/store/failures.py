"""Name the fault: turn what SQLite and the OS report into the store's human errors.

Where the store meets SQLite and the file system, a failure is one of: no space
left, a read-only folder or no permission, another program holding the database
lock, some other input/output error, or real damage. Only the last is
``CorruptWorkbook``; the others leave the workbook as it was and go away when
their cause does, so they must never be mistaken for damage (that would offer a
restore, which loses what was written since the backup).

SQLite says *what* failed (its result code) but not *why* at the OS level: a full
disk often surfaces as ``SQLITE_IOERR`` or ``SQLITE_CANTOPEN`` when the ``-shm``
or ``-wal`` file can't grow. So for those codes the folder is probed (free space,
a read-only mount, a tiny test write) to name the real cause.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import exc

from workbook.core.store.errors import (
    CorruptWorkbook,
    DiskError,
    DiskFull,
    InUseElsewhere,
    NotWritable,
    OutsideFault,
    StoreError,
)

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26

#: Below this much free space SQLite can't grow its -wal/-shm files: call it full.
LOW_SPACE_BYTES = 256 * 1024

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_IO_ERRNOS = {errno.EIO, errno.ENXIO, errno.ENODEV}
# Used only when a driver error carries no result code (as from sqlcipher3's backup()).
_CORRUPT_WORDS = ("not a database", "malformed", "corrupt", "hmac")
_LOCKED_WORDS = ("database is locked", "database table is locked")
# The backup API's errors (every whole-database copy) come without a result code.
_FULL_WORDS = ("database or disk is full",)


def probe_folder(folder: Path) -> StoreError | None:
    """What the folder itself says is wrong: full, read-only, failing; None when it looks fine.

    Leaves nothing behind: the test file is removed whether or not the write worked.
    """
    with contextlib.suppress(OSError):
        stats = os.statvfs(folder)
        if stats.f_flag & os.ST_RDONLY:
            return NotWritable()
        if stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES:
            return DiskFull()
    name: str | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".workbook-probe-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return from_os_error(error)
    finally:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)
    return None


def from_os_error(error: OSError) -> StoreError | None:
    """The fault an errno names, or None for one that isn't about the disk (e.g. ENOENT)."""
    if error.errno in _FULL_ERRNOS:
        return DiskFull()
    if error.errno in _NOT_WRITABLE_ERRNOS:
        return NotWritable()
    if error.errno in _IO_ERRNOS:
        return DiskError()
    return None


def _sqlite_code(error: sqlcipher3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _from_sqlite(error: sqlcipher3.Error, folder: Path | None) -> StoreError | None:
    code = _sqlite_code(error)
    text = str(error).lower()
    if code is None:
        if any(word in text for word in _CORRUPT_WORDS):
            code = SQLITE_CORRUPT
        elif any(word in text for word in _LOCKED_WORDS):
            code = SQLITE_BUSY
        elif any(word in text for word in _FULL_WORDS):
            code = SQLITE_FULL
        else:
            code = SQLITE_IOERR if "disk i/o" in text else SQLITE_ERROR
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptWorkbook(problems=(str(error),))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return InUseElsewhere()
    if code == SQLITE_FULL:
        return DiskFull()
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM, SQLITE_PROTOCOL):
        probed = probe_folder(folder) if folder is not None else None
        if probed is not None:
            return probed
        if code in (SQLITE_READONLY, SQLITE_PERM):
            return NotWritable()
        return DiskError(f"{DiskError.message[:-1]} ({error}).")
    return None


def classify(error: BaseException, folder: Path | None = None) -> StoreError | None:
    """The StoreError for a low-level failure, or None when it is not a disk or file problem.

    ``folder`` is where the files live; with it, vague SQLite errors are diagnosed.
    """
    if isinstance(error, StoreError):
        return error
    if isinstance(error, exc.DBAPIError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    if isinstance(error, sqlcipher3.Error):
        return _from_sqlite(error, folder)
    if isinstance(error, OSError):
        return from_os_error(error)
    return None


@contextmanager
def translated(folder: Path | None = None, *, saving: bool = False) -> Iterator[None]:
    """Re-raise disk and file failures as StoreErrors; let programming errors through.

    ``saving``: the caller is saving what someone wrote (the advice says it is still on screen).
    """
    try:
        yield
    except (exc.DBAPIError, sqlcipher3.Error, OSError) as error:
        mapped = classify(error, folder)
        if mapped is None or mapped is error:
            raise
        if saving and isinstance(mapped, OutsideFault):
            mapped = mapped.while_saving()
        raise mapped from error
