"""Where a workbook's files sit: one folder per workbook, everything it needs inside.

<data dir>/workbooks/<slug>/
    workbook.db      the SQLCipher database (plus -wal/-shm while open)
    workbook.key     the envelope: the data key, wrapped twice (JSON)
    workbook.lock    held while a window has the workbook open
    backups/         <UTC time>-<kind>.db with a matching .key copy of the envelope
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from workbook import paths

DB_NAME = "workbook.db"
KEY_SUFFIX = ".key"
#: A restored copy being checked beside the database before it replaces it.
STAGED_PREFIX = ".restoring-"


@dataclass(frozen=True)
class WorkbookFiles:
    folder: Path
    db: Path

    @property
    def envelope(self) -> Path:
        return self.db.with_suffix(KEY_SUFFIX)

    @property
    def lock(self) -> Path:
        return self.db.with_suffix(".lock")

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def sidecars(self) -> tuple[Path, Path]:
        return (Path(f"{self.db}-wal"), Path(f"{self.db}-shm"))

    @classmethod
    def at(cls, path: Path | str) -> WorkbookFiles:
        """Accept a workbook folder or the database file inside it."""
        path = Path(path)
        if path.is_dir():
            return cls(path, path / DB_NAME)
        return cls(path.parent, path)


def workbooks_dir() -> Path:
    return paths.data_dir() / "workbooks"


def slug_for(name: str) -> str:
    """A folder name from a display name: ASCII, lower case, safe on every OS."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return slug or "workbook"


def new_folder(name: str) -> Path:
    """A folder for a new workbook that doesn't clash with one already there."""
    base = workbooks_dir()
    slug = slug_for(name)
    candidate = base / slug
    n = 2
    while candidate.exists():
        candidate = base / f"{slug}-{n}"
        n += 1
    return candidate
