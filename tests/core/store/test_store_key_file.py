"""The key file is checked before use: damage or out-of-range values get a clear message,
never an argon2 or base64 traceback, never a long wait, and never "wrong passphrase"."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import (
    KeyFileDamaged,
    NewerVersion,
    Workbook,
    WrongPassphrase,
    list_workbooks,
    open_workbook,
    recover_workbook,
)
from workbook.core.store.keys.fields import checksum

Edit = Callable[[dict[str, Any]], None]


def _b64(length: int) -> str:
    return base64.b64encode(os.urandom(length)).decode()


def _set(path: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


def _drop(path: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[part]
        del target[last]

    return edit


def _flip_one_character(path: str) -> Edit:
    """A flipped bit on disk: same length, still base64, different bytes."""

    def edit(data: dict[str, Any]) -> None:
        section, field = path.split(".")
        value = data[section][field]
        data[section][field] = ("B" if value[0] == "A" else "A") + value[1:]

    return edit


def _edit_key_file(folder: Path, edit: Edit) -> None:
    key_file = folder / "workbook.key"
    data = json.loads(key_file.read_text())
    edit(data)
    key_file.write_text(json.dumps(data))


# Every value the passphrase needs: out of range, of the wrong type or length, or damaged.
PASSPHRASE_PART = {
    "time cost in the billions (would hang)": _set("kdf.time_cost", 2**32),
    "time cost of zero": _set("kdf.time_cost", 0),
    "negative time cost": _set("kdf.time_cost", -3),
    "time cost as text": _set("kdf.time_cost", "3"),
    "time cost as a fraction": _set("kdf.time_cost", 2.5),
    "time cost as true": _set("kdf.time_cost", True),
    "time cost missing": _drop("kdf.time_cost"),
    "memory of a terabyte": _set("kdf.memory_cost_kib", 2**30),
    "memory of 1 KiB": _set("kdf.memory_cost_kib", 1),
    "memory below 8 KiB per lane": _set("kdf.parallelism", 4),
    "parallelism of zero": _set("kdf.parallelism", 0),
    "parallelism of 2**24": _set("kdf.parallelism", 2**24),
    "time and memory together too costly": lambda d: (
        _set("kdf.time_cost", 64)(d),
        _set("kdf.memory_cost_kib", 1024 * 1024)(d),
    ),
    "salt of 2 bytes": _set("kdf.salt", _b64(2)),
    "salt of 4 KiB": _set("kdf.salt", _b64(4096)),
    "salt not base64": _set("kdf.salt", "not*base64!"),
    "salt as a number": _set("kdf.salt", 12),
    "unknown algorithm": _set("kdf.algorithm", "scrypt"),
    "argon2 version 16": _set("kdf.version", 16),
    "nonce of 8 bytes": _set("passphrase.nonce", _b64(8)),
    "nonce of 64 bytes": _set("passphrase.nonce", _b64(64)),
    "sealed key cut short": _set("passphrase.ciphertext", _b64(20)),
    "sealed key missing": _drop("passphrase.ciphertext"),
    "one character flipped in the sealed key": _flip_one_character("passphrase.ciphertext"),
    "one character flipped in the nonce": _flip_one_character("passphrase.nonce"),
    "one character flipped in the salt": _flip_one_character("kdf.salt"),
    "time cost changed from 1 to 2": _set("kdf.time_cost", 2),
    "checksum missing": _drop("passphrase.check"),
    "passphrase part not an object": _set("passphrase", "gone"),
    "kdf part missing": _drop("kdf"),
}


@pytest.mark.parametrize("edit", PASSPHRASE_PART.values(), ids=PASSPHRASE_PART.keys())
def test_a_damaged_passphrase_part_says_damaged_and_the_recovery_key_still_works(
    created: tuple[Workbook, str], module: FakeModule, edit: Edit
) -> None:
    """Not "wrong passphrase, check Caps Lock": the file is named, and recovery is the way in."""
    wb, recovery_key = created
    entry = wb.start_entry(module)
    wb.complete_entry(entry.id, {"note": "kept"}, None)
    wb.close()
    _edit_key_file(wb.path, edit)
    before = (wb.path / "workbook.db").read_bytes()
    with pytest.raises(KeyFileDamaged) as caught:
        open_workbook(wb.path, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)
    assert "key file is damaged" in caught.value.message
    assert "recovery key" in caught.value.advice
    assert (wb.path / "workbook.db").read_bytes() == before
    with recover_workbook(wb.path, recovery_key, "a new start") as again:
        assert again.entry(entry.id).answers == {"note": "kept"}
    open_workbook(wb.path, "a new start").close()


WHOLE_FILE = {
    "workbook id not a uuid": _set("workbook_id", "../../etc"),
    "workbook id missing": _drop("workbook_id"),
    "created not a date": _set("created", "yesterday"),
    "created without a time zone": _set("created", "2026-01-01T10:00:00"),
    "name of 10,000 characters": _set("name", "x" * 10_000),
    "name empty": _set("name", ""),
    "version 0": _set("version", 0),
    "version as text": _set("version", "2"),
    "another format": _set("format", "something-else"),
}


@pytest.mark.parametrize("edit", WHOLE_FILE.values(), ids=WHOLE_FILE.keys())
def test_a_damaged_key_file_is_refused_with_a_clear_message(
    created: tuple[Workbook, str], edit: Edit
) -> None:
    """Damage outside the slots: the file is damaged, nothing is touched, the list skips it."""
    wb, recovery_key = created
    wb.close()
    _edit_key_file(wb.path, edit)
    for attempt in (
        lambda: open_workbook(wb.path, PASSPHRASE),
        lambda: recover_workbook(wb.path, recovery_key, "x"),
    ):
        with pytest.raises(KeyFileDamaged) as caught:
            attempt()
        assert caught.value.message == "This workbook's key file is damaged, so it can't be opened."
    assert list_workbooks() == []


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"\xff\xfe not utf-8", b"[]", b"null", b"[" * 100_000, b" " * 200_000],
    ids=["empty", "cut off", "not utf-8", "a list", "null", "deeply nested", "huge"],
)
def test_a_key_file_that_is_not_json_is_damaged(wb: Workbook, raw: bytes) -> None:
    wb.close()
    (wb.path / "workbook.key").write_bytes(raw)
    with pytest.raises(KeyFileDamaged):
        open_workbook(wb.path, PASSPHRASE)


def test_a_key_file_from_a_newer_workbook_says_so(wb: Workbook) -> None:
    wb.close()
    _edit_key_file(wb.path, _set("version", 3))
    with pytest.raises(NewerVersion) as caught:
        open_workbook(wb.path, PASSPHRASE)
    assert "newer version" in caught.value.message


RECOVERY_PART = {
    "one character flipped in the sealed key": _flip_one_character("recovery.ciphertext"),
    "one character flipped in the public key": _flip_one_character("recovery.public_key"),
    "one character flipped in the mac": _flip_one_character("recovery.mac"),
    "salt of 3 bytes": _set("recovery.salt", _b64(3)),
    "ephemeral key missing": _drop("recovery.ephemeral"),
    "nonce not base64": _set("recovery.nonce", "%%%"),
    "recovery part missing": _drop("recovery"),
}


@pytest.mark.parametrize("edit", RECOVERY_PART.values(), ids=RECOVERY_PART.keys())
def test_a_damaged_recovery_part_is_noticed_at_unlock_and_can_be_replaced(
    created: tuple[Workbook, str], edit: Edit
) -> None:
    """The passphrase opens; the workbook says its recovery key is damaged and makes a new one."""
    wb, recovery_key = created
    assert not wb.recovery_key_damaged
    wb.close()
    _edit_key_file(wb.path, edit)
    with pytest.raises(KeyFileDamaged) as caught:
        recover_workbook(wb.path, recovery_key, "x")
    assert "recovery part" in caught.value.message
    assert "passphrase" in caught.value.advice
    with open_workbook(wb.path, PASSPHRASE) as again:
        assert again.recovery_key_damaged
        new_key = again.replace_recovery_key()
        assert not again.recovery_key_damaged
    with recover_workbook(wb.path, new_key, "via the new key") as recovered:
        assert not recovered.recovery_key_damaged


def test_a_swapped_recovery_public_key_is_never_sealed_to(created: tuple[Workbook, str]) -> None:
    """Someone who replaces the recovery part (checksum and all) doesn't get the next data key:
    the data key's MAC over the slot fails, the unlock says so, and a change makes a new key."""
    from workbook.core.store import create_workbook

    wb, _ = created
    wb.close()
    other, _ = create_workbook("Someone else", "their passphrase")
    other.close()
    theirs = json.loads((other.path / "workbook.key").read_text())["recovery"]

    def swap(data: dict[str, Any]) -> None:
        slot = {k: v for k, v in theirs.items() if k != "check"}
        data["recovery"] = {**slot, "check": checksum(data["workbook_id"], slot)}

    _edit_key_file(wb.path, swap)
    with open_workbook(wb.path, PASSPHRASE) as again:
        assert again.recovery_key_damaged
        replacement = again.change_passphrase(PASSPHRASE, "changed")
    assert replacement is not None
    with recover_workbook(wb.path, replacement, "fine"):
        pass


