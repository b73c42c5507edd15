"""One window per workbook: an OS file lock beside the database, held while it is open.

The OS drops the lock when the process ends, however it ends, so a crash never
leaves a workbook stuck "already open".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from workbook.core.store.errors import AlreadyOpen


class WorkbookLock:
    """An exclusive, non-blocking lock on ``path``; ``AlreadyOpen`` when someone holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyOpen() from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
