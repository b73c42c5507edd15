"""Through the store API, each fault is named for what it is, offers no restore, and passes."""

from __future__ import annotations

import pytest
from fault_helpers import (
    CAUSE_WORDS,
    PASSPHRASE,
    Prepared,
    SmallDisk,
    fault_active,
    mentions_restore,
    snapshot,
)

from workbook.core.store import CorruptWorkbook, StoreError, open_workbook


def test_a_fault_is_named_and_the_workbook_opens_once_it_clears(
    fault: str, small_disk: SmallDisk, prepared: Prepared
) -> None:
    """A full disk, a read-only folder or another program's lock is not called damage:
    the message names the cause, nothing suggests a restore, nothing on disk changes, and
    after the cause is gone the workbook opens with every entry that was saved."""
    before = snapshot(prepared.folder)
    with fault_active(fault, small_disk, prepared):
        with pytest.raises(StoreError) as caught:
            open_workbook(prepared.folder, PASSPHRASE)
        error = caught.value
        assert not isinstance(error, CorruptWorkbook)
        assert CAUSE_WORDS[fault] in error.message, error.message
        assert "damaged" not in error.message
        assert not mentions_restore(error.message, error.advice)
    assert snapshot(prepared.folder) == before
    prepared.check_everything_is_there()


def test_a_save_on_a_full_disk_says_the_disk_is_full_and_keeps_what_was_saved(
    small_disk: SmallDisk, prepared: Prepared
) -> None:
    """Open, then the disk fills: the save is refused in words that name the full disk and
    say the text is still on screen; once space is freed the save works."""
    from fault_helpers import FakeModule

    from workbook.core.store import DiskFull

    with open_workbook(prepared.folder, PASSPHRASE) as workbook:
        entry = workbook.start_entry(FakeModule())
        small_disk.fill()
        big = {"situation": "a long evening " * 20_000}
        with pytest.raises(DiskFull) as caught:
            workbook.save_draft(entry.id, big)
        assert "full" in caught.value.message
        assert "still on screen" in caught.value.advice
        small_disk.clear()
        workbook.save_draft(entry.id, big)
        assert workbook.entry(entry.id).answers == big
    prepared.check_everything_is_there()


def test_real_damage_is_still_called_damage_and_offers_the_backup(prepared: Prepared) -> None:
    """A flipped byte inside a page fails its HMAC: that one is damage, with the backup named."""
    data = bytearray(prepared.db.read_bytes())
    data[4096 * 2 + 100] ^= 0x01
    prepared.db.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbook) as caught:
        open_workbook(prepared.folder, PASSPHRASE)
    assert "damaged" in caught.value.message
    assert caught.value.newest_backup is not None
    assert "Restore the backup" in caught.value.advice
