"""Passphrases, the recovery key and the key file: what unlocks a workbook and what doesn't."""

from __future__ import annotations

import json

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import (
    MistypedRecoveryKey,
    PassphraseRejected,
    Workbook,
    WrongPassphrase,
    WrongRecoveryKey,
    create_workbook,
    open_workbook,
    recover_workbook,
)
from workbook.core.store.keys.kdf import MIN_MEMORY_KIB, TEST_KDF_ENV
from workbook.core.store.keys.recovery import format_key, new_recovery_key, parse_key


def _snapshot(wb: Workbook) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in wb.path.iterdir() if p.is_file()}


def test_a_wrong_passphrase_is_refused_and_changes_no_byte(
    created: tuple[Workbook, str], module: FakeModule
) -> None:
    """A wrong passphrase says so calmly and leaves the workbook's files exactly as they were."""
    wb, _ = created
    wb.save_draft(wb.start_entry(module).id, {"note": "private"})
    wb.close()
    before = _snapshot(wb)
    with pytest.raises(WrongPassphrase) as caught:
        open_workbook(wb.path, "correct horse battery stapler")
    assert caught.value.message == "That passphrase doesn't open this workbook."
    assert "recovery key" in caught.value.advice
    assert _snapshot(wb) == before


def test_the_recovery_key_sets_a_new_passphrase(
    created: tuple[Workbook, str], module: FakeModule
) -> None:
    """With the recovery key, a forgotten passphrase is replaced and everything is still there."""
    wb, recovery_key = created
    entry = wb.start_entry(module)
    wb.save_draft(entry.id, {"note": "kept"})
    wb.close()
    typed = recovery_key.lower().replace("-", " ")
    with recover_workbook(wb.path, typed, "a brand new passphrase") as again:
        assert again.entry(entry.id).answers == {"note": "kept"}
    with pytest.raises(WrongPassphrase):
        open_workbook(wb.path, PASSPHRASE)
    open_workbook(wb.path, "a brand new passphrase").close()
    # The recovery key keeps working after it has been used.
    recover_workbook(wb.path, recovery_key, "third").close()


def test_a_typo_in_the_recovery_key_is_caught_before_trying_it(
    created: tuple[Workbook, str],
) -> None:
    """One wrong character is reported as a typo, not as the wrong key."""
    wb, recovery_key = created
    wb.close()
    first = recovery_key[0]
    typo = ("1" if first != "1" else "2") + recovery_key[1:]
    with pytest.raises(MistypedRecoveryKey) as caught:
        recover_workbook(wb.path, typo, "new")
    assert "typo" in caught.value.message


def test_another_workbooks_recovery_key_is_refused(created: tuple[Workbook, str]) -> None:
    """A valid recovery key from a different workbook doesn't open this one."""
    wb, _ = created
    wb.close()
    other, other_key = create_workbook("Other", "x")
    other.close()
    with pytest.raises(WrongRecoveryKey):
        recover_workbook(wb.path, other_key, "new")


def test_recovery_keys_forgive_lookalike_letters() -> None:
    """Typing O for 0 or I/L for 1 still works, and every key has 7 groups of 4."""
    for _ in range(50):
        secret, text = new_recovery_key()
        assert len(text.split("-")) == 7 and all(len(g) == 4 for g in text.split("-"))
        assert parse_key(text.replace("0", "O").replace("1", "l")) == secret
        assert format_key(secret) == text


def test_most_single_typos_in_a_recovery_key_are_caught() -> None:
    """Changing any one character is almost always detected by the checksum."""
    _, text = new_recovery_key()
    caught = total = 0
    for i, ch in enumerate(text):
        if ch == "-":
            continue
        for replacement in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if replacement == ch:
                continue
            total += 1
            try:
                parse_key(text[:i] + replacement + text[i + 1 :])
            except MistypedRecoveryKey:
                caught += 1
    assert caught / total > 0.99


def test_changing_the_passphrase_keeps_everything(
    created: tuple[Workbook, str], module: FakeModule
) -> None:
    """After a passphrase change only the new one opens it, and nothing written is lost."""
    wb, _ = created
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, {"q": 1}, None)
    db_before = wb.db_path.read_bytes()
    assert wb.change_passphrase(PASSPHRASE, "new passphrase") is None  # same recovery key
    assert wb.db_path.read_bytes() != db_before  # re-encrypted under a new data key
    assert wb.entry(entry.id).answers == {"q": 1}  # and still open for writing
    with pytest.raises(WrongPassphrase):
        wb.change_passphrase("not the old one", "whatever")
    wb.close()
    with pytest.raises(WrongPassphrase):
        open_workbook(wb.path, PASSPHRASE)
    with open_workbook(wb.path, "new passphrase") as again:
        assert again.entry(entry.id).answers == {"q": 1}


def test_an_empty_passphrase_is_not_accepted(created: tuple[Workbook, str]) -> None:
    """A blank passphrase is refused with advice, at creation and when changing it."""
    with pytest.raises(PassphraseRejected) as caught:
        create_workbook("Blank", "   ")
    assert caught.value.advice
    wb, _ = created
    with pytest.raises(PassphraseRejected):
        wb.change_passphrase(PASSPHRASE, "")


def test_a_real_workbook_uses_a_costly_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside tests, the key file records Argon2id with at least 64 MiB, and opening uses it."""
    monkeypatch.delenv(TEST_KDF_ENV)
    wb, _ = create_workbook("Real cost", "a real passphrase")
    wb.close()
    kdf = json.loads(wb.path.joinpath("workbook.key").read_text())["kdf"]
    assert kdf["algorithm"] == "argon2id"
    assert kdf["memory_cost_kib"] >= MIN_MEMORY_KIB and kdf["time_cost"] >= 3
    monkeypatch.setenv(TEST_KDF_ENV, "1")  # opening follows the recorded cost regardless
    open_workbook(wb.path, "a real passphrase").close()


def test_the_key_file_holds_no_key_in_the_clear(created: tuple[Workbook, str]) -> None:
    """The key file carries the name and sealed keys only, never the data key itself."""
    wb, _ = created
    data_key = wb._data_key
    wb.close()
    raw = wb.path.joinpath("workbook.key").read_bytes()
    assert data_key.hex().encode() not in raw and data_key not in raw
    assert set(json.loads(raw)) == {
        "format",
        "version",
        "workbook_id",
        "name",
        "created",
        "kdf",
        "passphrase",
        "recovery",
    }
