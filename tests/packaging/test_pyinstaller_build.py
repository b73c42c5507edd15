"""The PyInstaller app builds and works on its own (slow: about a minute, more the first time)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="the build scripts are bash"),
    pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash"),
]


def test_built_app_runs_from_an_empty_folder() -> None:
    """The one-folder app shows its version, checks its program, keeps a workbook, prints, starts."""
    result = subprocess.run(
        [str(REPO / "packaging" / "smoke_test.sh")],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "Smoke test passed" in result.stdout
