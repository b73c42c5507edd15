"""A laptop and a desktop syncing one workbook through a plain shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import Pair, make_pair


@pytest.fixture
def pair(isolated_data_dir: Path) -> Iterator[Pair]:
    made = make_pair(isolated_data_dir.parent)
    yield made
    made.laptop.close()
    made.desktop.close()
