"""The wheel carries everything the installed app reads: program, fonts, icon, crisis lines, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(source_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel the quick way (no isolated build env, no dependencies) and list it."""
    import setuptools

    major = int(setuptools.__version__.split(".")[0])
    if major < 77:
        pytest.fail(
            f"setuptools {setuptools.__version__} can't read pyproject's licence field; "
            "run pip install '.[test]' again to get setuptools 77 or newer"
        )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source_copy), "--no-deps",
         "--no-build-isolation", "-w", str(out), "-q"],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("workbook-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def relative_files(folder: Path, pattern: str) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.glob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_wheel_has_the_builtin_program(wheel_names: set[str]) -> None:
    """An installed Workbook opens on the whole built-in program, every module file of it."""
    modules = relative_files(REPO / "modules", "**/*.md")
    assert any("/" in name for name in modules)  # module files live in stage folders
    assert {f"workbook/_program/{name}" for name in modules} <= wheel_names
    assert "workbook/_program/program.yaml" in wheel_names


def test_wheel_has_fonts_icon_and_crisis_lines(wheel_names: set[str]) -> None:
    """PDFs print in the bundled fonts, the window has its icon and the help panel its lines."""
    fonts = relative_files(REPO / "resources" / "fonts", "*.ttf")
    assert fonts
    assert {f"workbook/_resources/fonts/{name}" for name in fonts} <= wheel_names
    assert "workbook/_resources/icons/workbook.svg" in wheel_names
    assert "workbook/_resources/crisis_lines.yaml" in wheel_names


def test_wheel_has_the_store_migrations(wheel_names: set[str]) -> None:
    """A workbook can be created and upgraded: Alembic's scripts ship as files."""
    folder = REPO / "workbook" / "core" / "store" / "migrations"
    scripts = relative_files(folder, "**/*.py") | relative_files(folder, "*.mako")
    assert "env.py" in scripts and any(name.startswith("versions/0") for name in scripts)
    prefix = "workbook/core/store/migrations/"
    assert {prefix + name for name in scripts} <= wheel_names


def test_wheel_installs_the_workbook_command(wheel: Path, wheel_names: set[str]) -> None:
    """pip puts a `workbook` command on PATH."""
    (name,) = (name for name in wheel_names if name.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        entry_points = archive.read(name).decode()
    assert "workbook = workbook.cli:main" in entry_points
