"""The version is written once, in workbook/__init__.py, and everything else reads it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import workbook
from workbook.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_version_command_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`workbook --version` names the version, for bug reports and support."""
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"Workbook {workbook.__version__}"


def test_package_version_comes_from_the_code() -> None:
    """The wheel's version is read from workbook.__version__, not typed a second time."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "workbook.__version__"}
