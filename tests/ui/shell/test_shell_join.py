"""First launch on a second computer: join through the sync folder and land in the workbook,
with everything the first computer wrote."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE

from workbook.core.store import create_workbook
from workbook.core.store.sync import engine


@pytest.fixture
def folder_from_laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A sync folder set up by another computer (its own data folder), with a goal in it."""
    here = os.environ["WORKBOOK_DATA_DIR"]
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "laptop"))
    laptop, recovery_key = create_workbook("Sam", PASSPHRASE)
    monkeypatch.setenv("WORKBOOK_DATA_DIR", here)
    with laptop:
        laptop.add_goal("Walk to the park every morning")
        engine.configure(laptop, tmp_path / "Sync", "Laptop")
        engine.sync_now(laptop)
    return tmp_path / "Sync", recovery_key


def test_joining_from_the_welcome_page_opens_the_synced_workbook(
    window: Any, qtbot: QtBot, folder_from_laptop: tuple[Path, str]
) -> None:
    folder, _key = folder_from_laptop
    start = window.start_screen
    start.welcome.join_button.click()
    page = start.join_page
    assert start.currentWidget() is page
    assert not page.join_button.isEnabled()
    page.folder.setText(str(folder))
    page.name.setText("Desktop")
    page.secret.setText(PASSPHRASE)
    page.join_button.click()
    qtbot.waitUntil(lambda: window.service.workbook is not None, timeout=20_000)
    workbook = window.service.workbook
    assert [g.goal for g in workbook.goals()] == ["Walk to the park every morning"]
    assert engine.status(workbook).device_name == "Desktop"
    assert page.secret.text() == ""


def test_the_recovery_key_joins_too(
    window: Any, qtbot: QtBot, folder_from_laptop: tuple[Path, str]
) -> None:
    folder, recovery_key = folder_from_laptop
    start = window.start_screen
    start.welcome.join_button.click()
    start.join_page.folder.setText(str(folder))
    start.join_page.secret.setText(recovery_key.lower())
    start.join_page.join_button.click()
    qtbot.waitUntil(lambda: window.service.workbook is not None, timeout=20_000)
    assert len(window.service.workbook.goals()) == 1
