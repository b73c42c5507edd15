"""Through the command line, each fault is a message and an exit code: never a traceback,
never "damaged", never a restore, and the workbook is untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fault_helpers import (
    CAUSE_WORDS,
    PASSPHRASE,
    Prepared,
    SmallDisk,
    fault_active,
    mentions_restore,
    snapshot,
)


def workbook_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbook", *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        input="",
        timeout=120,
        cwd=cwd,
    )


def test_each_command_names_the_fault_and_restores_nothing(
    fault: str, small_disk: SmallDisk, prepared: Prepared, tmp_path: Path
) -> None:
    """backup, restore and export on a faulty disk say what is wrong, exit 1, change nothing;
    once the fault clears the same restore list shows and every entry is there."""
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    before = snapshot(prepared.folder)
    with fault_active(fault, small_disk, prepared):
        for command in (
            ["backup", "Robin"],
            ["restore", "Robin", "latest", "--yes"],
            ["export", "Robin", "-o", str(tmp_path / "out.json")],
        ):
            done = workbook_cli(*command, "--passphrase-file", str(secret), cwd=tmp_path)
            said = done.stdout + done.stderr
            assert done.returncode == 1, (command, said)
            assert "Traceback" not in said, said
            assert CAUSE_WORDS[fault] in said, (command, said)
            assert "is damaged" not in said
            assert not mentions_restore(done.stderr), said
    assert snapshot(prepared.folder) == before
    assert not (tmp_path / "out.json").exists()
    prepared.check_everything_is_there()
