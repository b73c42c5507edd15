"""Fixtures for language tests: a temporary program folder and a way to write modules into it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "program"
    folder.mkdir()
    return folder


@pytest.fixture
def write(program_dir: Path) -> Callable[..., Path]:
    """Write ``text`` (dedented) as a module file in the temporary program folder."""

    def _write(text: str, name: str = "module.md") -> Path:
        path = program_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write
