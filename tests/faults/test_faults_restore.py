"""A restore can't make things worse: on a full disk, over a healthy or locked workbook, or
failing half way, the workbook is left exactly where and what it was."""

from __future__ import annotations

import os
import random
import string
from pathlib import Path

import pytest
from fault_helpers import PASSPHRASE, FakeModule, Prepared, SmallDisk, fault_active, snapshot
from test_faults_cli import workbook_cli

from workbook.core.store import DiskFull, InUseElsewhere, open_workbook, restore_damaged
from workbook.core.store.backups import list_backups
from workbook.core.store.layout import WorkbookFiles


def _damage(prepared: Prepared) -> None:
    """Flip one bit inside a page: its HMAC fails, which is real damage."""
    data = bytearray(prepared.db.read_bytes())
    data[4096 * 2 + 100] ^= 0x01
    prepared.db.write_bytes(bytes(data))


def _newest_backup(prepared: Prepared) -> Path:
    return list_backups(WorkbookFiles.at(prepared.folder))[0].path


def _no_staged_copies(prepared: Prepared) -> bool:
    return not [p for p in prepared.folder.iterdir() if p.name.startswith(".restoring-")]


def test_restoring_a_damaged_workbook_on_a_full_disk_changes_nothing(
    small_disk: SmallDisk, prepared: Prepared
) -> None:
    """With the disk full, the restore says so and every file is byte-identical."""
    _damage(prepared)
    backup = _newest_backup(prepared)
    before = snapshot(prepared.folder)
    small_disk.fill()
    with pytest.raises(DiskFull) as caught:
        restore_damaged(prepared.folder, PASSPHRASE, backup)
    assert "full" in caught.value.message or "free space" in caught.value.message
    small_disk.clear()
    assert snapshot(prepared.folder) == before
    assert _no_staged_copies(prepared)


def test_a_restore_without_room_for_its_copy_is_refused_before_writing(
    small_disk: SmallDisk, prepared: Prepared
) -> None:
    """Room to read but not to copy: refused up front, with how much to free."""
    _damage(prepared)
    backup = _newest_backup(prepared)
    before = snapshot(prepared.folder)
    small_disk.fill(leave=256 * 1024)
    with pytest.raises(DiskFull) as caught:
        restore_damaged(prepared.folder, PASSPHRASE, backup)
    assert "enough free space" in caught.value.message
    assert "MB" in caught.value.advice
    small_disk.clear()
    assert snapshot(prepared.folder) == before
    assert _no_staged_copies(prepared)


def test_a_restore_that_runs_out_of_space_half_way_leaves_the_workbook_where_it_was(
    small_disk: SmallDisk, prepared: Prepared, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even past the space check, a copy that fails part way is removed and nothing moved."""
    from workbook.core.store import restoring

    with open_workbook(prepared.folder, PASSPHRASE) as workbook:
        entry = workbook.start_entry(FakeModule())
        rng = random.Random(11)
        text = "".join(rng.choice(string.ascii_letters + " ") for _ in range(900_000))
        workbook.complete_entry(entry.id, {"situation": text}, None)
        workbook.backup_now()
    _damage(prepared)
    backup = _newest_backup(prepared)
    assert backup.stat().st_size > 512 * 1024
    before = snapshot(prepared.folder)
    small_disk.fill(leave=384 * 1024)
    monkeypatch.setattr(restoring, "need_space", lambda folder, needed: None)
    with pytest.raises(DiskFull):
        restore_damaged(prepared.folder, PASSPHRASE, backup)
    small_disk.clear()
    assert snapshot(prepared.folder) == before
    assert _no_staged_copies(prepared)


def test_restore_damaged_refuses_a_workbook_that_is_not_damaged(prepared: Prepared) -> None:
    """A healthy workbook is never rolled back from outside: it must be opened, where the
    restore says what it would take away."""
    from workbook.core.store.restoring import NotDamaged

    before = snapshot(prepared.folder)
    with pytest.raises(NotDamaged):
        restore_damaged(prepared.folder, PASSPHRASE, _newest_backup(prepared))
    assert snapshot(prepared.folder) == before
    prepared.check_everything_is_there()


def test_restore_damaged_on_a_locked_workbook_names_the_lock_and_moves_nothing(
    small_disk: SmallDisk, prepared: Prepared
) -> None:
    """Another program's lock is not damage: no restore happens, nothing is renamed aside."""
    before = snapshot(prepared.folder)
    with (
        fault_active("locked", small_disk, prepared),
        pytest.raises(InUseElsewhere),
    ):
        restore_damaged(prepared.folder, PASSPHRASE, _newest_backup(prepared))
    assert snapshot(prepared.folder) == before
    assert not list(prepared.folder.glob("*.damaged-*"))
    prepared.check_everything_is_there()


def test_restoring_into_an_open_workbook_on_a_full_disk_changes_nothing(
    small_disk: SmallDisk, prepared: Prepared
) -> None:
    """From inside an open workbook: a full disk refuses the restore and loses nothing."""
    with open_workbook(prepared.folder, PASSPHRASE) as workbook:
        backup = workbook.backups()[0]
        files = [prepared.db, Path(f"{prepared.db}-wal")]
        before = [path.read_bytes() for path in files]
        small_disk.fill()
        with pytest.raises(DiskFull):
            workbook.restore_backup(backup)
        assert [path.read_bytes() for path in files] == before
        small_disk.clear()
    prepared.check_everything_is_there()


def test_the_cli_restore_of_a_damaged_workbook_on_a_full_disk_changes_nothing(
    small_disk: SmallDisk, prepared: Prepared, tmp_path: Path
) -> None:
    """``workbook restore NAME 1`` on a full disk: the cause, exit 1, byte-identical files."""
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    _damage(prepared)
    before = snapshot(prepared.folder)
    small_disk.fill()
    done = workbook_cli("restore", "Robin", "1", "--passphrase-file", str(secret), cwd=tmp_path)
    small_disk.clear()
    assert done.returncode == 1, done.stderr
    assert "full" in done.stderr or "free space" in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(prepared.folder) == before


def test_a_restore_over_a_healthy_workbook_says_what_it_takes_away(prepared: Prepared) -> None:
    """The choice names the backup's date and counts what was written after it."""
    from workbook.core.store import clock
    from workbook.core.store.restore_in_place import restore_loses

    with open_workbook(prepared.folder, PASSPHRASE) as workbook:
        backup = workbook.backups()[0]
        assert "nothing will be lost" in restore_loses(workbook, backup)
        with clock.frozen_at(backup.created.replace(year=backup.created.year + 1)):
            entry = workbook.start_entry(FakeModule())
            workbook.complete_entry(entry.id, {"situation": "later"}, None)
        words = restore_loses(workbook, backup)
        assert "1 entry written or changed after" in words
        assert str(backup.created.astimezone().year) in words
        assert os.path.exists(backup.path)
