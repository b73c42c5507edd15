"""Sync now, set up, status: the one place the steps of a sync are put in order.

1. Record what changed here since the last sync (capture) and seal it into one new
   journal file in the folder.
2. Read the other computers' journal files not read before; a file that is
   incomplete, altered or copied is skipped and reported, never merged.
3. Merge what they carry (merge.py) and count the conflicts left for the person.

All of it runs in one transaction under the workbook's lock, so saves wait for a
sync and a failed sync leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from workbook.core.store import clock
from workbook.core.store.sync import folder_key, journal, ledger
from workbook.core.store.sync.capture import capture
from workbook.core.store.sync.conflicts import count_conflicts
from workbook.core.store.sync.errors import (
    OtherWorkbookFolder,
    PassphraseChangedElsewhere,
    SyncFolderMissing,
    SyncFolderUnwritable,
    SyncNotSetUp,
)
from workbook.core.store.sync.folder_key import KeyState
from workbook.core.store.sync.hlc import HlcClock
from workbook.core.store.sync.journal import Unreadable
from workbook.core.store.sync.kinds import ALL_KINDS
from workbook.core.store.sync.merge import merge_pending

if TYPE_CHECKING:
    from workbook.core.store.workbook import Workbook


@dataclass(frozen=True)
class Peer:
    device: str
    name: str
    last_arrived_at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    folder: Path | None
    device_id: str
    device_name: str
    last_sync_at: datetime | None
    peers: tuple[Peer, ...]
    conflicts: int


@dataclass(frozen=True)
class SyncReport:
    sent: int = 0
    received: int = 0
    files_read: int = 0
    problems: tuple[Unreadable, ...] = field(default_factory=tuple)
    conflicts: int = 0
    #: Entries whose answers or status arrived from another computer (scores to redo).
    touched_entries: tuple[str, ...] = ()


def _device(conn: Connection) -> tuple[str, str, str | None, str | None]:
    row = conn.exec_driver_sql(
        "SELECT device_id, name, folder, last_sync_at FROM sync_device WHERE id = 1"
    ).one()
    return str(row[0]), str(row[1]), row[2], row[3]


def status(workbook: Workbook) -> SyncStatus:
    with workbook._read() as s:
        conn = s.connection()
        device, name, folder, last = _device(conn)
        peers = tuple(
            Peer(d, n, None if at is None else datetime.fromisoformat(at))
            for d, n, at in conn.exec_driver_sql(
                "SELECT device, name, last_arrived_at FROM sync_peers ORDER BY name, device"
            )
        )
        conflicts = count_conflicts(conn)
    return SyncStatus(
        None if folder is None else Path(folder),
        device,
        name,
        None if last is None else datetime.fromisoformat(last),
        peers,
        conflicts,
    )


def configure(workbook: Workbook, folder: Path, device_name: str) -> None:
    """Remember the folder and this computer's name, and put the key file in the folder
    (refused, with nothing changed, when the folder belongs to another workbook)."""
    folder = folder.expanduser().resolve()
    (folder / journal.JOURNAL_DIR).mkdir(parents=True, exist_ok=True)
    with workbook._mutex:
        state = folder_key.state(folder, workbook._envelope, workbook._data_key, None)
        if state is KeyState.MISSING:
            folder_key.publish(folder, workbook._files.envelope)
        with workbook._write() as s:
            s.connection().exec_driver_sql(
                "UPDATE sync_device SET folder = ?, name = ?, folder_key_seen = ? WHERE id = 1",
                (
                    str(folder),
                    device_name.strip() or "This computer",
                    folder_key.fingerprint(folder),
                ),
            )


def rename_device(workbook: Workbook, device_name: str) -> None:
    """This computer's name as the others will show it (sent with the next journal file)."""
    with workbook._write() as s:
        s.connection().exec_driver_sql(
            "UPDATE sync_device SET name = ? WHERE id = 1",
            (device_name.strip() or "This computer",),
        )


