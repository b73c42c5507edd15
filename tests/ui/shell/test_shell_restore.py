"""A damaged workbook is put back from its backup in place, with the current passphrase."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE


def _damaged_workbook_with_a_backup(window: Any) -> tuple[Any, str]:
    """A workbook with one finished entry, backed up, then a byte flipped on disk."""
    from workbook.core.store import create_workbook

    workbook, _key = create_workbook("Damaged", PASSPHRASE)
    module = window.service.program.modules[0]
    entry = workbook.start_entry(module)
    workbook.complete_entry(entry.id, {"note": "words " * 400}, None)
    workbook.backup_now()
    workbook.close()
    data = bytearray(workbook.db_path.read_bytes())
    data[4096 * 2 + 200] ^= 0x01
    workbook.db_path.write_bytes(bytes(data))
    return workbook, entry.id


def test_a_damaged_workbook_is_restored_in_place_and_says_what_happened(
    window: Any, qtbot: QtBot, problems: Any
) -> None:
    """Restoring keeps one workbook of that name, opens it with today's passphrase, and
    the calm dialog names the backup, its date and where the damaged file was kept."""
    from workbook.core.store import list_workbooks

    damaged, entry_id = _damaged_workbook_with_a_backup(window)
    backup = next((damaged.path / "backups").glob("*.db"))
    window.start_screen.show_start()
    problems.answer = "restore"
    unlock = window.start_screen.unlock
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)

    first, second = problems.shown[0], problems.shown[-1]
    assert "damaged" in first[0]
    assert "Restore the backup" in first[2]
    assert second[0] == "Restored from your backup."
    kept = list(damaged.path.glob("workbook.damaged-*.db"))
    assert len(kept) == 1, "the damaged file is kept beside the restored one"
    assert backup.name in second[1]
    assert kept[0].name in second[1]
    assert str(damaged.path) in second[1]
    assert [info.name for info in list_workbooks()] == ["Damaged"]
    assert window.service.workbook.entry(entry_id).status == "complete"


def test_a_damaged_workbook_is_left_alone_if_not_restored(
    window: Any, qtbot: QtBot, problems: Any
) -> None:
    """Closing the damaged-workbook message changes nothing on disk."""
    damaged, _ = _damaged_workbook_with_a_backup(window)
    before = damaged.db_path.read_bytes()
    window.start_screen.show_start()
    unlock = window.start_screen.unlock
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: bool(problems.shown), timeout=10_000)
    assert not window.service.is_open
    assert damaged.db_path.read_bytes() == before
    assert not list(damaged.path.glob("workbook.damaged-*.db"))
