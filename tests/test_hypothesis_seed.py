"""Fuzz tests reproduce: the default run's Hypothesis seed is fixed, the slow run's is printed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

#: tests/conftest.py's FIXED_HYPOTHESIS_SEED (not imported: several folders have a conftest).
FIXED_HYPOTHESIS_SEED = 20261130


def _examples() -> list[bytes]:
    seen: list[bytes] = []

    @settings(max_examples=25, database=None)
    @given(st.binary(max_size=20))
    def collect(data: bytes) -> None:
        seen.append(data)

    collect()
    return seen


def test_generated_examples_are_the_same_on_every_run(pytestconfig: pytest.Config) -> None:
    """Two runs of the same property see the same inputs, so a failure found once is found again."""
    from hypothesis import core

    assert core.global_force_seed == pytestconfig.getoption("hypothesis_seed")
    assert _examples() == _examples()


def test_the_default_run_uses_the_fixed_seed(pytestconfig: pytest.Config) -> None:
    if "--hypothesis-seed" in " ".join(pytestconfig.invocation_params.args):
        pytest.skip("a seed was given on the command line")
    assert pytestconfig.getoption("hypothesis_seed") == FIXED_HYPOTHESIS_SEED


@pytest.mark.slow
def test_the_slow_run_uses_a_fresh_seed(pytestconfig: pytest.Config) -> None:
    """The slow run explores new inputs each time (the seed is printed to replay a failure)."""
    if "--hypothesis-seed" in " ".join(pytestconfig.invocation_params.args):
        pytest.skip("a seed was given on the command line")
    assert pytestconfig.getoption("hypothesis_seed") != FIXED_HYPOTHESIS_SEED
