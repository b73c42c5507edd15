"""Goals and their dated reviews; editing a goal keeps its earlier wording in history."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbook.core.store.errors import NotFound
from workbook.core.store.models import GoalHistory, GoalReviewRow, GoalRow
from workbook.core.store.records import GOAL_STATUSES, Goal, GoalReview

TEXT_PARTS = (
    "goal",
    "specific",
    "measurable",
    "achievable",
    "relevant",
    "first_step",
    "obstacles",
    "plan",
)
EDITABLE = (*TEXT_PARTS, "target_date", "status")
#: A review's answers to the three questions, each kept in its own column.
REVIEW_PARTS = ("helped", "hindered", "next_step")


def as_date(value: date | str | None) -> date | None:
    """Dates arrive as ``date`` or, from module answers, as ``YYYY-MM-DD`` text."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _check_status(status: str) -> str:
    if status not in GOAL_STATUSES:
        raise ValueError(f"goal status must be one of {', '.join(GOAL_STATUSES)}")
    return status


def _snapshot(row: GoalRow) -> dict[str, Any]:
    values: dict[str, Any] = {part: getattr(row, part) for part in TEXT_PARTS}
    values["target_date"] = None if row.target_date is None else row.target_date.isoformat()
    values["status"] = row.status
    return values


def get_row(session: Session, goal_id: str) -> GoalRow:
    row = session.get(GoalRow, goal_id)
    if row is None:
        raise NotFound("That goal isn't in this workbook.")
    return row


def add(
    session: Session, parts: Mapping[str, Any], moment: datetime, entry_id: str | None
) -> GoalRow:
    """A new goal, or, when ``entry_id`` already made one, that goal updated (no duplicates)."""
    if entry_id is not None:
        existing = session.scalar(select(GoalRow).where(GoalRow.entry_id == entry_id))
        if existing is not None:
            update(session, existing, {k: v for k, v in parts.items() if k in EDITABLE}, moment)
            return existing
    row = GoalRow(
        id=str(uuid.uuid4()),
        entry_id=entry_id,
        status=_check_status(str(parts.get("status") or "active")),
        target_date=as_date(parts.get("target_date")),
        created_at=moment,
        updated_at=moment,
        **{part: str(parts.get(part) or "") for part in TEXT_PARTS},
    )
    session.add(row)
    return row


def update(session: Session, row: GoalRow, changes: Mapping[str, Any], moment: datetime) -> None:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown goal parts: {', '.join(sorted(unknown))}")
    before = _snapshot(row)
    for part in TEXT_PARTS:
        if part in changes:
            setattr(row, part, str(changes[part] or ""))
    if "target_date" in changes:
        row.target_date = as_date(changes["target_date"])
    if "status" in changes:
        row.status = _check_status(str(changes["status"]))
    if _snapshot(row) != before:
        session.add(GoalHistory(goal_id=row.id, values=before, replaced_at=moment))
        row.updated_at = moment


def add_review(
    session: Session,
    goal: GoalRow,
    *,
    day: date,
    progress: int | None,
    note: str,
    parts: Mapping[str, str],
    status: str | None,
    moment: datetime,
) -> GoalReviewRow:
    if progress is not None and not 0 <= progress <= 10:
        raise ValueError("progress is rated 0-10")
    unknown = set(parts) - set(REVIEW_PARTS)
    if unknown:
        raise ValueError(f"unknown review parts: {', '.join(sorted(unknown))}")
    review = GoalReviewRow(
        id=str(uuid.uuid4()),
        goal_id=goal.id,
        day=day,
        progress=progress,
        note=note,
        status=None if status is None else _check_status(status),
        created_at=moment,
        **{part: str(parts.get(part) or "") for part in REVIEW_PARTS},
    )
    session.add(review)
    if status is not None:
        update(session, goal, {"status": status}, moment)
    return review


def _review(row: GoalReviewRow) -> GoalReview:
    return GoalReview(
        id=row.id,
        goal_id=row.goal_id,
        day=row.day,
        progress=row.progress,
        note=row.note,
        status=row.status,
        created_at=row.created_at,
        helped=row.helped,
        hindered=row.hindered,
        next_step=row.next_step,
    )


def to_record(row: GoalRow, reviews: list[GoalReviewRow]) -> Goal:
    return Goal(
        id=row.id,
        goal=row.goal,
        specific=row.specific,
        measurable=row.measurable,
        achievable=row.achievable,
        relevant=row.relevant,
        target_date=row.target_date,
        first_step=row.first_step,
        obstacles=row.obstacles,
        plan=row.plan,
        status=row.status,
        created_at=row.created_at,
        updated_at=row.updated_at,
        entry_id=row.entry_id,
        reviews=tuple(_review(r) for r in reviews),
    )


def load_many(session: Session, status: str | None = None) -> list[Goal]:
    """Goals newest first, each with its reviews oldest first."""
    query = select(GoalRow).order_by(GoalRow.created_at.desc(), GoalRow.id)
    if status is not None:
        query = query.where(GoalRow.status == status)
    rows = list(session.scalars(query))
    reviews: dict[str, list[GoalReviewRow]] = defaultdict(list)
    review_query = (
        select(GoalReviewRow)
        .where(GoalReviewRow.goal_id.in_([r.id for r in rows]))
        .order_by(GoalReviewRow.day, GoalReviewRow.created_at)
    )
    for review in session.scalars(review_query):
        reviews[review.goal_id].append(review)
    return [to_record(row, reviews[row.id]) for row in rows]


def load(session: Session, goal_id: str) -> Goal:
    row = get_row(session, goal_id)
    reviews = session.scalars(
        select(GoalReviewRow)
        .where(GoalReviewRow.goal_id == goal_id)
        .order_by(GoalReviewRow.day, GoalReviewRow.created_at)
    )
    return to_record(row, list(reviews))


def history(session: Session, goal_id: str) -> list[dict[str, Any]]:
    """Earlier wordings of a goal, oldest first, each with ``replaced_at``."""
    get_row(session, goal_id)
    rows = session.scalars(
        select(GoalHistory).where(GoalHistory.goal_id == goal_id).order_by(GoalHistory.id)
    )
    return [{**row.values, "replaced_at": row.replaced_at.isoformat()} for row in rows]
