"""Entries and their answers: drafts, completion, edits that keep every earlier value.

Functions here take an open ``Session`` inside the caller's transaction; the
``Workbook`` facade owns transactions and error translation.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Row, Table, select, update
from sqlalchemy.orm import Session

from workbook.core.store import clock
from workbook.core.store.errors import NotFound
from workbook.core.store.models import AnswerRevision as RevisionRow
from workbook.core.store.models import EntryRow, JSONText, ModuleProgressRow, UTCDateTime
from workbook.core.store.records import AnswerRevision, Entry, ModuleProgress

ENTRIES = cast(Table, EntryRow.__table__)
REVISIONS = cast(Table, RevisionRow.__table__)
_VALUE = cast(JSONText, REVISIONS.c.value.type)
_SAVED_AT = cast(UTCDateTime, REVISIONS.c.saved_at.type)
_INSERT_REVISION = (
    "INSERT INTO answer_revisions (entry_id, field_id, value, saved_at, saved_offset_min, "
    "entry_status) VALUES (?, ?, ?, ?, ?, ?)"
)
#: Revisions in the order they happened on every synced computer: by clock time, then
#: this computer's not-yet-synced ones (no clock time yet) in the order they were saved.
IN_ORDER = "ORDER BY hlc IS NULL, hlc, id"


class ModuleLike(Protocol):
    """What the store needs from a module (``workbook.core.language.Module`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def source_hash(self) -> str: ...
    @property
    def records(self) -> str | None: ...


def detached_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """A deep, JSON-checked copy: the store never mutates or keeps the caller's objects.

    A JSON round trip both copies and proves the values storable, so a bad value
    raises TypeError here rather than half-way through a save.
    """
    copied: dict[str, Any] = json.loads(json.dumps(dict(answers), allow_nan=False))
    return copied


def _same(a: Any, b: Any) -> bool:
    # Compare as JSON so True and 1, or 2 and 2.0, count as different answers.
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def get_row(session: Session, entry_id: str) -> EntryRow:
    row = session.get(EntryRow, entry_id)
    if row is None:
        raise NotFound("That entry isn't in this workbook.")
    return row


def start(session: Session, module: ModuleLike, moment: datetime) -> EntryRow:
    offset = clock.offset_minutes(moment)
    row = EntryRow(
        id=str(uuid.uuid4()),
        module_id=module.id,
        module_version=module.version,
        module_hash=module.source_hash,
        records=getattr(module, "records", None),
        status="draft",
        page_index=0,
        created_at=moment,
        created_offset_min=offset,
        updated_at=moment,
        updated_offset_min=offset,
        completed_at=None,
        results=None,
    )
    session.add(row)
    progress = session.get(ModuleProgressRow, module.id)
    if progress is None:
        session.add(
            ModuleProgressRow(
                module_id=module.id,
                status="in_progress",
                started_at=moment,
                completed_at=None,
                times_completed=0,
                updated_at=moment,
            )
        )
    return row


def current_answers(session: Session, entry_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The latest value per field for each entry (cleared answers left out).

    Fields keep the order they were first answered in, the same as ``answers_of``.
    """
    result: dict[str, dict[str, Any]] = defaultdict(dict)
    if not entry_ids:
        return result
    connection = session.connection()
    for chunk in range(0, len(entry_ids), 500):  # SQLite caps bound parameters
        ids = entry_ids[chunk : chunk + 500]
        marks = ", ".join("?" for _ in ids)
        rows = connection.exec_driver_sql(
            "SELECT entry_id, field_id, value FROM answer_revisions "
            f"WHERE entry_id IN ({marks}) {IN_ORDER}",
            tuple(ids),
        )
        for entry_id, field_id, value in rows:
            result[entry_id][field_id] = json.loads(value)
    for answers in result.values():
        for field_id in [f for f, v in answers.items() if v is None]:
            del answers[field_id]
    return result


def answers_of(connection: Connection, entry_id: str) -> dict[str, Any]:
    """One entry's current answers: its revisions in order, the last per field winning.

    A plain indexed scan; cheaper than the grouped query for the one entry a save
    touches (this runs on every autosave).
    """
    rows = connection.exec_driver_sql(
        f"SELECT field_id, value FROM answer_revisions WHERE entry_id = ? {IN_ORDER}",
        (entry_id,),
    )
    current: dict[str, Any] = {}
    for field_id, value in rows:
        current[field_id] = json.loads(value)
    return {k: v for k, v in current.items() if v is not None}


def _append_revisions(
    connection: Connection,
    entry_id: str,
    entry_status: str,
    answers: Mapping[str, Any],
    moment: datetime,
) -> dict[str, Any]:
    current = answers_of(connection, entry_id)
    offset = clock.offset_minutes(moment)
    # The columns' own types turn values into text once per save, not once per row.
    saved_at = _SAVED_AT.process_bind_param(moment, connection.dialect)
    revisions = []
    for field_id, value in answers.items():
        if value is None and field_id not in current:
            continue
        if field_id in current and _same(current[field_id], value):
            continue
        revisions.append(
            (
                entry_id,
                field_id,
                _VALUE.process_bind_param(value, connection.dialect),
                saved_at,
                offset,
                entry_status,
            )
        )
        if value is None:
            current.pop(field_id, None)
        else:
            current[field_id] = value
    if revisions:
        # Straight to the driver's executemany, the way the save benchmark's baseline
        # writes: revisions are append-only rows that need no ORM identity, and
        # SQLAlchemy's per-row parameter handling (building each row's parameters and
        # running every column's type on it) was the largest part of a save's own cost
        # (issue 18: a 30-answer save within 3x raw executemany).
        connection.exec_driver_sql(_INSERT_REVISION, revisions)
    return current


def record_answers(
    session: Session, row: EntryRow, answers: Mapping[str, Any], moment: datetime
) -> dict[str, Any]:
    """Append a revision for every field whose value changed; nothing is overwritten.

    Fields missing from ``answers`` are left as they were (a screen may only know the
    fields of the current module version); ``None`` records that an answer was cleared.
    Returns the entry's current answers after the save.
    """
    current = _append_revisions(session.connection(), row.id, row.status, answers, moment)
    row.updated_at = moment
    row.updated_offset_min = clock.offset_minutes(moment)
    return current


def save_draft(
    session: Session, entry_id: str, answers: Mapping[str, Any], page_index: int, moment: datetime
) -> Entry:
    """The autosave path, in Core statements: it runs every few seconds while someone writes."""
    connection = session.connection()
    row = connection.execute(select(ENTRIES).where(ENTRIES.c.id == entry_id)).one_or_none()
    if row is None:
        raise NotFound("That entry isn't in this workbook.")
    current = _append_revisions(connection, entry_id, row.status, answers, moment)
    offset = clock.offset_minutes(moment)
    connection.execute(
        update(ENTRIES)
        .where(ENTRIES.c.id == entry_id)
        .values(page_index=page_index, updated_at=moment, updated_offset_min=offset)
    )
    saved = to_record(row, current)
    return replace(saved, page_index=page_index, updated_at=clock.in_offset(moment, offset))


def mark_complete(session: Session, row: EntryRow, moment: datetime) -> None:
    first_time = row.status != "complete"
    row.status = "complete"
    if first_time:
        row.completed_at = moment
    progress = session.get(ModuleProgressRow, row.module_id)
    if progress is None:
        progress = ModuleProgressRow(
            module_id=row.module_id,
            status="completed",
            started_at=row.created_at,
            times_completed=0,
            updated_at=moment,
        )
        session.add(progress)
    progress.status = "completed"
    progress.updated_at = moment
    if first_time:
        progress.completed_at = moment
        progress.times_completed = (progress.times_completed or 0) + 1


def to_record(row: EntryRow | Row[Any], answers: dict[str, Any]) -> Entry:
    """``answers`` must be a dict no one else holds (callers pass fresh ones)."""
    return Entry(
        id=row.id,
        module_id=row.module_id,
        module_version=row.module_version,
        module_hash=row.module_hash,
        status="complete" if row.status == "complete" else "draft",
        created_at=clock.in_offset(row.created_at, row.created_offset_min),
        updated_at=clock.in_offset(row.updated_at, row.updated_offset_min),
        answers=answers,
        results=copy.deepcopy(row.results),
        page_index=row.page_index,
        completed_at=(
            None
            if row.completed_at is None
            else clock.in_offset(row.completed_at, row.updated_offset_min)
        ),
    )


def load(session: Session, entry_id: str) -> Entry:
    row = get_row(session, entry_id)
    return to_record(row, answers_of(session.connection(), row.id))


def load_many(
    session: Session, module_id: str | None, status: str | None, limit: int | None = None
) -> list[Entry]:
    query = select(EntryRow).order_by(EntryRow.created_at.desc(), EntryRow.id)
    if module_id is not None:
        query = query.where(EntryRow.module_id == module_id)
    if status is not None:
        query = query.where(EntryRow.status == status)
    if limit is not None:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    answers = current_answers(session, [row.id for row in rows])
    return [to_record(row, answers.get(row.id, {})) for row in rows]


def history(session: Session, entry_id: str, field_id: str) -> list[AnswerRevision]:
    get_row(session, entry_id)
    rows = session.scalars(
        select(RevisionRow)
        .where(RevisionRow.entry_id == entry_id, RevisionRow.field_id == field_id)
        .order_by(RevisionRow.hlc.is_(None), RevisionRow.hlc, RevisionRow.id)
    )
    names = device_names(session)
    return [
        AnswerRevision(
            value=copy.deepcopy(r.value),
            saved_at=clock.in_offset(r.saved_at, r.saved_offset_min),
            entry_status="complete" if r.entry_status == "complete" else "draft",
            device=names.get(r.device, ""),
        )
        for r in rows
    ]


def device_names(session: Session) -> dict[str, str]:
    """Which computer each device id is, by the name the person gave it ("" when unnamed)."""
    connection = session.connection()
    names = {
        str(d): str(n) for d, n in connection.exec_driver_sql("SELECT device, name FROM sync_peers")
    }
    for device, name in connection.exec_driver_sql("SELECT device_id, name FROM sync_device"):
        names[str(device)] = str(name)
    return names


def progress(session: Session) -> dict[str, ModuleProgress]:
    return {
        row.module_id: ModuleProgress(
            module_id=row.module_id,
            status="completed" if row.status == "completed" else "in_progress",
            started_at=row.started_at,
            completed_at=row.completed_at,
            times_completed=row.times_completed,
        )
        for row in session.scalars(select(ModuleProgressRow))
    }
