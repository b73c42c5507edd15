"""Sync runs by itself on unlock, a little after saves, and on a timer; never when locked."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from screens_fakes import FakeService

from workbook.core.store.sync import engine
from workbook.ui.shell.sync_scheduler import SyncScheduler


def _journal(folder: Path) -> set[str]:
    return {p.name for p in (folder / "journal").iterdir()}


def test_unlock_and_saves_sync_the_workbook(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    folder = tmp_path / "Sync"
    engine.configure(service.workbook, folder, "Laptop")
    scheduler = SyncScheduler(service)
    scheduler.after_saves.setInterval(50)
    service.workbook.set_setting("reminder_time", "20:00")
    with qtbot.waitSignal(scheduler.finished, timeout=20_000):
        scheduler.start()
    first = _journal(folder)
    assert len(first) == 1 and scheduler.every.isActive()

    service.workbook.set_setting("reminder_time", "21:00")
    with qtbot.waitSignal(scheduler.finished, timeout=20_000):
        service.notify("settings")  # what a save through the operation path announces
    assert len(_journal(folder)) == 2

    service.locked.emit()
    assert not scheduler.every.isActive() and not scheduler.after_saves.isActive()


def test_nothing_runs_until_a_folder_is_chosen(qtbot: QtBot, service: FakeService) -> None:
    scheduler = SyncScheduler(service)
    scheduler.start()
    assert not scheduler.busy
    assert scheduler.last_words == ""
