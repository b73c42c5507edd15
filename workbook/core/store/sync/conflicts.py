"""Conflicts: one thing changed on two computers that hadn't seen each other's change.

Both versions stay; every computer shows the one with the later clock time until
the person picks. Their choice is a new change that has seen both, so it settles
the conflict on every computer once it has synced.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from workbook.core.store import clock
from workbook.core.store.sync import ledger
from workbook.core.store.sync.hlc import Hlc, HlcClock
from workbook.core.store.sync.kinds import ANSWER, ASKED, split_answer_key
from workbook.core.store.sync.ledger import Record

if TYPE_CHECKING:
    from workbook.core.store.workbook import Workbook


@dataclass(frozen=True)
class Version:
    """One side of a conflict: what it says, which computer wrote it and when."""

    record_id: str
    device_name: str
    written_at: datetime
    value: Any
    shown_now: bool  # the version the workbook shows until the person chooses


@dataclass(frozen=True)
class Conflict:
    kind: str  # answer | goal | checkin | setting
    key: str
    #: For an answer: the entry and the field; for a check-in its day; for a setting its name.
    entry_id: str | None
    field_id: str | None
    versions: tuple[Version, ...]


def count_conflicts(conn: Connection) -> int:
    return sum(
        1
        for kind in ASKED
        for records in ledger.of_kind(conn, kind).values()
        if ledger.in_conflict(records)
    )


def _names(conn: Connection) -> dict[str, str]:
    names = {str(d): str(n) for d, n in conn.exec_driver_sql("SELECT device, name FROM sync_peers")}
    device, name = conn.exec_driver_sql("SELECT device_id, name FROM sync_device").one()
    names[str(device)] = f"{name or 'This computer'} (this computer)"
    return names


def list_conflicts(conn: Connection) -> list[Conflict]:
    names = _names(conn)
    found: list[Conflict] = []
    for kind in ASKED:
        for key, records in sorted(ledger.of_kind(conn, kind).items()):
            if not ledger.in_conflict(records):
                continue
            heads = ledger.heads(records)
            versions = tuple(
                Version(
                    r.uuid,
                    names.get(r.device, "another computer"),
                    datetime.fromtimestamp(Hlc.parse(r.hlc).ms / 1000, UTC),
                    r.value["value"] if kind == ANSWER and r.value is not None else r.value,
                    index == 0,
                )
                for index, r in enumerate(heads)
            )
            entry_id, field_id = split_answer_key(key) if kind == ANSWER else (None, None)
            found.append(Conflict(kind, key, entry_id, field_id, versions))
    return found


def conflicts(workbook: Workbook) -> list[Conflict]:
    with workbook._read() as s:
        return list_conflicts(s.connection())


def resolve(workbook: Workbook, conflict: Conflict, chosen_record_id: str) -> None:
    """Keep ``chosen_record_id``'s version: a new change that has seen every side."""
    from workbook.core.store.sync.capture import capture
    from workbook.core.store.sync.merge import merge_pending

    with workbook._write() as s:
        conn = s.connection()
        device = str(conn.exec_driver_sql("SELECT device_id FROM sync_device").scalar_one())
        hlc = HlcClock(device, ledger.latest_hlc(conn))
        capture(conn, device, lambda: hlc.tick(clock.now()))
        records = ledger.of_kind(conn, conflict.kind, [conflict.key]).get(conflict.key, [])
        heads = ledger.heads(records)
        chosen = next((r for r in heads if r.uuid == chosen_record_id), None)
        if chosen is None:
            raise ValueError("that version is no longer one of the choices")
        value = chosen.value
        moment = clock.now()
        if conflict.kind == ANSWER:
            value = {
                **chosen.value,
                "saved_at": moment.astimezone(UTC).isoformat(timespec="microseconds"),
                "offset": clock.offset_minutes(moment),
            }
        record = Record(
            str(uuid.uuid4()),
            conflict.kind,
            conflict.key,
            device,
            hlc.tick(moment),
            tuple(sorted(r.uuid for r in heads)),
            value,
        )
        ledger.insert(conn, record, applied=False, sent=False)
        merge_pending(conn)
