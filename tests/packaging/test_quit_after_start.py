"""WORKBOOK_QUIT_AFTER_START=1 lets packaging checks start the real app headless and see it work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

START = "from workbook.cli import main; raise SystemExit(main())"


def start_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBOOK_DATA_DIR": str(data_dir),
        "WORKBOOK_QUIT_AFTER_START": "1",
    }
    return subprocess.run(
        [sys.executable, "-c", START, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_app_starts_shows_its_window_and_quits(tmp_path: Path) -> None:
    """The app opens its first window on the built-in program, then exits cleanly by itself."""
    result = start_app(tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_program_fails_the_start_check(tmp_path: Path) -> None:
    """A program that does not load makes the check fail, naming the file at fault."""
    program = tmp_path / "program"
    program.mkdir()
    (program / "broken.md").write_text("no header here\n", encoding="utf-8")
    result = start_app(tmp_path / "data", "--program", str(program))
    assert result.returncode == 1
    assert "broken.md" in result.stderr
    assert "Traceback" not in result.stderr
