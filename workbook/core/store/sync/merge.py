"""Write received records into the workbook's tables, the same way whatever order they came in.

Every step is a function of the records alone: a register key is rewritten from
its current version (ledger.current), an append or an answer is added once by its
id. A record whose parent row hasn't arrived yet (an answer to an entry from a
journal still on its way) waits, marked unapplied, and is written by the merge
that brings the parent. Nothing here is ever asked to overwrite a conflict: both
versions stay in the ledger until the person chooses (conflicts.py).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from workbook.core.store.sync import ledger
from workbook.core.store.sync.kinds import (
    ANSWER,
    BY_NAME,
    ENTRY,
    TABLE_KINDS,
    Kind,
    quoted,
    split_answer_key,
)
from workbook.core.store.sync.ledger import Record


def merge_pending(conn: Connection) -> set[str]:
    """Apply every record still waiting to be applied; the entries whose answers or
    status changed (their scores may need computing again)."""
    waiting: dict[str, list[Record]] = defaultdict(list)
    for record in ledger.pending(conn):
        waiting[record.kind].append(record)
    touched: set[str] = set()
    modules: set[str] = set()
    order = [ENTRY.name, ANSWER, *(k.name for k in TABLE_KINDS if k is not ENTRY)]
    for name in order:
        records = waiting.get(name, [])
        if not records:
            continue
        if name == ANSWER:
            touched |= _answers(conn, records)
            continue
        kind = BY_NAME[name]
        if kind.register:
            for key in sorted({r.key for r in records}):
                if _register(conn, kind, key):
                    _mark_applied(conn, kind.name, key)
                    if kind is ENTRY:
                        modules.add(_module_of(conn, key))
                        touched.add(key)
        else:
            _appends(conn, kind, records)
    for module_id in sorted(m for m in modules if m):
        recompute_progress(conn, module_id)
    return touched


def _mark_applied(conn: Connection, kind: str, key: str) -> int:
    result = conn.exec_driver_sql(
        "UPDATE sync_records SET applied = 1 WHERE kind = ? AND key = ? AND applied = 0",
        (kind, key),
    )
    return int(result.rowcount)


def _exists(conn: Connection, table: str, column: str, value: Any) -> bool:
    found = conn.exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE {quoted(column)} = ?", (value,)
    ).first()
    return found is not None


def _register(conn: Connection, kind: Kind, key: str) -> bool:
    """Rewrite one row from its current version; False when it must wait for a parent."""
    winner = ledger.current(ledger.of_kind(conn, kind.name, [key]).get(key, []))
    if winner is None:
        return True
    if winner.value is None:  # a tombstone: the row was deleted
        conn.exec_driver_sql(f"DELETE FROM {kind.table} WHERE {quoted(kind.key)} = ?", (key,))
        return True
    values = {column: winner.value.get(column) for column in kind.columns}
    complete = True
    if kind.parent is not None:
        column, table, parent_key, _required = kind.parent
        if values[column] is not None and not _exists(conn, table, parent_key, values[column]):
            values[column] = None  # linked once the parent arrives (kept pending till then)
            complete = False
        if kind.name == "goal" and values[column] is not None:
            _one_goal_per_entry(conn, key, values)
    values["device"] = winner.device
    if _exists(conn, kind.table, kind.key, key):
        assignments = ", ".join(f"{quoted(c)} = ?" for c in values)
        conn.exec_driver_sql(
            f"UPDATE {kind.table} SET {assignments} WHERE {quoted(kind.key)} = ?",
            (*values.values(), key),
        )
    else:
        for column, source in kind.local_defaults:
            values[column] = values[source] if source in values else int(source)
        columns = [kind.key, *values]
        conn.exec_driver_sql(
            f"INSERT INTO {kind.table} ({', '.join(quoted(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            (key, *values.values()),
        )
    return complete


def _one_goal_per_entry(conn: Connection, goal_id: str, values: dict[str, Any]) -> None:
    """Two computers that both finished the same goal module made two goals for one entry:
    the goal with the smaller id keeps the link (the same choice everywhere)."""
    other = conn.exec_driver_sql(
        "SELECT id FROM goals WHERE entry_id = ? AND id != ?", (values["entry_id"], goal_id)
    ).scalar()
    if other is None:
        return
    if str(other) < goal_id:
        values["entry_id"] = None
    else:
        conn.exec_driver_sql("UPDATE goals SET entry_id = NULL WHERE id = ?", (other,))


def _appends(conn: Connection, kind: Kind, records: list[Record]) -> int:
    applied = 0
    for record in records:
        if record.value is None:
            continue
        values = {column: record.value.get(column) for column in kind.columns}
        if kind.parent is not None:
            column, table, parent_key, required = kind.parent
            if required and not _exists(conn, table, parent_key, values[column]):
                continue
        columns = [kind.key, *values, "device"]
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO {kind.table} ({', '.join(quoted(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            (record.key, *values.values(), record.device),
        )
        conn.exec_driver_sql("UPDATE sync_records SET applied = 1 WHERE uuid = ?", (record.uuid,))
        applied += 1
    return applied


def _answers(conn: Connection, records: list[Record]) -> set[str]:
    """Add the answers whose entry is here; the ids of those entries."""
    applied: set[str] = set()
    for record in records:
        entry_id, field_id = split_answer_key(record.key)
        if not _exists(conn, "entries", "id", entry_id):
            continue
        value = record.value
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO answer_revisions (uuid, entry_id, field_id, value, saved_at, "
            "saved_offset_min, entry_status, device, hlc, bases) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.uuid,
                entry_id,
                field_id,
                ledger.dumps(value["value"]),
                value["saved_at"],
                value["offset"],
                value["status"],
                record.device,
                record.hlc,
                ledger.dumps(sorted(record.bases)),
            ),
        )
        # The entry was last touched when its latest answer was saved, wherever that was.
        conn.exec_driver_sql(
            "UPDATE entries SET updated_at = ?, updated_offset_min = ? "
            "WHERE id = ? AND updated_at < ?",
            (value["saved_at"], value["offset"], entry_id, value["saved_at"]),
        )
        conn.exec_driver_sql("UPDATE sync_records SET applied = 1 WHERE uuid = ?", (record.uuid,))
        applied.add(entry_id)
    return applied


def _module_of(conn: Connection, entry_id: str) -> str:
    found = conn.exec_driver_sql("SELECT module_id FROM entries WHERE id = ?", (entry_id,)).scalar()
    return "" if found is None else str(found)


def recompute_progress(conn: Connection, module_id: str) -> None:
    """A module's progress from its entries, so every computer counts it the same way."""
    started, completed, times = conn.exec_driver_sql(
        "SELECT min(created_at), max(completed_at), "
        "sum(CASE WHEN status = 'complete' THEN 1 ELSE 0 END) FROM entries WHERE module_id = ?",
        (module_id,),
    ).one()
    if started is None:
        conn.exec_driver_sql("DELETE FROM module_progress WHERE module_id = ?", (module_id,))
        return
    status = "completed" if times else "in_progress"
    updated = max(started, completed or started)
    conn.exec_driver_sql(
        "INSERT INTO module_progress (module_id, status, started_at, completed_at, "
        "times_completed, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(module_id) DO UPDATE "
        "SET status = excluded.status, started_at = excluded.started_at, "
        "completed_at = excluded.completed_at, times_completed = excluded.times_completed, "
        "updated_at = excluded.updated_at",
        (module_id, status, started, completed, times or 0, updated),
    )
