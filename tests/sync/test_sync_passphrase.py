"""A passphrase changed on one computer reaches the other: it asks for the new one once,
then opens with it, and nothing written on either side is lost."""

from __future__ import annotations

import pytest
from sync_helpers import PASSPHRASE, FakeModule, Pair, on, rows

from workbook.core.store import WrongPassphrase, open_workbook
from workbook.core.store.sync import engine
from workbook.core.store.sync.errors import PassphraseChangedElsewhere
from workbook.core.store.sync.join import join

NEW = "a brand new passphrase for both"


def test_the_new_passphrase_reaches_the_other_computer(pair: Pair) -> None:
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 1})
    pair.sync_both()
    pair.laptop.change_passphrase(PASSPHRASE, NEW)
    pair.laptop.save_draft(entry.id, {"q1": 2})
    engine.sync_now(pair.laptop)
    pair.desktop.save_draft(entry.id, {"notes": "written meanwhile"})

    with pytest.raises(PassphraseChangedElsewhere):
        engine.sync_now(pair.desktop)
    with pytest.raises(WrongPassphrase):
        engine.adopt_new_passphrase(pair.desktop, "not the new one")
    engine.adopt_new_passphrase(pair.desktop, NEW)
    engine.sync_now(pair.laptop)
    assert pair.desktop.entry(entry.id).answers == {"q1": 2, "notes": "written meanwhile"}
    assert pair.laptop.entry(entry.id).answers == {"q1": 2, "notes": "written meanwhile"}
    assert rows(pair.laptop) == rows(pair.desktop)

    desktop_path = pair.desktop.path
    pair.desktop.close()
    with pytest.raises(WrongPassphrase):
        open_workbook(desktop_path, PASSPHRASE).close()
    open_workbook(desktop_path, NEW).close()


def test_a_computer_joining_after_the_change_reads_everything(pair: Pair) -> None:
    """Everything is sent again under the new key, so a third computer needs only the new
    passphrase (or the recovery key) to read the whole history."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 1})
    pair.sync_both()
    pair.laptop.change_passphrase(PASSPHRASE, NEW)
    engine.sync_now(pair.laptop)
    with on(pair.folder.parent.parent / "third"):
        third, report = join(pair.folder, "Third", recovery_key=pair.recovery_key)
    with third:
        assert third.entry(entry.id).answers == {"q1": 1}
        assert report.problems == ()
