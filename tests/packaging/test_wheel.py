"""`python -m build` makes a wheel and sdist whose installed `workbook` works anywhere (slow)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import workbook

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, stdin: str = "") -> str:
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def test_installed_wheel_works_from_an_empty_folder(source_copy: Path, tmp_path: Path) -> None:
    """A fresh venv with the wheel: version, checking its program, a workbook, the window."""
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, source_copy, cwd=tmp_path)
    (wheel,) = dist.glob("workbook-*.whl")  # built from the sdist, so the sdist is complete too
    assert list(dist.glob("workbook-*.tar.gz"))

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    run(bindir / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path)

    empty = tmp_path / "empty"
    empty.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBOOK_DATA_DIR": str(tmp_path / "data"),
    }
    command = bindir / "workbook"

    assert (
        run(command, "--version", cwd=empty, env=env).strip() == f"Workbook {workbook.__version__}"
    )
    where = "from workbook.paths import builtin_program_dir as d; print(d())"
    program = Path(run(bindir / "python", "-c", where, cwd=empty, env=env).strip())
    assert program.is_relative_to(venv), "the installed app must not read the source tree"
    assert "No problems found" in run(command, "check", program, cwd=empty, env=env)

    run(
        command,
        "new",
        "Wheel",
        "--passphrase-file",
        "-",
        cwd=empty,
        env=env,
        stdin="a long passphrase\n",
    )
    assert "Wheel" in run(command, "list", cwd=empty, env=env)
    run(command, cwd=empty, env={**env, "WORKBOOK_QUIT_AFTER_START": "1"})
