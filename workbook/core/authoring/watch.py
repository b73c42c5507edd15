"""When a module file being previewed has really changed, and is ready to be read again.

Editors save in many ways: in place, by writing a new file and renaming it over the
old one, or in two writes (empty, then full). Polling the file's bytes copes with all
of them, where a file-system watcher loses track after a rename. A change counts once
the bytes are the same on two polls in a row, so a save caught half-way is never
shown; at a quarter-second poll that still reloads well within a second.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

#: how often the preview looks at the file
POLL_MS = 250
#: bigger than any module: only its size and time are compared, its bytes are not read
LARGEST_HASHED = 4 * 1024 * 1024


class FileState(Enum):
    SAME = "same"  # nothing new since the last reload
    CHANGED = "changed"  # new, settled content: reload now
    SETTLING = "settling"  # new content still being written: wait one more poll
    MISSING = "missing"  # not there (moved, deleted, or mid-rename): keep showing the last one


@dataclass
class FileWatch:
    """Polled by the preview window; ``poll`` says whether to reload."""

    path: Path
    _loaded: bytes | None = None
    _seen: bytes | None = None

    def __post_init__(self) -> None:
        self._loaded = self._fingerprint()
        self._seen = self._loaded

    def _fingerprint(self) -> bytes | None:
        try:
            stat = self.path.stat()
            if stat.st_size > LARGEST_HASHED:
                return f"{stat.st_size}:{stat.st_mtime_ns}".encode()
            return hashlib.sha256(self.path.read_bytes()).digest()
        except OSError:
            return None

    def poll(self) -> FileState:
        now = self._fingerprint()
        previous, self._seen = self._seen, now
        if now is None:
            return FileState.MISSING
        if now == self._loaded:
            return FileState.SAME
        if now != previous:
            return FileState.SETTLING
        self._loaded = now
        return FileState.CHANGED
