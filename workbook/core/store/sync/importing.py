"""``workbook import FILE.json``: a Workbook JSON export merged back in, through the same merge.

Each entry, answer, goal, review, check-in and setting in the export becomes a change
record whose id is derived from what it is (the entry's id and the field, the goal's
id...), so importing the same file twice adds nothing the second time. What the
workbook already has (an entry, goal, day or setting of the same id) is kept as it
is: an export never silently replaces what was written since.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from workbook.core.store import clock
from workbook.core.store.errors import StoreError
from workbook.core.store.sync import ledger
from workbook.core.store.sync.capture import capture
from workbook.core.store.sync.hlc import HlcClock
from workbook.core.store.sync.kinds import ANSWER, BY_NAME, answer_key
from workbook.core.store.sync.merge import merge_pending

if TYPE_CHECKING:
    from workbook.core.store.workbook import Workbook

NAMESPACE = uuid.UUID("6f1f7d4e-2b8a-4c55-9d0e-5b7f3a1c9e20")


class NotAnExport(StoreError):
    message = "That file isn't a Workbook export."
    advice = "Nothing was changed. Choose a .json file made by `workbook export` or Export my data."


@dataclass(frozen=True)
class ImportReport:
    entries: int
    goals: int
    checkins: int
    settings: int
    kept: int  # things the workbook already had, left as they were


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _utc(text: str | None) -> str | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a time without a time zone")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _offset(text: str) -> int:
    return clock.offset_minutes(datetime.fromisoformat(text))


def _records(
    data: dict[str, Any], now: str
) -> Iterator[tuple[str, str, str, tuple[str, ...], Any]]:
    """(kind, key, record id, bases, value) for everything in the export, parents first."""
    for entry in data.get("entries", []):
        yield (
            "entry",
            entry["id"],
            _id("entry", entry["id"]),
            (),
            {
                "module_id": entry["module_id"],
                "module_version": entry["module_version"],
                "module_hash": entry.get("module_hash", ""),
                "records": entry.get("records"),
                "status": entry["status"],
                "created_at": _utc(entry["created_at"]),
                "created_offset_min": _offset(entry["created_at"]),
                "completed_at": _utc(entry.get("completed_at")),
                "results": None if entry.get("results") is None else ledger.dumps(entry["results"]),
            },
        )
        last: dict[str, str] = {}
        for index, revision in enumerate(entry.get("answer_history", [])):
            field = revision["field_id"]
            record_id = _id("answer", entry["id"], field, index)
            yield (
                ANSWER,
                answer_key(entry["id"], field),
                record_id,
                (last[field],) if field in last else (),
                {
                    "value": revision["value"],
                    "saved_at": _utc(revision["saved_at"]),
                    "offset": _offset(revision["saved_at"]),
                    "status": entry["status"],
                },
            )
            last[field] = record_id
    for goal in data.get("goals", []):
        parts = BY_NAME["goal"].columns
        value = {column: goal.get(column) for column in parts}
        value.update(
            created_at=_utc(goal["created_at"]),
            updated_at=_utc(goal["updated_at"]),
            target_date=goal.get("target_date"),
        )
        for column in parts:
            if value[column] is None and column not in ("entry_id", "target_date"):
                value[column] = ""
        yield "goal", goal["id"], _id("goal", goal["id"]), (), value
        for review in goal.get("reviews", []):
            review_value = {c: review.get(c) for c in BY_NAME["goal_review"].columns}
            review_value["created_at"] = _utc(review["created_at"])
            for column in ("note", "helped", "hindered", "next_step"):
                review_value[column] = review_value[column] or ""
            yield "goal_review", review["id"], _id("review", review["id"]), (), review_value
        for index, old in enumerate(goal.get("history", [])):
            values = {k: v for k, v in old.items() if k != "replaced_at"}
            key = _id("goal_history", goal["id"], index)
            yield (
                "goal_history",
                key,
                key,
                (),
                {
                    "goal_id": goal["id"],
                    "values": ledger.dumps(values),
                    "replaced_at": _utc(old["replaced_at"]),
                },
            )
    for checkin in data.get("checkins", []):
        day = checkin["day"]
        yield (
            "checkin",
            day,
            _id("checkin", day),
            (),
            {
                "uuid": uuid.uuid5(NAMESPACE, f"checkin-row/{day}").hex,
                **{r: checkin.get(r) for r in ("mood", "anxiety", "sleep", "energy")},
                "note": checkin.get("note") or "",
                "entry_id": None,
                "created_at": _utc(checkin["updated_at"]),
                "updated_at": _utc(checkin["updated_at"]),
                "updated_offset_min": _offset(checkin["updated_at"]),
            },
        )
        for index, old in enumerate(checkin.get("history", [])):
            values = {k: v for k, v in old.items() if k != "replaced_at"}
            key = _id("checkin_history", day, index)
            yield (
                "checkin_history",
                key,
                key,
                (),
                {
                    "day": day,
                    "values": ledger.dumps(values),
                    "replaced_at": _utc(old["replaced_at"]),
                },
            )
    for name, setting in sorted(data.get("settings", {}).items()):
        yield (
            "setting",
            name,
            _id("setting", name, ledger.dumps(setting)),
            (),
            {
                "uuid": uuid.uuid5(NAMESPACE, f"setting-row/{name}").hex,
                "value": ledger.dumps(setting),
                "updated_at": now,
            },
        )


def _existing(conn: Connection, kind: str, key: str) -> bool:
    if kind == ANSWER:
        return False  # answers come only with an entry that is new here (see import_export)
    table = BY_NAME[kind]
    found = conn.exec_driver_sql(
        f'SELECT 1 FROM {table.table} WHERE "{table.key}" = ?', (key,)
    ).first()
    return found is not None


def _parent_of(kind: str, key: str, value: Any) -> str | None:
    if kind == ANSWER:
        return key.split(" ", 1)[0]
    if kind in ("goal_review", "goal_history"):
        return str(value["goal_id"])
    if kind == "checkin_history":
        return str(value["day"])
    return None


def import_export(workbook: Workbook, data: Any) -> ImportReport:
    """Merge the export ``data`` (parsed JSON) into ``workbook``; what it added."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise NotAnExport()
    moment = clock.now()
    now = moment.astimezone(UTC).isoformat(timespec="microseconds")
    try:
        planned = list(_records(data, now))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise NotAnExport(
            "That file looks like a Workbook export but part of it can't be read "
            f"({type(error).__name__}: {error}).",
            "Nothing was changed. Export it again from the workbook it came from.",
        ) from None
    added = {"entry": 0, "goal": 0, "checkin": 0, "setting": 0}
    kept = 0
    with workbook._write() as s:
        conn = s.connection()
        device = str(conn.exec_driver_sql("SELECT device_id FROM sync_device").scalar_one())
        hlc = HlcClock(device, ledger.latest_hlc(conn))
        capture(conn, device, lambda: hlc.tick(clock.now()))
        # The answers, reviews and earlier versions of something the workbook already
        # has are its own already (under their own ids): only new things bring theirs.
        kept_parents: set[str] = set()
        for kind, key, record_id, bases, value in planned:
            if _parent_of(kind, key, value) in kept_parents:
                continue
            if _existing(conn, kind, key):
                kept_parents.add(key)
                kept += kind in added
                continue
            record = ledger.Record(record_id, kind, key, device, hlc.tick(moment), bases, value)
            if ledger.insert(conn, record, applied=False, sent=False) and kind in added:
                added[kind] += 1
        merge_pending(conn)
    return ImportReport(added["entry"], added["goal"], added["checkin"], added["setting"], kept)
