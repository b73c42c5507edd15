"""The same journal files merged in any order give the same database (a hypothesis test)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import PASSPHRASE, FakeModule, Pair, on, rows

from workbook.core.store.sync import engine
from workbook.core.store.sync.conflicts import conflicts, resolve
from workbook.core.store.sync.join import join

_joiners = itertools.count()


def _history(pair: Pair) -> None:
    """Edits on both computers, synced often, so the folder holds many small files whose
    records depend on each other (answers to an entry from the other computer, a review
    of a goal made elsewhere, a conflict and its resolution)."""
    laptop, desktop = pair.laptop, pair.desktop
    entry = laptop.start_entry(FakeModule())
    laptop.save_draft(entry.id, {"q1": 1})
    engine.sync_now(laptop)
    engine.sync_now(desktop)
    desktop.save_draft(entry.id, {"q2": 2, "notes": "desktop"})
    goal = desktop.add_goal("Walk daily")
    engine.sync_now(desktop)
    engine.sync_now(laptop)
    laptop.add_goal_review(goal.id, progress=3, note="slow start")
    laptop.update_goal(goal.id, specific="20 minutes")
    laptop.save_draft(entry.id, {"notes": "laptop"})
    laptop.complete_entry(entry.id, {"q1": 2}, {"total": 4})
    engine.sync_now(laptop)
    desktop.save_checkin(date(2026, 11, 5), mood=4)
    laptop.save_checkin(date(2026, 11, 5), mood=6)
    desktop.set_setting("reminder_time", "19:00")
    engine.sync_now(desktop)
    engine.sync_now(laptop)
    (conflict, *_rest) = conflicts(laptop)
    resolve(laptop, conflict, conflict.versions[-1].record_id)
    engine.sync_now(laptop)
    engine.sync_now(desktop)


def test_any_order_of_journal_files_gives_identical_databases(pair: Pair, tmp_path: Path) -> None:
    _history(pair)
    files = sorted((pair.folder / "journal").iterdir())
    assert len(files) >= 6
    reference = _merged_in_order(pair.folder, files, tmp_path)

    @settings(
        max_examples=8,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.permutations(files), st.integers(min_value=1, max_value=3))
    def merged_the_same(order: list[Path], batch: int) -> None:
        assert _merged_in_order(pair.folder, order, tmp_path, batch) == reference

    merged_the_same()
    # ...and the two computers that wrote them agree with a computer that joined later.
    assert rows(pair.laptop) == rows(pair.desktop) == reference


def _merged_in_order(source: Path, order: list[Path], root: Path, batch: int = 1) -> object:
    """A new computer that receives the files ``batch`` at a time in ``order``."""
    n = next(_joiners)
    folder = root / f"arrivals-{n}"
    (folder / "journal").mkdir(parents=True)
    shutil.copy(source / "workbook.key", folder / "workbook.key")
    with on(root / f"joiner-{n}"):
        workbook, _report = join(folder, f"Joiner {n}", passphrase=PASSPHRASE)
    try:
        for start in range(0, len(order), batch):
            for path in order[start : start + batch]:
                shutil.copy(path, folder / "journal" / path.name)
            engine.sync_now(workbook)
        return rows(workbook)
    finally:
        workbook.close()
