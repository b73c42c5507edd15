"""Backups: made on unlock at most daily, kept within limits, and restored exactly."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import (
    NotAWorkbook,
    Workbook,
    create_workbook,
    import_backup,
    open_workbook,
)
from workbook.core.store import clock as store_clock
from workbook.core.store.engine.connection import raw_connection

TABLES = ("entries", "answer_revisions", "goals", "goal_reviews", "checkins", "settings")


def _rows(db: Path, key: bytes) -> dict[str, list[Any]]:
    """Every row of every table a person writes to, straight from the file."""
    with raw_connection(db, key) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def _write_some(wb: Workbook, module: FakeModule, tag: str) -> None:
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, {"note": f"note {tag}"}, {"scores": [1]})
    goal = wb.add_goal(f"goal {tag}")
    wb.add_goal_review(goal.id, f"review {tag}")
    wb.save_checkin(date(2026, 1, 1), mood=3, note=f"checkin {tag}")
    wb.set_setting("tag", tag)


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Move the store's clock forward by some hours."""
    shift = [timedelta()]
    real_now = store_clock.now

    def fake_now() -> datetime:
        return real_now() + shift[0]

    monkeypatch.setattr(store_clock, "now", fake_now)

    def advance(hours: float) -> None:
        shift[0] += timedelta(hours=hours)

    return advance


def test_unlocking_backs_up_at_most_once_a_day(wb: Workbook, later: Any) -> None:
    """Opening several times a day makes one backup; a day later, another."""
    wb.close()
    for _ in range(3):
        open_workbook(wb.path, PASSPHRASE).close()
    assert [b.kind for b in wb.backups()] == ["daily"]
    later(25)
    open_workbook(wb.path, PASSPHRASE).close()
    assert [b.kind for b in wb.backups()] == ["daily", "daily"]


def test_the_last_seven_and_the_latest_pre_migration_backup_are_kept(
    wb: Workbook, later: Any
) -> None:
    """Old backups are pruned to the last 7, but the newest pre-migration one stays."""
    wb.backup_now("pre-migration")
    later(1)
    wb.backup_now("pre-migration")
    for _ in range(10):
        later(1)
        wb.backup_now()
    kinds = [b.kind for b in wb.backups()]
    assert kinds.count("manual") == 7
    assert kinds.count("pre-migration") == 1
    assert wb.backups()[0].created > wb.backups()[-1].created
    assert len(list((wb.path / "backups").glob("*.key"))) == 8


def test_restoring_a_backup_brings_back_identical_rows(
    wb: Workbook, module: FakeModule, later: Any
) -> None:
    """After a restore the workbook holds exactly what it held at backup time, and the
    state just replaced is itself backed up."""
    key = wb._data_key
    _write_some(wb, module, "before")
    snapshot = _rows(wb.db_path, key)
    backup = wb.backup_now()
    later(1)
    _write_some(wb, module, "after")
    changed = _rows(wb.db_path, key)
    assert changed != snapshot
    undo = wb.restore_backup(backup)
    assert _rows(wb.db_path, key) == snapshot
    assert undo.kind == "pre-restore"
    assert _rows(undo.path, key) == changed
    assert wb.get_setting("tag") == "before"
    assert not wb.check_integrity()
    wb.close()
    with open_workbook(wb.path, PASSPHRASE) as again:
        assert again.get_setting("tag") == "before"


def test_a_backup_from_another_workbook_is_refused(wb: Workbook) -> None:
    """Restoring another person's backup into this workbook is refused, nothing changed."""
    other, _ = create_workbook("Other", "x")
    foreign = other.backup_now()
    other.close()
    before = wb.db_path.read_bytes()
    with pytest.raises(NotAWorkbook) as caught:
        wb.restore_backup(foreign)
    assert "different workbook" in caught.value.message
    assert wb.db_path.read_bytes() == before


def test_a_backup_restores_on_another_computer_with_the_recovery_key(
    created: tuple[Workbook, str],
    module: FakeModule,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Copy a backup's two files to a new computer; the recovery key brings it all back."""
    wb, recovery_key = created
    _write_some(wb, module, "travelled")
    snapshot = _rows(wb.db_path, wb._data_key)
    backup = wb.backup_now()
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    shutil.copy(backup.path, usb / backup.path.name)
    shutil.copy(backup.path.with_suffix(".key"), usb / backup.path.with_suffix(".key").name)
    wb.close()
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "new-computer"))
    with import_backup(
        usb / backup.path.name, recovery_key=recovery_key, new_passphrase="new computer"
    ) as moved:
        assert moved.name == "Sam"
        # Recovery sets a new passphrase, so the copy is re-keyed: read it with its key.
        assert _rows(moved.db_path, moved._data_key) == snapshot
        path = moved.path
    open_workbook(path, "new computer").close()


def test_a_backup_is_encrypted_with_the_same_key(wb: Workbook, module: FakeModule) -> None:
    """A backup is a whole encrypted database, not readable without the key."""
    import sqlcipher3

    _write_some(wb, module, "b")
    backup = wb.backup_now()
    conn = sqlcipher3.connect(str(backup.path))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM entries").fetchall()
    conn.close()
    assert _rows(backup.path, wb._data_key)["entries"]
