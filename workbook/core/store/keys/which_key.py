"""Which data key opens an encrypted file: the current key, or one a passphrase change retired.

Apart from ``rekey`` so backups can ask without importing the passphrase change (which
lists backups itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlcipher3

from workbook.core.store.engine.connection import raw_connection


def opens(path: Path, key: bytes) -> bool | None:
    """True if ``key`` opens ``path``, False if it certainly doesn't, None if that can't be told."""
    try:
        with raw_connection(path, key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        # SQLCipher says "file is not a database" for a wrong key; anything else (a
        # locked file, an I/O error) is not evidence either way.
        return False if "not a database" in str(error) else None
    except OSError:
        return None
    return True


def key_that_opens(path: Path, keys: Sequence[bytes]) -> bytes | None:
    """Which of a workbook's data keys (current, then retired) opens ``path`` - a backup."""
    for key in keys:
        if opens(path, key):
            return key
    return None
