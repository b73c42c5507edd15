"""Turn what was written on this computer since the last sync into change records.

Nothing on the save path knows about sync: a new answer revision has no clock time
yet, and a goal, check-in or setting that differs from its current synced version
has changed. Both become records here, each given the next clock time and, as its
bases, the versions of that key this computer had when it was written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from workbook.core.store.sync import ledger
from workbook.core.store.sync.kinds import ANSWER, TABLE_KINDS, Kind, answer_key, quoted
from workbook.core.store.sync.ledger import Record

Tick = Callable[[], str]


def capture(conn: Connection, device: str, tick: Tick) -> int:
    """Record every local change not yet recorded; how many records were made."""
    made = _answers(conn, device, tick)
    for kind in TABLE_KINDS:
        made += (
            _register(conn, kind, device, tick)
            if kind.register
            else _appends(conn, kind, device, tick)
        )
    return made


def answer_value(value_text: str, saved_at: str, offset: int, status: str) -> dict[str, Any]:
    return {
        "value": json.loads(value_text),
        "saved_at": saved_at,
        "offset": offset,
        "status": status,
    }


def _answers(conn: Connection, device: str, tick: Tick) -> int:
    rows = conn.exec_driver_sql(
        "SELECT id, uuid, entry_id, field_id, value, saved_at, saved_offset_min, entry_status "
        "FROM answer_revisions WHERE hlc IS NULL ORDER BY id"
    ).all()
    if not rows:
        return 0
    keys = {answer_key(row[2], row[3]) for row in rows}
    known = ledger.of_kind(conn, ANSWER, keys)
    latest = {key: [r.uuid for r in ledger.heads(records)] for key, records in known.items()}
    for row_id, row_uuid, entry_id, field_id, value, saved_at, offset, status in rows:
        key = answer_key(entry_id, field_id)
        bases = sorted(latest.get(key, []))
        stamp = tick()
        conn.exec_driver_sql(
            "UPDATE answer_revisions SET hlc = ?, bases = ? WHERE id = ?",
            (stamp, ledger.dumps(bases), row_id),
        )
        record = Record(
            row_uuid,
            ANSWER,
            key,
            device,
            stamp,
            tuple(bases),
            answer_value(value, saved_at, offset, status),
        )
        ledger.insert(conn, record, applied=True, sent=False)
        latest[key] = [row_uuid]
    return len(rows)


def snapshot_rows(conn: Connection, kind: Kind) -> dict[str, dict[str, Any]]:
    columns = ", ".join(quoted(c) for c in (kind.key, *kind.columns))
    rows = conn.exec_driver_sql(f"SELECT {columns} FROM {kind.table}").all()
    return {str(row[0]): dict(zip(kind.columns, row[1:], strict=True)) for row in rows}


def _register(conn: Connection, kind: Kind, device: str, tick: Tick) -> int:
    rows = snapshot_rows(conn, kind)
    known = ledger.of_kind(conn, kind.name)
    made = 0
    for key in sorted(set(rows) | set(known)):
        records = known.get(key, [])
        now = ledger.current(records)
        value = rows.get(key)
        if now is None and value is None:
            continue
        if now is not None and now.value == value:
            continue
        bases = tuple(sorted(r.uuid for r in ledger.heads(records)))
        record = Record(str(uuid.uuid4()), kind.name, key, device, tick(), bases, value)
        ledger.insert(conn, record, applied=True, sent=False)
        if value is not None:  # the row's writer is whoever wrote its current version
            conn.exec_driver_sql(
                f"UPDATE {kind.table} SET device = ? WHERE {quoted(kind.key)} = ?", (device, key)
            )
        made += 1
    return made


def _appends(conn: Connection, kind: Kind, device: str, tick: Tick) -> int:
    columns = ", ".join(quoted(c) for c in (kind.key, *kind.columns))
    rows = conn.exec_driver_sql(
        f"SELECT {columns} FROM {kind.table} WHERE {quoted(kind.key)} NOT IN "
        "(SELECT key FROM sync_records WHERE kind = ?)",
        (kind.name,),
    ).all()
    for row in rows:
        value = dict(zip(kind.columns, row[1:], strict=True))
        record = Record(str(uuid.uuid4()), kind.name, str(row[0]), device, tick(), (), value)
        ledger.insert(conn, record, applied=True, sent=False)
    return len(rows)
