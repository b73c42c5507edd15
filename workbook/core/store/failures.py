"""Turn what SQLite and the OS report into the store's human errors."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3
from sqlalchemy import exc

from workbook.core.store.errors import CorruptWorkbook, SaveFailed, StoreError

_DISK_WORDS = ("full", "readonly", "read-only", "disk i/o", "unable to open", "locking protocol")
_CORRUPT_WORDS = ("not a database", "malformed", "corrupt", "hmac")
_DISK_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.EIO}


def classify(error: BaseException) -> StoreError | None:
    """The StoreError for a low-level failure, or None when it is not a disk or file problem."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, exc.DBAPIError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    text = str(error).lower()
    if isinstance(error, sqlcipher3.DatabaseError):
        if any(word in text for word in _CORRUPT_WORDS):
            return CorruptWorkbook(problems=(str(error),))
        if any(word in text for word in _DISK_WORDS):
            return SaveFailed()
    if isinstance(error, OSError) and error.errno in _DISK_ERRNOS:
        return SaveFailed()
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise disk and file failures as StoreErrors; let programming errors through."""
    try:
        yield
    except (exc.DBAPIError, sqlcipher3.Error, OSError) as error:
        mapped = classify(error)
        if mapped is None or mapped is error:
            raise
        raise mapped from error
