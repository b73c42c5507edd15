"""A passphrase change re-keys the workbook: old key files and the old passphrase stop opening it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import (
    StaleKeyFile,
    Workbook,
    WrongPassphrase,
    import_backup,
    open_workbook,
    recover_workbook,
)
from workbook.core.store.keys.rekey import pending_path
from workbook.core.store.layout import WorkbookFiles

NEW = "a brand new passphrase"


def _note(wb: Workbook, module: FakeModule, text: str) -> str:
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, {"note": text}, None)
    return entry.id


def test_a_backups_key_file_and_the_old_passphrase_no_longer_open_the_workbook(
    created: tuple[Workbook, str], module: FakeModule
) -> None:
    """Someone who kept an old key file and learned the old passphrase can't open today's workbook."""
    wb, recovery_key = created
    _note(wb, module, "before the change")
    backup = wb.backup_now()
    wb.change_passphrase(PASSPHRASE, NEW)
    later = _note(wb, module, "written after the change")
    folder = wb.path
    wb.close()

    live_key = folder / "workbook.key"
    shutil.copy(live_key, folder / "saved-current.key")
    shutil.copy(backup.path.with_suffix(".key"), live_key)  # the backup's key file, put in place
    with pytest.raises(StaleKeyFile) as caught:
        open_workbook(folder, PASSPHRASE).close()
    assert "old copy" in caught.value.message  # not "damaged", and no restore offered
    with pytest.raises(StaleKeyFile):  # the old key unwraps, but opens nothing here
        recover_workbook(folder, recovery_key, "stolen").close()

    shutil.copy(folder / "saved-current.key", live_key)
    with pytest.raises(WrongPassphrase):
        open_workbook(folder, PASSPHRASE)
    with open_workbook(folder, NEW) as again:
        assert again.entry(later).answers == {"note": "written after the change"}
    with recover_workbook(folder, recovery_key, "after recovery") as recovered:
        assert recovered.entry(later).answers == {"note": "written after the change"}


def test_old_backups_keep_their_passphrase_and_still_restore_after_a_change(
    created: tuple[Workbook, str],
    module: FakeModule,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A backup opens elsewhere with the passphrase of its day, and restores in place after a change."""
    wb, recovery_key = created
    first = _note(wb, module, "in the backup")
    backup = wb.backup_now()
    wb.change_passphrase(PASSPHRASE, NEW)
    wb.change_passphrase(NEW, "and a third one")
    _note(wb, module, "after the backup")

    assert wb.check_integrity() == []
    before = wb.restore_backup(backup)  # made two data keys ago
    assert [e.id for e in wb.entries()] == [first]
    wb.restore_backup(before)  # and back again, under today's key
    assert len(wb.entries()) == 2
    wb.close()

    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "elsewhere"))
    with import_backup(backup.path, passphrase=PASSPHRASE) as moved:
        assert moved.entry(first).answers == {"note": "in the backup"}
    with pytest.raises(WrongPassphrase):
        import_backup(backup.path, passphrase=NEW)
    with import_backup(backup.path, recovery_key=recovery_key, new_passphrase="x y") as again:
        assert again.entry(first).answers == {"note": "in the backup"}


def test_a_damaged_workbook_offers_a_backup_made_before_a_passphrase_change(
    created: tuple[Workbook, str], module: FakeModule
) -> None:
    """The restore offered for a damaged file includes backups sealed with an older data key."""
    from workbook.core.store import CorruptWorkbook, restore_damaged

    wb, _ = created
    first = _note(wb, module, "kept safe")
    backup = wb.backup_now()
    wb.change_passphrase(PASSPHRASE, NEW)
    folder, db = wb.path, wb.db_path
    wb.close()
    data = bytearray(db.read_bytes())
    data[5000] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbook) as caught:
        open_workbook(folder, NEW)
    assert caught.value.newest_backup is not None
    assert caught.value.newest_backup[0] == backup.path
    with restore_damaged(folder, NEW, backup.path) as restored:
        assert restored.entry(first).answers == {"note": "kept safe"}
    open_workbook(folder, NEW).close()


