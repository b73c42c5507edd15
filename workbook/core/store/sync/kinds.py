"""What sync carries of each table: the key that names a row, and the columns it copies.

Values travel as the database stores them (UTC ISO text, JSON text), read and
written with plain SQL, so a merged row is byte-for-byte what its writer saved.

*Registers* are rows that change (an entry's status, a goal, a day's check-in, a
setting): the latest version by clock wins and two versions that don't know each
other are a conflict. *Appends* never change once written (a goal review, the
earlier wording of a goal or a check-in): they are only ever added. Answers are
appends too, with the extra rule in merge.py that the latest per field is current.
Columns a computer keeps for itself (the page an entry was left on, when it was
last touched here) are not carried.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    key: str
    columns: tuple[str, ...]
    register: bool
    #: (column, parent table, parent key, required): a required parent must exist before
    #: the row can be written; an optional one is left empty until it arrives.
    parent: tuple[str, str, str, bool] | None = None
    #: Columns to fill when the row is first written here (kept per computer).
    local_defaults: tuple[tuple[str, str], ...] = ()


ENTRY = Kind(
    "entry",
    "entries",
    "id",
    (
        "module_id",
        "module_version",
        "module_hash",
        "records",
        "status",
        "created_at",
        "created_offset_min",
        "completed_at",
        "results",
    ),
    register=True,
    local_defaults=(
        ("page_index", "0"),
        ("updated_at", "created_at"),
        ("updated_offset_min", "created_offset_min"),
    ),
)
GOAL = Kind(
    "goal",
    "goals",
    "id",
    (
        "entry_id",
        "goal",
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "target_date",
        "first_step",
        "obstacles",
        "plan",
        "status",
        "created_at",
        "updated_at",
    ),
    register=True,
    parent=("entry_id", "entries", "id", False),
)
GOAL_REVIEW = Kind(
    "goal_review",
    "goal_reviews",
    "id",
    (
        "goal_id",
        "day",
        "progress",
        "note",
        "helped",
        "hindered",
        "next_step",
        "status",
        "created_at",
    ),
    register=False,
    parent=("goal_id", "goals", "id", True),
)
GOAL_HISTORY = Kind(
    "goal_history",
    "goal_history",
    "uuid",
    ("goal_id", "values", "replaced_at"),
    register=False,
    parent=("goal_id", "goals", "id", True),
)
CHECKIN = Kind(
    "checkin",
    "checkins",
    "day",
    (
        "uuid",
        "mood",
        "anxiety",
        "sleep",
        "energy",
        "note",
        "entry_id",
        "created_at",
        "updated_at",
        "updated_offset_min",
    ),
    register=True,
    parent=("entry_id", "entries", "id", False),
)
CHECKIN_HISTORY = Kind(
    "checkin_history",
    "checkin_history",
    "uuid",
    ("day", "values", "replaced_at"),
    register=False,
)
SETTING = Kind("setting", "settings", "key", ("uuid", "value", "updated_at"), register=True)

#: In the order a merge writes them: parents before the rows that point at them.
TABLE_KINDS = (ENTRY, GOAL, GOAL_REVIEW, GOAL_HISTORY, CHECKIN, CHECKIN_HISTORY, SETTING)
BY_NAME = {kind.name: kind for kind in TABLE_KINDS}
ANSWER = "answer"
#: Every kind a journal may carry; an unknown one comes from a newer Workbook.
ALL_KINDS = frozenset({ANSWER, *BY_NAME})
#: Kinds whose conflicts the person is asked to settle (an entry's status and results
#: follow its answers, so they are never asked about on their own).
ASKED = (ANSWER, "goal", "checkin", "setting")


def answer_key(entry_id: str, field_id: str) -> str:
    return f"{entry_id} {field_id}"


def split_answer_key(key: str) -> tuple[str, str]:
    entry_id, field_id = key.split(" ", 1)
    return entry_id, field_id


def quoted(column: str) -> str:
    return f'"{column}"'
