"""Export everything a person wrote, decrypted on purpose, as JSON or a folder of CSV files.

This is the one place the store writes a person's words in the clear; it happens
only when they ask for it (the CLI warns first). Files are created readable by
their owner only.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from workbook import __version__
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.store import clock
from workbook.core.store.entries import device_names
from workbook.core.store.models import AnswerRevision as RevisionRow
from workbook.core.store.records import Goal
from workbook.core.store.workbook import Workbook

#: ``words(module_id, field_id, stored)``: an answer in words (``answer_words.words_in_program``).
AnswerWords = Callable[[str, str, Any], str]

WARNING = QT_TRANSLATE_NOOP(
    "Export",
    "This export is NOT encrypted. Anyone who can read these files can read what you wrote. Keep them somewhere private and delete them when you no longer need them.",
)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _revisions(workbook: Workbook) -> dict[str, list[dict[str, Any]]]:
    by_entry: dict[str, list[dict[str, Any]]] = {}
    with workbook._read() as s:
        names = device_names(s)
        order = (RevisionRow.hlc.is_(None), RevisionRow.hlc, RevisionRow.id)
        for row in s.scalars(select(RevisionRow).order_by(*order)):
            revision = {
                "field_id": row.field_id,
                "value": row.value,
                "saved_at": clock.in_offset(row.saved_at, row.saved_offset_min).isoformat(),
            }
            if names.get(row.device):  # which computer saved it, once sync has named them
                revision["computer"] = names[row.device]
            by_entry.setdefault(row.entry_id, []).append(revision)
    return by_entry


def export_data(workbook: Workbook, words: AnswerWords | None = None) -> dict[str, Any]:
    """Everything the person wrote, as plain JSON-ready data (entries newest first).

    With ``words``, each entry also has ``answers_in_words``: what the person reads on
    screen and paper (option labels, Yes/No, dates in words) beside the stored values.
    """
    revisions = _revisions(workbook)
    entries = [
        {
            "id": e.id,
            "module_id": e.module_id,
            "module_version": e.module_version,
            "status": e.status,
            "created_at": e.created_at.isoformat(),
            "updated_at": e.updated_at.isoformat(),
            "completed_at": _iso(e.completed_at),
            "answers": e.answers,
            **(
                {"answers_in_words": {f: words(e.module_id, f, v) for f, v in e.answers.items()}}
                if words is not None
                else {}
            ),
            "results": e.results,
            "answer_history": revisions.get(e.id, []),
        }
        for e in workbook.entries()
    ]
    goals = [
        {
            **{k: _iso(v) for k, v in vars(g).items() if k != "reviews"},
            "reviews": [{k: _iso(v) for k, v in vars(r).items()} for r in g.reviews],
            "history": workbook.goal_history(g.id),
        }
        for g in workbook.goals()
    ]
    checkins = [
        {
            **{k: _iso(v) for k, v in vars(c).items()},
            "history": workbook.checkin_history(c.day),
        }
        for c in workbook.checkins()
    ]
    return {
        "warning": WARNING,
        "workbook": {
            "name": workbook.name,
            "exported_at": datetime.now(UTC).isoformat(),
            "app_version": __version__,
        },
        "entries": entries,
        "goals": goals,
        "checkins": checkins,
        "settings": workbook.settings(),
    }


def write_json(workbook: Workbook, path: Path, words: AnswerWords | None = None) -> Path:
    """One JSON file, written whole or not at all (never a truncated plaintext), mode 0600."""
    from workbook.core.printing.atomic import write_atomically

    text = json.dumps(export_data(workbook, words), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def write_csv(workbook: Workbook, folder: Path, words: AnswerWords | None = None) -> list[Path]:
    """One CSV per kind of record (answers one row per field, with ``words`` an ``in_words``
    column) plus a README with the warning."""
    data = export_data(workbook, words)
    entry_cols = ["id", "module_id", "module_version", "status", "created_at", "updated_at"]
    answers = [
        {
            **{c: e[c] for c in entry_cols},
            "field_id": field,
            "value": value,
            "in_words": e.get("answers_in_words", {}).get(field, ""),
        }
        for e in data["entries"]
        for field, value in e["answers"].items()
    ]
    history = [
        {"entry_id": e["id"], "module_id": e["module_id"], **rev}
        for e in data["entries"]
        for rev in e["answer_history"]
    ]
    # From the record's fields, not the first goal's keys: an empty goals.csv keeps its header.
    goal_cols = [f.name for f in dataclasses.fields(Goal) if f.name != "reviews"]
    reviews = [r for g in data["goals"] for r in g["reviews"]]
    tables = {
        "entries.csv": (data["entries"], [*entry_cols, "completed_at", "results"]),
        "answers.csv": (
            answers,
            [*entry_cols, "field_id", "value", *(["in_words"] if words is not None else [])],
        ),
        "answer_history.csv": (history, ["entry_id", "module_id", "field_id", "value", "saved_at"]),
        "goals.csv": (data["goals"], goal_cols),
        "goal_reviews.csv": (
            reviews,
            [
                "goal_id",
                "day",
                "progress",
                "helped",
                "hindered",
                "next_step",
                "note",
                "status",
                "created_at",
            ],
        ),
        "checkins.csv": (
            data["checkins"],
            ["day", "mood", "anxiety", "sleep", "energy", "note", "updated_at"],
        ),
        "settings.csv": (
            [{"key": k, "value": v} for k, v in data["settings"].items()],
            ["key", "value"],
        ),
    }
    # The whole folder at once (0700, files 0600): a full disk leaves no partial export.
    from workbook.core.printing.atomic import write_folder_atomically

    contents = {"README.txt": f"Workbook export of {workbook.name!r}\n\n{WARNING}\n"}
    contents |= {name: _csv(rows, columns) for name, (rows, columns) in tables.items()}
    return write_folder_atomically(folder, {n: t.encode("utf-8") for n, t in contents.items()})
