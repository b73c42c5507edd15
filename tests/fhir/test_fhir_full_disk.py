"""Sharing with the clinic onto a full disk (a USB stick with no room left): the cause in
words, exit 1, and no half-written plaintext file left behind."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fhir.conftest import PASSPHRASE
from workbook.cli import main

FAULTS = str(Path(__file__).resolve().parents[1] / "faults")
sys.path.insert(0, FAULTS)  # the fault tests' tmpfs helpers, borrowed for one import
try:
    from fault_helpers import SmallDisk, mount_tmpfs, require_mounts, unmount
finally:
    sys.path.remove(FAULTS)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    require_mounts()
    root = tmp_path / "usb-stick"
    mount_tmpfs(root, 1024)
    disk = SmallDisk(root)
    try:
        disk.fill()
        yield disk
    finally:
        unmount(root)


def test_a_bundle_onto_a_full_disk_says_so_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    history_on_disk: Path,
    full_disk: SmallDisk,
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = full_disk.root / "bundle.json"
    code = main(["fhir", "export", "-o", str(target), "--passphrase-file", str(secret)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err
    assert "No space left" in err or "full" in err, err
    assert sorted(p.name for p in full_disk.root.iterdir()) == ["filler.bin"]