def test_the_command_line_names_a_damaged_key_file_without_a_traceback(
    wb: Workbook, tmp_path: Path
) -> None:
    """`workbook backup` on a key file asking for 2**40 passes: a message and exit code 1, at once."""
    wb.close()
    _edit_key_file(wb.path, _set("kdf.time_cost", 2**40))
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "workbook", "backup", "Sam", "--passphrase-file", str(secret)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr + done.stdout
    assert "key file is damaged" in done.stderr + done.stdout


def test_the_command_line_notices_a_damaged_recovery_part_and_makes_a_new_key(
    wb: Workbook, tmp_path: Path
) -> None:
    """Any command says the recovery key no longer works; new-recovery-key prints a working one."""
    import re

    wb.close()
    _edit_key_file(wb.path, _flip_one_character("recovery.ciphertext"))
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "workbook", *args, "--passphrase-file", str(secret)],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ,
        )

    listed = run("backup", "Sam", "--list")
    assert listed.returncode == 0 and "workbook new-recovery-key" in listed.stderr
    made = run("new-recovery-key", "Sam")
    assert made.returncode == 0, made.stderr
    key = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})", made.stdout)
    assert key and "shown only this once" in made.stdout
    with recover_workbook(wb.path, key.group(1), "via the new key") as again:
        assert not again.recovery_key_damaged
    secret.write_text("via the new key\n")
    again_listed = run("backup", "Sam", "--list")
    assert again_listed.returncode == 0 and "new-recovery-key" not in again_listed.stderr
