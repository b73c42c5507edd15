"""Daily check-ins: one per day; saving a day again keeps the earlier values as history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session

from workbook.core.store import clock
from workbook.core.store.models import CheckInHistory, CheckInRow
from workbook.core.store.records import CheckIn

RATINGS = ("mood", "anxiety", "sleep", "energy")


def _rating(name: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ValueError(f"{name} must be a whole number from 0 to 10")
    if not 0 <= value <= 10:
        raise ValueError(f"{name} must be from 0 to 10")
    return int(value)


def _values(row: CheckInRow) -> dict[str, Any]:
    return {**{name: getattr(row, name) for name in RATINGS}, "note": row.note}


def save(
    session: Session,
    day: date,
    ratings: dict[str, Any],
    note: str,
    moment: datetime,
    entry_id: str | None = None,
) -> CheckInRow:
    values = {name: _rating(name, ratings.get(name)) for name in RATINGS}
    values_with_note: dict[str, Any] = {**values, "note": note or ""}
    row = session.get(CheckInRow, day)
    offset = clock.offset_minutes(moment)
    if row is None:
        row = CheckInRow(
            day=day,
            entry_id=entry_id,
            created_at=moment,
            updated_at=moment,
            updated_offset_min=offset,
            **values_with_note,
        )
        session.add(row)
        return row
    if _values(row) != values_with_note:
        session.add(CheckInHistory(day=day, values=_values(row), replaced_at=moment))
        for name, value in values_with_note.items():
            setattr(row, name, value)
        row.updated_at = moment
        row.updated_offset_min = offset
    if entry_id is not None:
        row.entry_id = entry_id
    return row


def to_record(row: CheckInRow | Row[Any]) -> CheckIn:
    return CheckIn(
        day=row.day,
        mood=row.mood,
        anxiety=row.anxiety,
        sleep=row.sleep,
        energy=row.energy,
        note=row.note,
        updated_at=clock.in_offset(row.updated_at, row.updated_offset_min),
    )


def load_many(session: Session, start: date | None, end: date | None) -> list[CheckIn]:
    """Check-ins oldest day first (the order charts draw them), ``start``/``end`` inclusive.

    Core rather than ORM: a chart of ten years asks for thousands of rows at once.
    """
    table = cast(Table, CheckInRow.__table__)
    query = select(table).order_by(table.c.day)
    if start is not None:
        query = query.where(table.c.day >= start)
    if end is not None:
        query = query.where(table.c.day <= end)
    return [to_record(row) for row in session.connection().execute(query)]


def history(session: Session, day: date) -> list[dict[str, Any]]:
    """A day's earlier check-in values, oldest first, each with ``replaced_at``."""
    rows = session.scalars(
        select(CheckInHistory).where(CheckInHistory.day == day).order_by(CheckInHistory.id)
    )
    return [{**row.values, "replaced_at": row.replaced_at.isoformat()} for row in rows]