def sync_now(workbook: Workbook) -> SyncReport:
    """Send this computer's changes and merge the others'; what happened."""
    with workbook._read() as s:
        _, _, folder_text, _ = _device(s.connection())
    if folder_text is None:
        raise SyncNotSetUp()
    folder = Path(folder_text)
    if not folder.is_dir():
        raise SyncFolderMissing()
    with workbook._mutex:
        with workbook._read() as s:
            last_seen = (
                s.connection()
                .exec_driver_sql("SELECT folder_key_seen FROM sync_device WHERE id = 1")
                .scalar()
            )
        key_state = folder_key.state(folder, workbook._envelope, workbook._data_key, last_seen)
        if key_state is KeyState.THEIRS_NEWER:
            raise PassphraseChangedElsewhere()
        resend_all = key_state is KeyState.OURS_NEWER
        if key_state is not KeyState.SAME:
            try:
                folder_key.publish(folder, workbook._files.envelope)
            except OSError as error:
                raise SyncFolderUnwritable(error) from error
        with workbook._write() as s:
            conn = s.connection()
            conn.exec_driver_sql(
                "UPDATE sync_device SET folder_key_seen = ? WHERE id = 1",
                (folder_key.fingerprint(folder),),
            )
            return _sync(workbook, conn, folder, resend_all)


def _sync(workbook: Workbook, conn: Connection, folder: Path, resend_all: bool) -> SyncReport:
    device, name, _, _ = _device(conn)
    hlc = HlcClock(device, ledger.latest_hlc(conn))
    capture(conn, device, lambda: hlc.tick(clock.now()))
    workbook_id = workbook._envelope.workbook_id
    key = journal.journal_key(workbook._data_key, workbook_id)
    # After a passphrase change everything goes out again under the new key, so a
    # computer that joins later needs no retired key to read the history.
    outgoing = ledger.everything(conn) if resend_all else ledger.unsent(conn)
    moment = clock.now()
    # The computer that sets up an empty folder writes a file even with nothing to send:
    # it carries the workbook's name, which a computer joining an empty workbook would
    # otherwise never learn (see _adopt_name).
    if outgoing or not journal.list_files(folder)[0]:
        payload = {
            "format": journal.FORMAT,
            "device": device,
            "device_name": name,
            # the workbook's own name, sealed here rather than shown in the folder's key file
            "workbook_name": workbook._envelope.name,
            "records": [r.to_json() for r in outgoing],
        }
        try:
            file_id = journal.write(folder, payload, key, workbook_id)
        except OSError as error:  # the sync folder's disk, not the workbook's
            raise SyncFolderUnwritable(error) from error
        conn.exec_driver_sql("UPDATE sync_records SET sent = 1 WHERE sent = 0")
        if resend_all:
            _remove_own_files(conn, folder, device)
        conn.exec_driver_sql(
            "INSERT INTO sync_files (file_id, device, seen_at) VALUES (?, ?, ?)",
            (file_id, device, _utc(moment)),
        )
    received, read, problems = _receive(workbook, conn, folder, device, moment)
    touched = merge_pending(conn)
    conn.exec_driver_sql("UPDATE sync_device SET last_sync_at = ? WHERE id = 1", (_utc(moment),))
    return SyncReport(
        len(outgoing),
        received,
        read,
        tuple(problems),
        count_conflicts(conn),
        tuple(sorted(touched)),
    )


def _remove_own_files(conn: Connection, folder: Path, device: str) -> None:
    """This computer's earlier journal files, sealed under a key it no longer uses: the
    file just written holds all they held, so a computer joining later needs no old key."""
    own = conn.exec_driver_sql("SELECT file_id FROM sync_files WHERE device = ?", (device,))
    for (file_id,) in own.all():
        (folder / journal.JOURNAL_DIR / f"{file_id}{journal.SUFFIX}").unlink(missing_ok=True)


