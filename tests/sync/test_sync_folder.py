"""Two computers syncing through a plain folder end up with the same workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, FakeModule, Pair, on, rows

from workbook.core.store import create_workbook
from workbook.core.store.export import export_data
from workbook.core.store.sync import engine
from workbook.core.store.sync.errors import AlreadyHere, OtherWorkbookFolder
from workbook.core.store.sync.join import join


def test_edits_on_both_computers_arrive_on_both(pair: Pair) -> None:
    """An entry, a goal with a review, a check-in and a setting written on either side
    are on both after they sync, row for row."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 2, "notes": "written on the laptop"})
    goal = pair.desktop.add_goal("Walk daily", specific="20 minutes")
    pair.desktop.add_goal_review(goal.id, progress=5, helped="a friend")
    pair.desktop.save_checkin(date(2026, 11, 2), mood=6, note="ok day")
    pair.laptop.set_setting("reminder_time", "20:00")
    pair.sync_both()

    assert pair.desktop.entry(entry.id).answers == {"q1": 2, "notes": "written on the laptop"}
    (seen,) = pair.laptop.goals()
    assert (seen.goal, seen.reviews[0].helped) == ("Walk daily", "a friend")
    assert pair.laptop.checkins()[0].note == "ok day"
    assert pair.desktop.get_setting("reminder_time") == "20:00"
    assert rows(pair.laptop) == rows(pair.desktop)


def test_later_edits_replace_earlier_ones_everywhere(pair: Pair) -> None:
    """An answer changed on the desktop after the laptop's version arrived is the current
    one on both; the history keeps both values and names the computer of each."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 1})
    pair.sync_both()
    pair.desktop.save_draft(entry.id, {"q1": 3})
    pair.sync_both()
    assert pair.laptop.entry(entry.id).answers["q1"] == 3
    history = pair.laptop.answer_history(entry.id, "q1")
    assert [(r.value, r.device) for r in history] == [(1, "Laptop"), (3, "Desktop")]
    (exported,) = export_data(pair.desktop)["entries"]
    assert [(h["value"], h["computer"]) for h in exported["answer_history"]] == [
        (1, "Laptop"),
        (3, "Desktop"),
    ]
    assert engine.status(pair.laptop).conflicts == 0
    assert rows(pair.laptop) == rows(pair.desktop)


def test_a_sync_with_nothing_new_writes_no_file(pair: Pair) -> None:
    """Syncing again without changes leaves the folder as it was."""
    pair.laptop.set_setting("x", 1)
    pair.sync_both()
    before = sorted(p.name for p in (pair.folder / "journal").iterdir())
    pair.sync_both()
    assert sorted(p.name for p in (pair.folder / "journal").iterdir()) == before


def test_status_says_when_the_other_computers_changes_arrived(pair: Pair) -> None:
    """Settings → Sync lists the other computer by name with the time its changes came."""
    pair.desktop.set_setting("x", 1)
    pair.sync_both()
    status = engine.status(pair.laptop)
    assert status.device_name == "Laptop"
    (peer,) = status.peers
    assert peer.name == "Desktop" and peer.last_arrived_at is not None


def test_a_folder_of_another_workbook_is_refused(pair: Pair, isolated_data_dir: Path) -> None:
    """Pointing a different workbook at this folder changes nothing and says why."""
    other, _ = create_workbook("Someone else", PASSPHRASE)
    with other:
        with pytest.raises(OtherWorkbookFolder):
            engine.configure(other, pair.folder, "Laptop")
        assert engine.status(other).folder is None


def test_joining_twice_on_one_computer_is_refused(pair: Pair) -> None:
    """The desktop already has this workbook: joining again points it at the one it has."""
    with on(pair.desktop.path.parent.parent), pytest.raises(AlreadyHere):
        join(pair.folder, "Desktop again", passphrase=PASSPHRASE)
