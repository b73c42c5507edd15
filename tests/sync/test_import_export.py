"""``workbook import``: an export merged into an empty workbook gives back what was
written, and importing it again adds nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sync_helpers import PASSPHRASE, FakeModule, on, rows

from workbook.cli import main
from workbook.core.store import Workbook, create_workbook
from workbook.core.store.export import export_data
from workbook.core.store.sync.importing import import_export


def _fill(wb: Workbook) -> None:
    entry = wb.start_entry(FakeModule())
    wb.save_draft(entry.id, {"q1": 1, "notes": "first try"})
    wb.complete_entry(entry.id, {"q1": 2, "notes": "ünïcode ✓"}, {"total": 2})
    draft = wb.start_entry(FakeModule(id="thought-record"))
    wb.save_draft(draft.id, {"situation": "bus", "cleared": "x"})
    wb.save_draft(draft.id, {"cleared": None})
    goal = wb.add_goal("Walk daily", specific="20 minutes", target_date=date(2026, 12, 1))
    wb.update_goal(goal.id, measurable="every day")
    wb.add_goal_review(goal.id, progress=4, helped="a friend", next_step="shoes")
    wb.save_checkin(date(2026, 11, 1), mood=5, note="ok")
    wb.save_checkin(date(2026, 11, 1), mood=6, note="better")
    wb.set_setting("reminder_time", "20:00")
    wb.set_setting("crisis_contacts", [{"name": "Alex", "phone": "123"}])


def _seen(wb: Workbook) -> dict[str, Any]:
    """What a person sees: entries with answers and history, goals, check-ins, settings."""
    entries = []
    for e in sorted(wb.entries(), key=lambda e: e.id):
        history = {f: [r.value for r in wb.answer_history(e.id, f)] for f in e.answers}
        entries.append(
            (
                e.id,
                e.module_id,
                e.status,
                e.created_at,
                e.completed_at,
                e.answers,
                e.results,
                history,
            )
        )
    goals = [(g, wb.goal_history(g.id)) for g in wb.goals()]
    checkins = [(c, wb.checkin_history(c.day)) for c in wb.checkins()]
    return {"entries": entries, "goals": goals, "checkins": checkins, "settings": wb.settings()}


def test_an_export_imported_into_an_empty_workbook_gives_the_same_rows(
    isolated_data_dir: Path,
) -> None:
    original, _ = create_workbook("Sam", PASSPHRASE)
    with original:
        _fill(original)
        data = json.loads(json.dumps(export_data(original)))
        want = _seen(original)
    with on(isolated_data_dir.parent / "other"):
        empty, _ = create_workbook("Sam again", PASSPHRASE)
    with empty:
        report = import_export(empty, data)
        assert (report.entries, report.goals, report.checkins, report.settings) == (2, 1, 1, 2)
        assert _seen(empty) == want
        before = rows(empty)
        again = import_export(empty, data)
        assert (again.entries, again.goals, again.checkins, again.settings) == (0, 0, 0, 0)
        assert rows(empty) == before


def test_importing_into_the_workbook_it_came_from_duplicates_nothing(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    """From the command line, importing a workbook's own export changes nothing it shows."""
    wb, _ = create_workbook("Sam", PASSPHRASE)
    with wb:
        _fill(wb)
        want = _seen(wb)
        export = tmp_path / "export.json"
        export.write_text(json.dumps(export_data(wb)))
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    assert main(["import", str(export), "Sam", "--passphrase-file", str(secret)]) == 0
    from workbook.core.store import open_workbook

    with open_workbook(wb.path, PASSPHRASE) as reopened:
        assert _seen(reopened) == want
