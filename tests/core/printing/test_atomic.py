"""Saving exports: all or nothing, even when the program is killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbook.core.printing import ExportError, write_atomically


def test_write_replaces_the_file_whole(tmp_path: Path) -> None:
    """Saving over an earlier export replaces it, leaving no temporary files behind."""
    target = tmp_path / "report.pdf"
    write_atomically(target, b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final step fails (disk full), the old file is untouched and the error is explained."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ExportError) as caught:
        write_atomically(target, b"new")
    assert "free space" in caught.value.advice
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    """Saving into a folder that is gone says so."""
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "gone" / "x.pdf", b"x")
    assert "does not exist" in caught.value.message
    assert "another place" in caught.value.advice


def test_killed_mid_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    """A process killed while writing leaves the earlier export intact; the next save tidies up."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old complete export")
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from workbook.core.printing import write_atomically
        def stall(fd):
            print("writing", flush=True)
            time.sleep(60)
        os.fsync = stall
        write_atomically({str(target)!r}, b"x" * 5_000_000)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert any(tmp_path.glob(".report.pdf.*.part"))  # the half-written temporary file
    assert target.read_bytes() == b"old complete export"
    write_atomically(target, b"next export")
    assert target.read_bytes() == b"next export"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
