"""The workbook commands work the way a new user would try them, end to end."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def cli(isolated_data_dir: Path, tmp_path: Path) -> object:
    env = {**os.environ}

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "workbook", *args],
            capture_output=True,
            text=True,
            env=env,
            input=stdin if stdin is not None else "",
            timeout=120,
            cwd=tmp_path,
        )

    return run


def _secret(tmp_path: Path, name: str, value: str) -> str:
    path = tmp_path / name
    path.write_text(value + "\n", encoding="utf-8")
    return str(path)


def test_the_store_commands_end_to_end(cli: object, tmp_path: Path) -> None:
    """new, list, backup, passwd, recover, restore and export all work from files."""
    run = cli  # type: ignore[assignment]
    first = _secret(tmp_path, "first", "first passphrase")
    second = _secret(tmp_path, "second", "second passphrase")

    made = run("new", "Robin", "--passphrase-file", first)
    assert made.returncode == 0, made.stderr
    key = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})", made.stdout)
    assert key and "shown only this once" in made.stdout
    recovery = _secret(tmp_path, "recovery", key.group(1))

    listed = run("list")
    assert listed.returncode == 0 and "Robin" in listed.stdout

    backed = run("backup", "Robin", "--passphrase-file", first)
    assert backed.returncode == 0, backed.stderr
    assert "manual" in backed.stdout and "daily" in backed.stdout

    changed = run("passwd", "--passphrase-file", first, "--new-passphrase-file", second)
    assert changed.returncode == 0, changed.stderr
    wrong = run("backup", "--list", "--passphrase-file", first)
    assert wrong.returncode == 1
    assert "doesn't open this workbook" in wrong.stderr and "Traceback" not in wrong.stderr

    recovered = run(
        "recover", "Robin", "--recovery-key-file", recovery, "--new-passphrase-file", first
    )
    assert recovered.returncode == 0, recovered.stderr

    refused = run("restore", "latest", "--passphrase-file", first)
    assert refused.returncode == 2 and "--yes" in refused.stderr, refused.stderr
    assert "will be lost" in refused.stdout or "no longer be in it" in refused.stdout
    restored = run("restore", "latest", "--yes", "--passphrase-file", first)
    assert restored.returncode == 0, restored.stderr
    assert "kept in" in restored.stdout

    exported = run("export", "-o", "out.json", "--passphrase-file", first)
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stderr
    assert json.loads((tmp_path / "out.json").read_text())["workbook"]["name"] == "Robin"

    csv_export = run("export", "Robin", "--format", "csv", "-o", "csv", "--passphrase-file", first)
    assert csv_export.returncode == 0 and (tmp_path / "csv" / "answers.csv").exists()


def test_passphrases_are_never_taken_from_the_command_line(cli: object) -> None:
    """There is no --passphrase option, and without a terminal the user is told what to do."""
    run = cli  # type: ignore[assignment]
    refused = run("new", "Robin", "--passphrase", "secret")
    assert refused.returncode == 2
    no_tty = run("new", "Robin")
    assert no_tty.returncode == 2
    assert "--passphrase-file" in no_tty.stderr and "Traceback" not in no_tty.stderr


def test_a_passphrase_can_come_from_standard_input(cli: object, tmp_path: Path) -> None:
    """Scripts can pipe the passphrase in with --passphrase-file -."""
    run = cli  # type: ignore[assignment]
    assert run("new", "Kai", "--passphrase-file", "-", stdin="piped one\n").returncode == 0
    listed = run("backup", "Kai", "--list", "--passphrase-file", "-", stdin="piped one\n")
    assert listed.returncode == 0, listed.stderr


def test_unknown_workbooks_and_typos_get_clear_messages(cli: object, tmp_path: Path) -> None:
    """Naming a workbook that isn't there, or mistyping the recovery key, explains itself."""
    run = cli  # type: ignore[assignment]
    pw = _secret(tmp_path, "pw", "a passphrase")
    assert run("new", "Robin", "--passphrase-file", pw).returncode == 0
    missing = run("backup", "Nobody", "--passphrase-file", pw)
    assert missing.returncode == 2 and "workbook list" in missing.stderr
    typo = _secret(tmp_path, "typo", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    bad = run("recover", "--recovery-key-file", typo, "--new-passphrase-file", pw)
    assert bad.returncode == 1 and "typo" in bad.stderr


def test_a_damaged_workbook_can_be_restored_from_the_command_line(
    cli: object, tmp_path: Path, isolated_data_dir: Path
) -> None:
    """When the file is damaged, restore still puts the latest good backup back."""
    run = cli  # type: ignore[assignment]
    pw = _secret(tmp_path, "pw", "a passphrase")
    assert run("new", "Robin", "--passphrase-file", pw).returncode == 0
    assert run("backup", "--passphrase-file", pw).returncode == 0
    db = isolated_data_dir / "workbooks" / "robin" / "workbook.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 100] ^= 0xFF
    db.write_bytes(bytes(data))
    damaged = run("backup", "--passphrase-file", pw)
    assert damaged.returncode == 1 and "damaged" in damaged.stderr
    fixed = run("restore", "Robin", "latest", "--passphrase-file", pw)
    assert fixed.returncode == 0, fixed.stderr
    assert run("backup", "--list", "--passphrase-file", pw).returncode == 0
