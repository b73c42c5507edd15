"""Shared fixtures: every test gets its own data folder; none touches a real user folder."""

from __future__ import annotations

from pathlib import Path

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
