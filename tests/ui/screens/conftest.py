"""Fixtures for the screens tests: fake or real workbooks behind a fake service."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from screens_fakes import PASSPHRASE, PROGRAM, FakeService, FakeWorkbook


@pytest.fixture
def fake_workbook() -> FakeWorkbook:
    return FakeWorkbook()


@pytest.fixture
def fake_service(fake_workbook: FakeWorkbook) -> FakeService:
    return FakeService(PROGRAM, fake_workbook)


@pytest.fixture
def locked_service() -> FakeService:
    return FakeService(PROGRAM, None)


@pytest.fixture
def real_workbook() -> Iterator[Any]:
    """A real, encrypted workbook in the test's own data folder."""
    from workbook.core.store import create_workbook

    workbook, _key = create_workbook("Test workbook", PASSPHRASE)
    yield workbook
    workbook.close()


@pytest.fixture
def service(real_workbook: Any) -> FakeService:
    """The fake service around a real workbook."""
    return FakeService(PROGRAM, real_workbook)
