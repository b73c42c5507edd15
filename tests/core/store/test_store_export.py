"""Export gives back everything a person wrote, readable anywhere, on purpose only."""

from __future__ import annotations

import csv
import json
import stat
from datetime import date
from pathlib import Path

from conftest import FakeModule

from workbook.core.store import Workbook
from workbook.core.store.export import WARNING, export_data, write_csv, write_json


def _write_everything(wb: Workbook) -> str:
    entry = wb.start_entry(FakeModule(id="thought-record"))
    wb.save_draft(entry.id, {"situation": "first draft"})
    wb.complete_entry(entry.id, {"situation": "On the bus", "feelings": ["anxious"]}, {"s": 1})
    goal = wb.add_goal("Walk daily", specific="20 minutes", target_date="2026-09-01")
    wb.add_goal_review(goal.id, "Going well", progress=6, day=date(2026, 6, 1))
    wb.add_goal_review(
        goal.id, helped="Music", hindered="Rain", next_step="Umbrella", day=date(2026, 6, 8)
    )
    wb.save_checkin(date(2026, 6, 2), mood=6, anxiety=3, sleep=7, energy=5, note="calm")
    wb.set_setting("crisis_contacts", [{"name": "Jo"}])
    return entry.id


def test_the_json_export_has_every_kind_of_record(wb: Workbook, tmp_path: Path) -> None:
    """Entries with answers and their history, goals with reviews, check-ins and settings."""
    entry_id = _write_everything(wb)
    path = write_json(wb, tmp_path / "export.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["warning"] == WARNING
    (entry,) = data["entries"]
    assert entry["id"] == entry_id
    assert entry["answers"] == {"situation": "On the bus", "feelings": ["anxious"]}
    assert [h["value"] for h in entry["answer_history"] if h["field_id"] == "situation"] == [
        "first draft",
        "On the bus",
    ]
    (goal,) = data["goals"]
    assert goal["goal"] == "Walk daily" and goal["reviews"][0]["note"] == "Going well"
    parts = {k: goal["reviews"][1][k] for k in ("helped", "hindered", "next_step")}
    assert parts == {"helped": "Music", "hindered": "Rain", "next_step": "Umbrella"}
    assert data["checkins"][0]["note"] == "calm"
    assert data["settings"] == {"crisis_contacts": [{"name": "Jo"}]}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_csv_export_opens_in_a_spreadsheet(wb: Workbook, tmp_path: Path) -> None:
    """One CSV per kind of record, one answer per row, with a warning beside them."""
    _write_everything(wb)
    files = write_csv(wb, tmp_path / "export")
    names = {p.name for p in files}
    assert {"README.txt", "answers.csv", "goals.csv", "checkins.csv", "settings.csv"} <= names
    with (tmp_path / "export" / "answers.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_field = {r["field_id"]: r["value"] for r in rows}
    assert by_field == {"situation": "On the bus", "feelings": '["anxious"]'}
    with (tmp_path / "export" / "goal_reviews.csv").open(encoding="utf-8", newline="") as handle:
        reviews = list(csv.DictReader(handle))
    assert [(r["helped"], r["hindered"], r["next_step"], r["note"]) for r in reviews] == [
        ("", "", "", "Going well"),
        ("Music", "Rain", "Umbrella", ""),
    ]
    assert WARNING in (tmp_path / "export" / "README.txt").read_text(encoding="utf-8")


def test_an_empty_workbook_exports_cleanly(wb: Workbook, tmp_path: Path) -> None:
    """A brand new workbook exports without errors, with empty lists."""
    data = export_data(wb)
    assert (data["entries"], data["goals"], data["checkins"], data["settings"]) == ([], [], [], {})
    assert len(write_csv(wb, tmp_path / "empty")) == 8


def test_the_export_says_each_answer_in_the_words_the_person_read(
    wb: Workbook, tmp_path: Path
) -> None:
    """Beside the stored values, the same words as the screen and the PDF: option labels,
    Yes/No, dates in words; an answer to a question the program no longer asks as stored."""
    from workbook.core.language import load_program
    from workbook.core.language.answer_words import words_in_program

    program = load_program(Path(__file__).parents[2] / "fixtures" / "modules" / "small")
    entry = wb.start_entry(FakeModule(id="diary"))
    stored = {
        "feeling": "worry",
        "helped": ["walking", "music"],
        "slept_well": False,
        "day": "2026-06-02",
        "gone": "an old answer",
    }
    wb.complete_entry(entry.id, stored, None)
    words = words_in_program(program)
    data = json.loads(write_json(wb, tmp_path / "export.json", words).read_text("utf-8"))
    assert data["entries"][0]["answers"] == stored
    assert data["entries"][0]["answers_in_words"] == {
        "feeling": "Worried",
        "helped": "Walking; Music",
        "slept_well": "No",
        "day": "2 June 2026",
        "gone": "an old answer",
    }
    write_csv(wb, tmp_path / "export", words)
    with (tmp_path / "export" / "answers.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["field_id"]: r for r in csv.DictReader(handle)}
    assert (rows["feeling"]["value"], rows["feeling"]["in_words"]) == ("worry", "Worried")


def test_every_csv_has_its_header_row_even_when_empty(wb: Workbook, tmp_path: Path) -> None:
    """A spreadsheet opened on a new workbook's export shows the column names, goals.csv too."""
    empty = [p for p in write_csv(wb, tmp_path / "empty") if p.suffix == ".csv"]
    _write_everything(wb)
    full = {p.name: p for p in write_csv(wb, tmp_path / "full") if p.suffix == ".csv"}
    assert {p.name for p in empty} == set(full)
    for path in empty:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        with full[path.name].open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert rows == [header], f"{path.name} has no header row when empty"
        assert header, path.name
    goals_header = (tmp_path / "empty" / "goals.csv").read_text(encoding="utf-8").split(",")
    assert goals_header[:2] == ["id", "goal"]
