"""The workbook's tables, as SQLAlchemy 2 typed models (migration 0001 creates exactly these).

Times are stored as UTC ISO-8601 text with the person's UTC offset (minutes) beside
them, so "Tuesday evening" stays Tuesday evening after a move or a clock change.
Answers are never updated in place: ``AnswerRevision`` is append-only and the
current answers are the latest revision per field. The store never filters answers
by the current module, so an entry made under an older module version keeps every
answer it had, including fields the module no longer asks.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    FetchedValue,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC ISO text (sorts correctly, reads in any tool)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class ISODate(TypeDecorator[date]):
    """A calendar day stored as ``YYYY-MM-DD``."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class JSONText(TypeDecorator[Any]):
    """Any JSON value, stored as compact text (UTF-8, no ASCII escaping)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def device_column() -> Mapped[str]:
    """The computer that wrote the row. Its default is this database's own device id
    (set by migration 0003), so local writes never pass it; merged rows carry theirs."""
    return mapped_column(String(36), server_default=FetchedValue())


def uuid_column() -> Mapped[str]:
    """A random id SQLite gives each new row, unique across every synced computer."""
    return mapped_column(String(36), unique=True, server_default=FetchedValue())


class WorkbookMeta(Base):
    """One row: when the workbook was made, by which app, for which program folder."""

    __tablename__ = "workbook_meta"
    id: Mapped[int] = mapped_column(primary_key=True)
    schema_version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_app_version: Mapped[str] = mapped_column(String(40))
    last_opened_app_version: Mapped[str] = mapped_column(String(40))
    program_path: Mapped[str | None] = mapped_column(Text)
    program_fingerprint: Mapped[str | None] = mapped_column(String(64))


class Setting(Base):
    """A preference that belongs to the person (crisis contacts, reminder time...), as JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uuid: Mapped[str] = uuid_column()
    device: Mapped[str] = device_column()


class ModuleProgressRow(Base):
    """Where the person is with each module they have opened."""

    __tablename__ = "module_progress"
    module_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))  # in_progress | completed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    times_completed: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EntryRow(Base):
    """One go at a module: a draft until completed, with the module version it was made under."""

    __tablename__ = "entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    module_id: Mapped[str] = mapped_column(String(200), index=True)
    module_version: Mapped[str] = mapped_column(String(40))
    module_hash: Mapped[str] = mapped_column(String(64))
    records: Mapped[str | None] = mapped_column(String(20))  # checkin | goal | None
    status: Mapped[str] = mapped_column(String(20))  # draft | complete
    page_index: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_offset_min: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_offset_min: Mapped[int]
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    results: Mapped[Any | None] = mapped_column(JSONText)
    device: Mapped[str] = device_column()


class AnswerRevision(Base):
    """One saved value of one field; never updated, never deleted."""

    __tablename__ = "answer_revisions"
    __table_args__ = (Index("ix_answer_revisions_entry_field", "entry_id", "field_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    field_id: Mapped[str] = mapped_column(String(200))
    value: Mapped[Any] = mapped_column(JSONText)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    saved_offset_min: Mapped[int]
    entry_status: Mapped[str] = mapped_column(String(20))  # the entry's status when saved
    uuid: Mapped[str] = uuid_column()
    device: Mapped[str] = device_column()
    #: Hybrid-logical-clock time, given when the revision is first sent (None until then);
    #: the current value of a field is its revision with the latest ``hlc``.
    hlc: Mapped[str | None] = mapped_column(String(64))
    #: The revisions of this field the writer had seen (JSON list of uuids).
    bases: Mapped[Any | None] = mapped_column(JSONText, nullable=True)


class GoalRow(Base):
    """A SMART goal the person set, with its current wording and status."""

    __tablename__ = "goals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), unique=True
    )
    goal: Mapped[str] = mapped_column(Text)
    specific: Mapped[str] = mapped_column(Text, default="")
    measurable: Mapped[str] = mapped_column(Text, default="")
    achievable: Mapped[str] = mapped_column(Text, default="")
    relevant: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(ISODate)
    first_step: Mapped[str] = mapped_column(Text, default="")
    obstacles: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))  # active | achieved | paused | dropped
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    device: Mapped[str] = device_column()


class GoalHistory(Base):
    """A goal's wording before an edit, so changing a goal never loses the earlier version."""

    __tablename__ = "goal_history"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    values: Mapped[Any] = mapped_column(JSONText)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uuid: Mapped[str] = uuid_column()
    device: Mapped[str] = device_column()


class GoalReviewRow(Base):
    """A dated look back at a goal: how it is going, in the person's words.

    The three questions the Goals screen asks each have a column; ``note`` is for
    anything else (and keeps schema 0001 notes migration 0002 could not split).
    """

    __tablename__ = "goal_reviews"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(ISODate)
    progress: Mapped[int | None]  # 0-10, how far along it feels
    note: Mapped[str] = mapped_column(Text, default="")
    helped: Mapped[str] = mapped_column(Text, default="", server_default="")
    hindered: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_step: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str | None] = mapped_column(String(20))  # the goal's status set by the review
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    device: Mapped[str] = device_column()


class CheckInRow(Base):
    """The daily check-in: one per day; a re-save moves the earlier values to history."""

    __tablename__ = "checkins"
    day: Mapped[date] = mapped_column(ISODate, primary_key=True)
    mood: Mapped[int | None]
    anxiety: Mapped[int | None]
    sleep: Mapped[int | None]
    energy: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_offset_min: Mapped[int]
    uuid: Mapped[str] = uuid_column()
    device: Mapped[str] = device_column()


class CheckInHistory(Base):
    """A day's earlier check-in values, kept when that day's check-in is saved again."""

    __tablename__ = "checkin_history"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(ISODate, index=True)
    values: Mapped[Any] = mapped_column(JSONText)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uuid: Mapped[str] = uuid_column()
    device: Mapped[str] = device_column()


class BackupRecord(Base):
    """A backup this workbook made (the files themselves are listed from the backups folder)."""

    __tablename__ = "backup_log"
    __table_args__ = (UniqueConstraint("filename"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    filename: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # daily | manual | pre-migration | pre-restore
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    schema_revision: Mapped[str | None] = mapped_column(String(40))


# -- sync (migration 0003): what this computer keeps to merge with its other computers ----


class SyncDevice(Base):
    """One row: this computer's device id and name, and the sync folder it uses."""

    __tablename__ = "sync_device"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(Text)
    folder: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: SHA-256 of the key file this computer last saw in the folder (migration 0004).
    folder_key_seen: Mapped[str | None] = mapped_column(String(64))


class SyncRecord(Base):
    """One change, written here or received: the merge's source of truth.

    ``kind`` and ``key`` name what changed (an answer, a goal, a day's check-in...);
    ``bases`` are the records of that key the writer had seen, so two records that
    don't know each other are a conflict. ``value`` None is a deletion (a tombstone).
    """

    __tablename__ = "sync_records"
    __table_args__ = (Index("ix_sync_records_kind_key", "kind", "key"),)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(Text)
    device: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    bases: Mapped[Any] = mapped_column(JSONText)
    value: Mapped[Any] = mapped_column(JSONText)
    applied: Mapped[bool]  # False while its parent row (an entry, a goal) hasn't arrived
    sent: Mapped[bool]  # False for this computer's records not yet in a journal file


class SyncFile(Base):
    """A journal file already merged (so each sync reads only new ones)."""

    __tablename__ = "sync_files"
    file_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device: Mapped[str] = mapped_column(String(36))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncPeer(Base):
    """Another computer of this workbook, and when its changes last arrived here."""

    __tablename__ = "sync_peers"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    last_arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
