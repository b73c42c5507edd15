"""The ``sync_records`` table: every change this computer wrote or received, and the rule
that picks the current version of a key out of them.

A record's ``bases`` are the records of the same key its writer had seen. The
*heads* of a key are its records no other record has seen: one head means the
history is a line; several with different values mean two computers changed the
same thing without knowing of each other, a conflict. The current value is the
head with the latest clock time, a choice every computer makes the same way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection


def dumps(value: Any) -> str:
    """JSON text exactly as the store's JSON columns write it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True)
class Record:
    uuid: str
    kind: str
    key: str
    device: str
    hlc: str
    bases: tuple[str, ...]
    value: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "u": self.uuid,
            "k": self.kind,
            "key": self.key,
            "d": self.device,
            "h": self.hlc,
            "b": list(self.bases),
            "v": self.value,
        }

    @classmethod
    def from_json(cls, data: Any) -> Record:
        """A record from a journal; ValueError when its shape is wrong."""
        if not isinstance(data, dict):
            raise ValueError("record is not an object")
        fields = [data.get(name) for name in ("u", "k", "key", "d", "h")]
        bases = data.get("b")
        if not all(isinstance(f, str) and f for f in fields) or not isinstance(bases, list):
            raise ValueError("record fields missing")
        if not all(isinstance(b, str) for b in bases) or "v" not in data:
            raise ValueError("record bases or value missing")
        uuid, kind, key, device, hlc = (str(f) for f in fields)
        return cls(uuid, kind, key, device, hlc, tuple(bases), data["v"])


def insert(conn: Connection, record: Record, *, applied: bool, sent: bool) -> bool:
    """Store ``record`` unless it is already here; True when it was new."""
    result = conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_records (uuid, kind, key, device, hlc, bases, value, "
        "applied, sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.uuid,
            record.kind,
            record.key,
            record.device,
            record.hlc,
            dumps(sorted(record.bases)),
            dumps(record.value),
            applied,
            sent,
        ),
    )
    return bool(result.rowcount)


def _from_row(row: Sequence[Any]) -> Record:
    uuid, kind, key, device, hlc, bases, value = row
    return Record(uuid, kind, key, device, hlc, tuple(json.loads(bases)), json.loads(value))


COLUMNS = "uuid, kind, key, device, hlc, bases, value"


def of_kind(
    conn: Connection, kind: str, keys: Iterable[str] | None = None
) -> dict[str, list[Record]]:
    """Records of ``kind`` grouped by key (only ``keys`` when given)."""
    grouped: dict[str, list[Record]] = defaultdict(list)
    if keys is None:
        rows = conn.exec_driver_sql(
            f"SELECT {COLUMNS} FROM sync_records WHERE kind = ?", (kind,)
        ).all()
    else:
        wanted = sorted(set(keys))
        rows = []
        for start in range(0, len(wanted), 500):  # SQLite caps bound parameters
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows += conn.exec_driver_sql(
                f"SELECT {COLUMNS} FROM sync_records WHERE kind = ? AND key IN ({marks})",
                (kind, *chunk),
            ).all()
    for row in rows:
        record = _from_row(row)
        grouped[record.key].append(record)
    return grouped


def pending(conn: Connection) -> list[Record]:
    """Records received but not yet written into their tables (a parent hasn't arrived)."""
    rows = conn.exec_driver_sql(
        f"SELECT {COLUMNS} FROM sync_records WHERE applied = 0 ORDER BY hlc, uuid"
    ).all()
    return [_from_row(row) for row in rows]


def unsent(conn: Connection) -> list[Record]:
    rows = conn.exec_driver_sql(
        f"SELECT {COLUMNS} FROM sync_records WHERE sent = 0 ORDER BY hlc, uuid"
    ).all()
    return [_from_row(row) for row in rows]


def everything(conn: Connection) -> list[Record]:
    rows = conn.exec_driver_sql(f"SELECT {COLUMNS} FROM sync_records ORDER BY hlc, uuid").all()
    return [_from_row(row) for row in rows]


def latest_hlc(conn: Connection) -> str | None:
    value = conn.exec_driver_sql("SELECT max(hlc) FROM sync_records").scalar()
    return None if value is None else str(value)


def heads(records: Sequence[Record]) -> list[Record]:
    """The records of one key that no other record of it has seen, latest clock first."""
    seen = {base for record in records for base in record.bases}
    return sorted((r for r in records if r.uuid not in seen), key=lambda r: r.hlc, reverse=True)


def current(records: Sequence[Record]) -> Record | None:
    """The version every computer shows: the head with the latest clock time."""
    found = heads(records)
    return found[0] if found else None


def in_conflict(records: Sequence[Record]) -> bool:
    """Several heads that say different things (two equal edits are no conflict)."""
    return len({dumps(r.value) for r in heads(records)}) > 1
