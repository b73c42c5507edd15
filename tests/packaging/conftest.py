"""A clean copy of the source tree, so wheels are built from exactly what is checked in here.

Building in the working tree would reuse ``build/lib``, where setuptools leaves files
deleted since an earlier build, and a wheel could ship them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
    ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", "screenshots-tmp",
)  # fmt: skip


@pytest.fixture(scope="session")
def source_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's files without build output, caches or virtual environments."""
    target = tmp_path_factory.mktemp("source") / "workbook"
    shutil.copytree(REPO, target, ignore=NOT_SOURCE)
    return target