def _utc(moment: datetime) -> str:
    """A moment as the store's UTC text (the same as ``models.UTCDateTime`` writes)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _receive(
    workbook: Workbook, conn: Connection, folder: Path, device: str, moment: datetime
) -> tuple[int, int, list[Unreadable]]:
    files, problems = journal.list_files(folder)
    seen = {row[0] for row in conn.exec_driver_sql("SELECT file_id FROM sync_files")}
    keys = [journal.journal_key(k, workbook._envelope.workbook_id) for k in workbook.backup_keys]
    received = read = 0
    for file_id in sorted(set(files) - seen):
        payload = journal.read(files[file_id], keys, workbook._envelope.workbook_id)
        if isinstance(payload, Unreadable):
            problems.append(payload)
            continue
        records = _records(payload)
        if isinstance(records, str):
            problems.append(Unreadable(files[file_id].name, records))
            continue
        writer = str(payload.get("device") or "")
        _adopt_name(workbook, payload.get("workbook_name"))
        for record in records:
            received += ledger.insert(conn, record, applied=False, sent=True)
        conn.exec_driver_sql(
            "INSERT INTO sync_files (file_id, device, seen_at) VALUES (?, ?, ?)",
            (file_id, writer, _utc(moment)),
        )
        if writer and writer != device:
            conn.exec_driver_sql(
                "INSERT INTO sync_peers (device, name, last_arrived_at) VALUES (?, ?, ?) "
                "ON CONFLICT(device) DO UPDATE SET name = excluded.name, "
                "last_arrived_at = excluded.last_arrived_at",
                (writer, str(payload.get("device_name") or ""), _utc(moment)),
            )
        read += 1
    return received, read, problems


def _adopt_name(workbook: Workbook, sent: object) -> None:
    """A computer that joined knows its workbook only as ``FOLDER_NAME`` until a change
    file brings the name the person gave it; it then shows that name too."""
    if (
        not isinstance(sent, str)
        or not sent.strip()
        or workbook._envelope.name != folder_key.FOLDER_NAME
    ):
        return
    named = replace(workbook._envelope, name=sent.strip()[:200])
    named.write(workbook._files.envelope)
    workbook._envelope = named


def _records(payload: dict[str, Any]) -> list[ledger.Record] | str:
    """The records in an authentic file, or why they can't be merged."""
    raw = payload.get("records")
    if not isinstance(raw, list):
        return "authentic but has no records"
    try:
        records = [ledger.Record.from_json(item) for item in raw]
    except ValueError:
        return "authentic but not in a shape this Workbook reads"
    if any(r.kind not in ALL_KINDS for r in records):
        return "written by a newer Workbook (it has changes this version can't merge)"
    return records


def adopt_new_passphrase(workbook: Workbook, new_passphrase: str) -> SyncReport:
    """After ``PassphraseChangedElsewhere``: take the folder's key file, which the new
    passphrase opens, re-encrypt this computer's copy under its data key, and sync.

    The new passphrase is checked against the folder's key file (its AES-GCM tag)
    before anything changes here; a wrong one changes nothing.
    """
    from workbook.core.store.keys.rekey import switch_key

    with workbook._read() as s:
        _, _, folder_text, _ = _device(s.connection())
    if folder_text is None:
        raise SyncNotSetUp()
    theirs = folder_key.read(Path(folder_text))
    if theirs is None:
        raise SyncFolderMissing()
    if theirs.workbook_id != workbook._envelope.workbook_id:
        raise OtherWorkbookFolder()
    new_key = theirs.unwrap(new_passphrase)
    if new_key != workbook._data_key:
        # the folder's copy carries the neutral name; this computer keeps the person's
        mine = replace(theirs, name=workbook._envelope.name)
        switch_key(workbook, new_key, mine, "Your old passphrase still opens this workbook here.")
    with workbook._mutex, workbook._write() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "UPDATE sync_device SET folder_key_seen = ? WHERE id = 1",
            (folder_key.fingerprint(Path(folder_text)),),
        )
        return _sync(workbook, conn, Path(folder_text), resend_all=True)
