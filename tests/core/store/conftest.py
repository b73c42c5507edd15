"""Fixtures for the store tests: a stand-in module and a fresh, open workbook."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from workbook.core.store import Workbook, create_workbook

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class FakeModule:
    """Just what the store reads from a module: id, version, source hash, records."""

    id: str = "mood-questionnaire"
    version: str = "1.0"
    source_hash: str = "a" * 64
    records: str | None = None


@pytest.fixture
def module() -> FakeModule:
    return FakeModule()


@pytest.fixture
def created() -> Iterator[tuple[Workbook, str]]:
    """A new open workbook and its recovery key."""
    workbook, recovery_key = create_workbook("Sam", PASSPHRASE)
    yield workbook, recovery_key
    workbook.close()


@pytest.fixture
def wb(created: tuple[Workbook, str]) -> Workbook:
    return created[0]
