"""Exports hold health information in the clear: owner-only, whole or not at all, and every
failure of every command is a message and an exit code, never a traceback."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import PASSPHRASE, FakeModule, SmallDisk, mount_tmpfs, require_mounts, unmount
from test_faults_cli import workbook_cli

from workbook.core.printing import ExportError
from workbook.core.store import Workbook, create_workbook
from workbook.core.store.export import write_csv, write_json


@pytest.fixture
def wb() -> Iterator[Workbook]:
    workbook, _ = create_workbook("Robin", PASSPHRASE)
    entry = workbook.start_entry(FakeModule())
    workbook.complete_entry(entry.id, {"situation": "the bus was late"}, None)
    yield workbook
    workbook.close()


@pytest.fixture
def secret(tmp_path: Path) -> str:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return str(path)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_json_export_over_an_existing_readable_file_becomes_owner_only(
    wb: Workbook, tmp_path: Path
) -> None:
    """An old 0644 file at the target is replaced by a new 0600 one, not rewritten in place."""
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_json(wb, target)
    assert _mode(target) == 0o600
    assert "the bus was late" in target.read_text(encoding="utf-8")


def test_a_csv_export_folder_is_owner_only_whatever_the_umask(wb: Workbook, tmp_path: Path) -> None:
    """New or replacing an earlier export, the folder is 0700 and each file 0600."""
    target = tmp_path / "csv"
    old_umask = os.umask(0o022)
    try:
        write_csv(wb, target)
        assert _mode(target) == 0o700
        target.chmod(0o755)
        write_csv(wb, target)
    finally:
        os.umask(old_umask)
    assert _mode(target) == 0o700
    assert {_mode(path) for path in target.iterdir()} == {0o600}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".csv.")]


def test_a_csv_export_never_mixes_into_a_folder_with_other_files(
    wb: Workbook, tmp_path: Path
) -> None:
    """A folder holding someone's other files is refused and left exactly as it was."""
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "letter.txt").write_text("dear", encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        write_csv(wb, target)
    assert "other files" in caught.value.message
    assert [p.name for p in target.iterdir()] == ["letter.txt"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A second small disk, full, to export onto."""
    require_mounts()
    root = tmp_path / "usb-stick"
    mount_tmpfs(root, 1024)
    disk = SmallDisk(root)
    try:
        yield disk
    finally:
        unmount(root)


def test_an_export_to_a_full_disk_says_so_and_leaves_no_partial_plaintext(
    wb: Workbook, full_disk: SmallDisk, secret: str, tmp_path: Path
) -> None:
    """JSON and CSV onto a full disk: the cause, exit 1, no traceback, nothing half-written;
    an earlier export there is untouched."""
    wb.close()
    earlier = full_disk.root / "earlier.json"
    earlier.write_text('{"earlier": true}', encoding="utf-8")
    full_disk.fill()
    for fmt, name in (("json", "earlier.json"), ("csv", "csv")):
        done = workbook_cli(
            "export", "Robin", "--format", fmt, "-o", str(full_disk.root / name),
            "--passphrase-file", secret, cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert "No space left" in done.stderr or "full" in done.stderr, done.stderr
    assert earlier.read_text(encoding="utf-8") == '{"earlier": true}'
    assert sorted(p.name for p in full_disk.root.iterdir()) == ["earlier.json", "filler.bin"]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "Robin", "-o", "no/such/folder/out.json"],
        ["export", "Robin", "--format", "csv", "-o", "a-file.txt"],
        ["restore", "--from-file", "no-such-backup.db"],
        ["restore", "Robin", "no-such-backup"],
        ["backup", "nobody"],
        ["check", "no-such-module.md"],
        ["worksheet", "no-such-module.md", "-o", "out.pdf"],
        ["report", "-o", "no/such/folder/report.pdf"],
    ],
)
def test_no_command_answers_a_failure_with_a_traceback(
    wb: Workbook, secret: str, tmp_path: Path, command: list[str]
) -> None:
    """Missing folders, files where folders go, unknown names: words and a non-zero exit."""
    wb.close()
    (tmp_path / "a-file.txt").write_text("mine", encoding="utf-8")
    needs_secret = command[0] in {"export", "restore", "backup", "report"}
    args = [*command, "--passphrase-file", secret] if needs_secret else command
    done = workbook_cli(*args, cwd=tmp_path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    assert (done.stderr + done.stdout).strip(), "the failure is explained"
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "mine"
