"""Shared fixtures: every test gets its own data folder; none touches a real user folder."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point Workbook's data folder, Qt settings and config folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # Workbooks made in tests use a trivial Argon2 cost (recorded in their key file)
    # instead of the ~1 s calibrated one; never set outside tests.
    monkeypatch.setenv("WORKBOOK_INSECURE_TEST_KDF", "1")
    return home / "data"


_SEED_NOTE = pytest.StashKey[str]()

#: The default run's Hypothesis seed: the same examples every run, so a failure reproduces.
FIXED_HYPOTHESIS_SEED = 20261130


def _slow_run(config: pytest.Config) -> bool:
    marks = str(config.getoption("markexpr", "") or "")
    return "slow" in marks and "not slow" not in marks


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Seed Hypothesis: fixed for the default run, fresh (and printed) for ``-m slow``.

    Runs before Hypothesis's own plugin reads ``--hypothesis-seed``; a seed given on
    the command line always wins, which is how a printed seed is replayed.
    """
    if config.getoption("hypothesis_seed", None) is not None:
        config.stash[_SEED_NOTE] = "given on the command line"
        return
    if _slow_run(config):
        seed = random.SystemRandom().randrange(1 << 32)
        note = "fresh for this slow run"
    else:
        seed, note = FIXED_HYPOTHESIS_SEED, "fixed for the default run"
    config.option.hypothesis_seed = seed
    config.stash[_SEED_NOTE] = note


def _seed_line(config: pytest.Config) -> str:
    seed = config.getoption("hypothesis_seed", None)
    note = config.stash.get(_SEED_NOTE, "")
    return f"hypothesis seed {seed} ({note}); replay with --hypothesis-seed={seed}"


def pytest_report_header(config: pytest.Config) -> str:
    return _seed_line(config)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    # Also at the end, where it is seen after a long slow run (and with -q).
    if _slow_run(config) or exitstatus != 0:
        terminalreporter.write_line(_seed_line(config))


@pytest.fixture(autouse=True)
def day_first_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates read "5 March 2024" whatever locale runs the tests (the US writes the month
    first); tests of the locale rule itself set ``locale_territory`` back."""
    from workbook.core.wording import dates

    monkeypatch.setattr(dates, "locale_territory", lambda: None)
