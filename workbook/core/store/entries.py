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
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbook.core.store import clock
from workbook.core.store.errors import NotFound
from workbook.core.store.models import AnswerRevision as RevisionRow
from workbook.core.store.models import EntryRow, ModuleProgressRow
from workbook.core.store.records import AnswerRevision, Entry, ModuleProgress


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
    """A deep, JSON-checked copy: the store never mutates or keeps the caller's objects."""
    copied = copy.deepcopy(dict(answers))
    json.dumps(copied)  # raises TypeError now rather than half-way through a save
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
    """The latest value per field for each entry (cleared answers left out)."""
    if not entry_ids:
        return {}
    latest = (
        select(func.max(RevisionRow.id))
        .where(RevisionRow.entry_id.in_(entry_ids))
        .group_by(RevisionRow.entry_id, RevisionRow.field_id)
    )
    rows = session.execute(
        select(RevisionRow.entry_id, RevisionRow.field_id, RevisionRow.value)
        .where(RevisionRow.id.in_(latest))
        .order_by(RevisionRow.id)
    )
    result: dict[str, dict[str, Any]] = defaultdict(dict)
    for entry_id, field_id, value in rows:
        if value is not None:
            result[entry_id][field_id] = value
    return result


def record_answers(
    session: Session, row: EntryRow, answers: Mapping[str, Any], moment: datetime
) -> None:
    """Append a revision for every field whose value changed; nothing is overwritten.

    Fields missing from ``answers`` are left as they were (a screen may only know the
    fields of the current module version); ``None`` records that an answer was cleared.
    """
    before = current_answers(session, [row.id]).get(row.id, {})
    offset = clock.offset_minutes(moment)
    for field_id, value in answers.items():
        if value is None and field_id not in before:
            continue
        if field_id in before and _same(before[field_id], value):
            continue
        session.add(
            RevisionRow(
                entry_id=row.id,
                field_id=field_id,
                value=value,
                saved_at=moment,
                saved_offset_min=offset,
                entry_status=row.status,
            )
        )
    row.updated_at = moment
    row.updated_offset_min = offset


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


def to_record(row: EntryRow, answers: dict[str, Any]) -> Entry:
    return Entry(
        id=row.id,
        module_id=row.module_id,
        module_version=row.module_version,
        module_hash=row.module_hash,
        status="complete" if row.status == "complete" else "draft",
        created_at=clock.in_offset(row.created_at, row.created_offset_min),
        updated_at=clock.in_offset(row.updated_at, row.updated_offset_min),
        answers=copy.deepcopy(answers),
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
    return to_record(row, current_answers(session, [row.id]).get(row.id, {}))


def load_many(session: Session, module_id: str | None, status: str | None) -> list[Entry]:
    query = select(EntryRow).order_by(EntryRow.created_at.desc(), EntryRow.id)
    if module_id is not None:
        query = query.where(EntryRow.module_id == module_id)
    if status is not None:
        query = query.where(EntryRow.status == status)
    rows = list(session.scalars(query))
    answers = current_answers(session, [row.id for row in rows])
    return [to_record(row, answers.get(row.id, {})) for row in rows]


def history(session: Session, entry_id: str, field_id: str) -> list[AnswerRevision]:
    get_row(session, entry_id)
    rows = session.scalars(
        select(RevisionRow)
        .where(RevisionRow.entry_id == entry_id, RevisionRow.field_id == field_id)
        .order_by(RevisionRow.id)
    )
    return [
        AnswerRevision(
            value=copy.deepcopy(r.value),
            saved_at=clock.in_offset(r.saved_at, r.saved_offset_min),
            entry_status="complete" if r.entry_status == "complete" else "draft",
        )
        for r in rows
    ]


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