def test_a_failed_passphrase_change_leaves_the_old_one_working(
    created: tuple[Workbook, str], module: FakeModule, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the re-encrypted copy can't be written, nothing changes and the workbook stays open."""
    from workbook.core.store import SaveFailed
    from workbook.core.store.keys import rekey

    wb, _ = created
    first = _note(wb, module, "safe")

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rekey, "write_copy", no_space)
    with pytest.raises(SaveFailed) as caught:
        wb.change_passphrase(PASSPHRASE, NEW)
    assert "old passphrase still opens" in caught.value.advice
    assert "space" in caught.value.advice
    second = _note(wb, module, "still writable")
    folder = wb.path
    wb.close()
    with open_workbook(folder, PASSPHRASE) as again:
        assert {e.id for e in again.entries()} == {first, second}


@pytest.mark.parametrize("committed", [False, True])
def test_an_interrupted_change_is_finished_or_undone_at_the_next_unlock(
    created: tuple[Workbook, str], module: FakeModule, committed: bool
) -> None:
    """Stopped before the key file is replaced: old passphrase; after: new passphrase, swap finished."""
    from workbook.core.store.keys import rekey

    wb, recovery_key = created
    first = _note(wb, module, "survives")
    files = WorkbookFiles.at(wb.path)
    old_key, envelope = wb._data_key, wb._envelope
    new_key = bytes(32 - i for i in range(32))
    updated, _ = envelope.rekeyed(old_key, new_key, envelope.passphrase_slot(new_key, NEW))
    wb.close()
    rekey.write_copy(files, old_key, new_key)  # step 1 done ...
    if committed:
        updated.write(files.envelope)  # ... and step 2, then the power went
    assert pending_path(files).exists()
    works, fails = (NEW, PASSPHRASE) if committed else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        open_workbook(wb.path, fails)
    assert pending_path(files).exists(), "a wrong passphrase changes nothing"
    with open_workbook(wb.path, works) as again:
        assert again.entry(first).answers == {"note": "survives"}
        assert again._data_key == (new_key if committed else old_key)
    assert not pending_path(files).exists()
    with recover_workbook(wb.path, recovery_key, "later") as recovered:
        assert recovered.entry(first).answers == {"note": "survives"}


def test_a_version_1_key_file_gets_a_new_recovery_key_with_its_first_change(
    isolated_data_dir: Path,
) -> None:
    """An older key file can't re-seal to its recovery key, so the change hands out a new one."""
    import json

    fixtures = Path(__file__).parents[2] / "fixtures" / "store"
    expected = json.loads((fixtures / "workbook-0001.json").read_text())
    folder = isolated_data_dir / "workbooks" / "fixture-0001"
    shutil.copytree(fixtures / "workbook-0001", folder)
    with open_workbook(folder, expected["passphrase"]) as wb:
        assert not wb.recovery_key_damaged
        new_recovery = wb.change_passphrase(expected["passphrase"], NEW)
    assert new_recovery is not None
    with pytest.raises(WrongPassphrase):
        recover_workbook(folder, expected["recovery_key"], "x")
    with recover_workbook(folder, new_recovery, "set by recovery") as wb:
        assert wb.entries()
    with open_workbook(folder, "set by recovery") as wb:
        assert wb.change_passphrase("set by recovery", NEW) is None  # version 2 now: kept


def test_recovering_a_version_1_key_file_keeps_the_printed_recovery_key(
    isolated_data_dir: Path,
) -> None:
    """The recovery key just typed re-seals the new data key: the person's sheet stays valid."""
    import json

    fixtures = Path(__file__).parents[2] / "fixtures" / "store"
    expected = json.loads((fixtures / "workbook-0001.json").read_text())
    folder = isolated_data_dir / "workbooks" / "fixture-0001"
    shutil.copytree(fixtures / "workbook-0001", folder)
    recover_workbook(folder, expected["recovery_key"], "first").close()
    with open_workbook(folder, "first") as wb:
        assert wb.change_passphrase("first", "second") is None
    recover_workbook(folder, expected["recovery_key"], "third").close()
    assert json.loads((folder / "workbook.key").read_text())["version"] == 2
