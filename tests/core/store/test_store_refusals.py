"""Files that aren't healthy workbooks are refused clearly, and nothing is changed or replaced."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from conftest import PASSPHRASE, FakeModule
from sqlalchemy import event

from workbook.core.store import (
    CorruptWorkbook,
    NewerVersion,
    NotAWorkbook,
    SaveFailed,
    Workbook,
    open_workbook,
    restore_damaged,
)
from workbook.core.store.engine.connection import raw_key_pragma


def _fill(wb: Workbook, module: FakeModule, n: int = 20) -> list[str]:
    ids = []
    for i in range(n):
        entry = wb.start_entry(module)
        wb.complete_entry(entry.id, {"note": f"entry {i} " + "words " * 80}, None)
        ids.append(entry.id)
    return ids


def test_a_plain_sqlite_file_is_refused_untouched(tmp_path: Path, wb: Workbook) -> None:
    """An unencrypted SQLite file is never opened as a workbook, and never changed."""
    wb.close()
    plain = tmp_path / "plain"
    plain.mkdir()
    conn = sqlite3.connect(plain / "workbook.db")
    conn.execute("CREATE TABLE entries (note TEXT)")
    conn.commit()
    conn.close()
    shutil.copy(wb.path / "workbook.key", plain / "workbook.key")
    before = (plain / "workbook.db").read_bytes()
    with pytest.raises(NotAWorkbook) as caught:
        open_workbook(plain, PASSPHRASE)
    assert "unencrypted" in caught.value.message
    assert (plain / "workbook.db").read_bytes() == before


def test_a_missing_database_is_never_replaced_by_a_new_one(wb: Workbook) -> None:
    """If the database file has gone, opening says so and does not create an empty one."""
    wb.close()
    wb.db_path.unlink()
    with pytest.raises(NotAWorkbook):
        open_workbook(wb.path, PASSPHRASE)
    assert not wb.db_path.exists()


def test_a_random_file_or_a_missing_key_file_is_refused(tmp_path: Path, wb: Workbook) -> None:
    """A stray file, or a database whose key file is gone, gets a clear message."""
    wb.close()
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"\x00" * 8192)
    with pytest.raises(NotAWorkbook):
        open_workbook(stray, PASSPHRASE)
    (wb.path / "workbook.key").rename(tmp_path / "moved.key")
    with pytest.raises(NotAWorkbook) as caught:
        open_workbook(wb.path, PASSPHRASE)
    assert "key file is missing" in caught.value.message


def test_a_flipped_byte_is_detected_named_and_a_backup_offered(
    wb: Workbook, module: FakeModule
) -> None:
    """A damaged page is found before anything is written, named, and the newest good
    backup is offered; restoring it brings the workbook back."""
    ids = _fill(wb, module)
    wb.backup_now()
    wb.close()
    data = bytearray(wb.db_path.read_bytes())
    data[4096 * 3 + 200] ^= 0x01
    wb.db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbook) as caught:
        open_workbook(wb.path, PASSPHRASE)
    error = caught.value
    assert "page 4" in error.message
    assert error.newest_backup is not None
    assert error.newest_backup[0].name in error.advice
    assert wb.db_path.read_bytes() == bytes(data)
    with restore_damaged(wb.path, PASSPHRASE, error.newest_backup[0]) as restored:
        assert {e.id for e in restored.entries()} == set(ids)
    assert list(wb.path.glob("workbook.damaged-*.db")), "the damaged file is kept aside"


def test_a_workbook_from_a_newer_app_is_refused_untouched(wb: Workbook) -> None:
    """A workbook saved by a newer Workbook is never downgraded or changed."""
    key = wb._data_key
    wb.close()
    conn = sqlcipher3.connect(str(wb.db_path))
    conn.execute(raw_key_pragma(key))
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = wb.db_path.read_bytes()
    with pytest.raises(NewerVersion) as caught:
        open_workbook(wb.path, PASSPHRASE)
    assert "newer version" in caught.value.message
    assert wb.db_path.read_bytes() == before


def _limit_growth(wb: Workbook, pragma: str) -> None:
    @event.listens_for(wb._engine, "connect")
    def _restrict(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        if pragma == "full":
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}")
        else:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    wb._engine.dispose()  # the engine keeps its connection: the next save opens a limited one


@pytest.mark.parametrize("problem", ["full", "read-only"])
def test_a_full_or_read_only_disk_keeps_the_unsaved_text(
    wb: Workbook, module: FakeModule, problem: str
) -> None:
    """When the disk refuses a save, the person is told, their unsaved text is untouched,
    and everything saved before is still there."""
    entry = wb.start_entry(module)
    wb.save_draft(entry.id, {"note": "saved earlier"})
    _limit_growth(wb, problem)
    unsaved = {"note": "a long answer " * 2000, "extra": ["x"] * 100}
    expected = {"note": "a long answer " * 2000, "extra": ["x"] * 100}
    with pytest.raises(SaveFailed) as caught:
        wb.save_draft(entry.id, unsaved)
    assert "still on screen" in caught.value.advice
    assert unsaved == expected
    assert wb.entry(entry.id).answers == {"note": "saved earlier"}
