"""Settings → Sync: choosing the folder syncs, the other computer's arrival time shows, and
a conflict shows both versions with a button to keep each."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from screens_fakes import PASSPHRASE, FakeService

from workbook.core.store.sync import engine
from workbook.core.store.sync.join import join
from workbook.ui.settings.sync_panel import SyncPanel


@dataclass(frozen=True)
class Module:
    id: str = "mood-questionnaire"
    version: str = "1.0"
    source_hash: str = "a" * 64
    records: str | None = None


@pytest.fixture
def desktop(service: FakeService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The same workbook, joined on a second computer (its own data folder)."""
    folder = tmp_path / "Sync"
    engine.configure(service.workbook, folder, "Laptop")
    engine.sync_now(service.workbook)
    before = os.environ["WORKBOOK_DATA_DIR"]
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "desktop"))
    other, _report = join(folder, "Desktop", passphrase=PASSPHRASE)
    monkeypatch.setenv("WORKBOOK_DATA_DIR", before)
    yield other
    other.close()


def _sync_from_panel(panel: SyncPanel, service: FakeService, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.sync_button.click()


def test_a_conflict_shows_both_versions_and_keeps_the_chosen_one(
    qtbot: QtBot, service: FakeService, desktop: Any
) -> None:
    laptop = service.workbook
    entry = laptop.start_entry(Module())
    laptop.save_draft(entry.id, {"notes": "start"})
    engine.sync_now(laptop)
    engine.sync_now(desktop)
    laptop.save_draft(entry.id, {"notes": "laptop words"})
    desktop.save_draft(entry.id, {"notes": "desktop words"})
    engine.sync_now(desktop)

    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    _sync_from_panel(panel, service, qtbot)
    assert "Changes from Desktop last arrived" in panel.status.text()
    assert "two computers at once" in panel.result.text()
    buttons = panel.findChildren(QPushButton)
    keeps = [b for b in buttons if b.text() == "Keep this"]
    assert len(keeps) == 2
    names = [b.accessibleName() for b in keeps]
    assert any("desktop words" in n and "Desktop" in n for n in names)
    assert any("laptop words" in n and "this computer" in n for n in names)

    keep_desktop = next(b for b in keeps if "desktop words" in b.accessibleName())
    keep_desktop.click()
    assert laptop.entry(entry.id).answers["notes"] == "desktop words"
    assert not [
        b for b in panel.findChildren(QPushButton) if b.text() == "Keep this" and b.isVisible()
    ]
    engine.sync_now(laptop)
    engine.sync_now(desktop)
    assert desktop.entry(entry.id).answers["notes"] == "desktop words"


def test_setting_up_from_the_panel_syncs_and_says_where(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    assert not panel.sync_button.isEnabled()
    panel.device_name.setText("Kitchen laptop")
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.set_up(tmp_path / "Dropbox" / "Workbook")
    assert panel.folder.text().endswith("Workbook")
    assert panel.sync_button.isEnabled()
    assert (tmp_path / "Dropbox" / "Workbook" / "workbook.key").is_file()
    panel.clear_content()
    assert panel.folder.text() == "" and panel.status.text() == ""


def test_renaming_this_computer_is_kept(qtbot: QtBot, service: FakeService, tmp_path: Path) -> None:
    engine.configure(service.workbook, tmp_path / "Sync", "Laptop")
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    panel.device_name.setText("Kitchen laptop")
    panel.device_name.editingFinished.emit()
    assert engine.status(service.workbook).device_name == "Kitchen laptop"
