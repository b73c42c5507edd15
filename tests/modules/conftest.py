"""Fixtures for tests of the built-in program: the program itself, loaded once."""

from __future__ import annotations

import pytest

from workbook.core.language import Program, load_program
from workbook.paths import builtin_program_dir


@pytest.fixture(scope="session")
def program() -> Program:
    return load_program(builtin_program_dir())
