"""Fixtures for the FHIR exchange: the built-in program, and a workbook with sample history."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbook.core.language import load_program
from workbook.core.language.model import Program
from workbook.core.store import Workbook, create_workbook
from workbook.paths import builtin_program_dir

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture(scope="session")
def program() -> Program:
    return load_program(builtin_program_dir())


PASSPHRASE = "fhir test passphrase"


def _filled(program: Program) -> Workbook:
    """A new workbook with 30 days of made-up history (tools/sample_data.py, as the
    screenshots use), still open."""
    sys.path.insert(0, str(TOOLS))
    try:
        from sample_data import fill
    finally:
        sys.path.remove(str(TOOLS))
    workbook, _key = create_workbook("Sam", PASSPHRASE)
    fill(workbook, program, days=30)
    return workbook


@pytest.fixture
def history(program: Program) -> Iterator[Workbook]:
    with _filled(program) as workbook:
        yield workbook


@pytest.fixture
def history_on_disk(program: Program) -> Path:
    """The same, closed again, for commands that open it themselves."""
    with _filled(program) as workbook:
        return workbook.path
