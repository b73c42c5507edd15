"""Migration 0003: every row of an older workbook gets its own id and this computer as
its writer (after a backup), so two computers can later merge without mixing rows up."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from workbook.core.store import open_workbook
from workbook.core.store.engine.connection import raw_connection

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"
EXPECTED = json.loads((FIXTURES / "workbook-0001.json").read_text())
PASSPHRASE = EXPECTED["passphrase"]
WITH_UUID = ("answer_revisions", "goal_history", "checkins", "checkin_history", "settings")
WITH_DEVICE = ("entries", "goals", "goal_reviews", *WITH_UUID)


@pytest.fixture
def old_workbook(isolated_data_dir: Path) -> Path:
    target = isolated_data_dir / "workbooks" / "fixture-0001"
    shutil.copytree(FIXTURES / "workbook-0001", target)
    return target


def test_every_old_row_gets_a_unique_id_and_this_computer_as_writer(old_workbook: Path) -> None:
    """No row is left without an id or a writer, no two ids repeat, and nothing is lost."""
    with open_workbook(old_workbook, PASSPHRASE) as wb, wb._engine.connect() as conn:
        device = conn.exec_driver_sql("SELECT device_id FROM sync_device").scalar_one()
        ids: list[str] = []
        for table in WITH_DEVICE:
            devices = {row[0] for row in conn.exec_driver_sql(f"SELECT device FROM {table}")}
            assert devices <= {device}, table
        for table in WITH_UUID:
            ids += [row[0] for row in conn.exec_driver_sql(f"SELECT uuid FROM {table}")]
        assert ids and all(ids) and len(set(ids)) == len(ids)
        revisions = conn.exec_driver_sql("SELECT count(*) FROM answer_revisions").scalar_one()
        assert revisions > 0
        for entry_id, want in EXPECTED["entries"].items():
            assert wb.entry(entry_id).answers == want["answers"]
        assert wb.get_setting("reminder_time") == EXPECTED["setting"]


def test_the_workbook_is_backed_up_before_the_ids_are_added(old_workbook: Path) -> None:
    """The pre-migration backup is the workbook exactly as the older app left it."""
    with open_workbook(old_workbook, PASSPHRASE) as wb:
        (backup,) = [b for b in wb.backups() if b.kind == "pre-migration"]
        assert backup.schema_revision == "0001"
        with raw_connection(backup.path, wb._data_key) as conn:
            columns = [row[1] for row in conn.execute("PRAGMA table_info(answer_revisions)")]
    assert "uuid" not in columns and "device" not in columns


def test_rows_written_after_the_upgrade_get_ids_too(old_workbook: Path) -> None:
    """New check-ins, settings and answers are given an id and this computer by the database."""
    with open_workbook(old_workbook, PASSPHRASE) as wb:
        wb.save_checkin(date(2026, 1, 2), mood=4)
        wb.set_setting("new_key", 1)
        entry_id = next(iter(EXPECTED["entries"]))
        wb.revise_entry(entry_id, {"q1": 3}, None)
        with wb._engine.connect() as conn:
            device = conn.exec_driver_sql("SELECT device_id FROM sync_device").scalar_one()
            for table in ("checkins", "settings", "answer_revisions"):
                rows = conn.exec_driver_sql(f"SELECT uuid, device FROM {table}").all()
                assert all(len(u) == 32 and d == device for u, d in rows), table
