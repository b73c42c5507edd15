"""With the real engine: two Syncthing instances carry two computers' journal files, and
both workbooks converge, including a conflict the person settles (slow: ~1 minute)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, FakeModule, on, rows
from syncthing_pair import SYNCTHING, syncthing_pair

from workbook.core.store import create_workbook
from workbook.core.store.sync import engine
from workbook.core.store.sync.conflicts import conflicts, resolve
from workbook.core.store.sync.join import join

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SYNCTHING is None, reason="syncthing is not installed (.ci/run installs it)"
    ),
]


def test_two_computers_converge_through_syncthing(isolated_data_dir: Path) -> None:
    root = isolated_data_dir.parent
    with syncthing_pair(root) as st:
        with on(root / "laptop-data"):
            laptop, _ = create_workbook("Sam", PASSPHRASE)
        engine.configure(laptop, st.a.folder, "Laptop")
        entry = laptop.start_entry(FakeModule())
        laptop.save_draft(entry.id, {"q1": 1, "notes": "first, on the laptop"})
        engine.sync_now(laptop)
        st.settle()
        with on(root / "desktop-data"):
            desktop, report = join(st.b.folder, "Desktop", passphrase=PASSPHRASE)
        try:
            assert report.problems == ()
            assert desktop.entry(entry.id).answers["notes"] == "first, on the laptop"

            # Edits on both sides, one of them to the same answer: a conflict.
            desktop.add_goal("Walk daily")
            laptop.set_setting("reminder_time", "20:00")
            laptop.save_draft(entry.id, {"notes": "laptop's version"})
            desktop.save_draft(entry.id, {"notes": "desktop's version", "q2": 3})
            for _round in range(2):
                engine.sync_now(laptop)
                engine.sync_now(desktop)
                st.settle()
            engine.sync_now(laptop)
            assert rows(laptop) == rows(desktop)
            (conflict,) = conflicts(desktop)
            assert {v.value for v in conflict.versions} == {"laptop's version", "desktop's version"}

            keep = next(v for v in conflict.versions if v.value == "laptop's version")
            resolve(desktop, conflict, keep.record_id)
            engine.sync_now(desktop)
            st.settle()
            engine.sync_now(laptop)
            for workbook in (laptop, desktop):
                assert workbook.entry(entry.id).answers == {
                    "q1": 1,
                    "q2": 3,
                    "notes": "laptop's version",
                }
                assert conflicts(workbook) == []
            assert [g.goal for g in laptop.goals()] == ["Walk daily"]
            assert desktop.get_setting("reminder_time") == "20:00"
            assert rows(laptop) == rows(desktop)
            assert not list(st.a.folder.rglob("*.sync-conflict-*"))
        finally:
            desktop.close()
            laptop.close()
    shutil.rmtree(root / "st-laptop", ignore_errors=True)
