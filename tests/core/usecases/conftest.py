"""The built-in program and a fresh encrypted workbook for each use-case test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbook.core.language import load_program
from workbook.core.language.model import Program
from workbook.core.store import Workbook, create_workbook
from workbook.paths import builtin_program_dir


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(builtin_program_dir())


@pytest.fixture
def workbook() -> Iterator[Workbook]:
    wb, _key = create_workbook("Use cases", "a calm morning by the sea")
    yield wb
    wb.close()
