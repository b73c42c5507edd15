"""The ``bench`` fixture: sizes for this mode and one way to report a ratio (see perf_bench.py)."""

from __future__ import annotations

import pytest
from perf_bench import SMOKE, Bench


@pytest.fixture
def bench() -> Bench:
    return Bench(smoke=SMOKE)
