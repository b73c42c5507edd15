"""The one way Workbook copies a whole encrypted database: SQLite's backup API, synced.

A backup, a passphrase change's re-encrypted copy and every restore copy a database
page by page through SQLCipher's codec (read with one key, written with the same or
another), never as a file copy of a file in use. All of them get the strictest
settings any of them needed: the copy is written with ``synchronous = FULL`` and
fsynced before anyone renames or trusts it, and a new file ends self-contained
(rollback journal, no ``-wal`` beside it) so it can be moved or kept on its own.
"""

from __future__ import annotations

from pathlib import Path

from workbook.core.store.engine.connection import raw_connection
from workbook.core.store.fsutil import fsync_file, touch_private


def copy_database(
    source: Path, source_key: bytes, target: Path, target_key: bytes, *, live: bool = False
) -> None:
    """Write ``source``'s whole contents into ``target``, re-encrypted from ``source_key``
    to ``target_key`` when they differ, and sync it to disk.

    ``target`` is a new file (created owner-only here; it must not exist yet), unless
    ``live``: then it is the open workbook's own database, written through its WAL in
    one transaction and checkpointed, so a crash leaves either the old or the copied
    contents, never a mix. The caller removes a new file that a failure left behind.
    """
    if not live:
        touch_private(target)
    with (
        raw_connection(source, source_key) as reader,
        raw_connection(target, target_key) as writer,
    ):
        writer.execute(f"PRAGMA journal_mode = {'WAL' if live else 'DELETE'}")
        writer.execute("PRAGMA synchronous = FULL")
        reader.backup(writer)
        if live:
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            # The backup API copies the source's header, WAL flag included: a copy of a
            # live workbook would otherwise want a -wal file beside it when opened.
            writer.execute("PRAGMA journal_mode = DELETE")
    fsync_file(target)
