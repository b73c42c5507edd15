"""Locking: Ctrl+L and the idle timer save drafts, clear every screen and close the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE, write_setting


def test_ctrl_l_locks_and_shows_the_unlock_page(opened: Any, qtbot: QtBot) -> None:
    """Ctrl+L closes the workbook and asks for the passphrase again."""
    workbook = opened.service.workbook
    qtbot.keyClick(opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not opened.service.is_open
    assert workbook.closed
    assert opened.pages.currentWidget() is opened.start_screen
    assert opened.start_screen.currentWidget() is opened.start_screen.unlock
    assert opened.windowTitle() == "Workbook"


def test_lock_destroys_screens_after_clearing_them(opened: Any, qtbot: QtBot) -> None:
    """Every built screen has clear_content() called and is removed, so nothing typed survives."""
    home = opened.workspace.screen_for("home")
    home.checkin.note.setText("a private note")
    cleared: list[str] = []
    original = home.clear_content
    home.clear_content = lambda: (cleared.append("home"), original())
    opened.lock()
    assert cleared == ["home"]
    assert opened.workspace.screens == {}
    assert home.checkin.note.text() == ""


def test_drafts_are_flushed_before_the_database_closes(opened: Any) -> None:
    """Screens are asked to save (flush) while the workbook is still open."""
    seen: list[bool] = []
    home = opened.workspace.screen_for("home")
    home.flush = lambda: seen.append(opened.service.is_open)
    opened.lock()
    assert seen == [True]


def test_idle_timeout_locks(opened: Any, qtbot: QtBot) -> None:
    """With no input for the auto-lock time, the workbook locks by itself."""
    opened.idle_lock.set_timeout_ms(150)
    qtbot.waitUntil(lambda: not opened.service.is_open, timeout=5_000)
    assert opened.start_screen.currentWidget() is opened.start_screen.unlock


def test_idle_watch_runs_only_while_open(opened: Any) -> None:
    """Input is only watched while a workbook is open; locked, nothing is listening."""
    assert opened.idle_lock.installed
    opened.lock()
    assert not opened.idle_lock.installed


def test_auto_lock_minutes_come_from_settings(opened: Any) -> None:
    """The idle lock follows the workbook's auto-lock setting; 0 turns it off."""
    from workbook.ui.service import AUTO_LOCK_MINUTES

    assert opened.idle_lock.timer.interval() == 10 * 60_000
    write_setting(opened.service, AUTO_LOCK_MINUTES, 3)
    assert opened.idle_lock.timer.interval() == 3 * 60_000
    assert opened.idle_lock.timer.isActive()
    write_setting(opened.service, AUTO_LOCK_MINUTES, 0)
    assert not opened.idle_lock.timer.isActive()


def test_typing_counts_as_activity(opened: Any, qtbot: QtBot) -> None:
    """A key press restarts the countdown, so nobody is locked out mid-sentence."""
    opened.idle_lock.set_timeout_ms(60_000)
    timer = opened.idle_lock.timer
    home = opened.workspace.screen_for("home")
    timer.stop()  # as if the countdown had run down to nothing
    qtbot.keyClick(home.checkin.note, Qt.Key.Key_A)
    assert timer.isActive()
    assert timer.interval() == 60_000


def test_open_dialogs_close_on_lock(opened: Any, qtbot: QtBot) -> None:
    """A dialog left open (which could show content) is closed when the workbook locks."""
    dialog = QDialog(opened)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened.lock()
    assert not dialog.isVisible()


def test_unlock_after_lock_returns_to_home(opened: Any, qtbot: QtBot) -> None:
    """After unlocking again the person is back on Home with their data."""
    checkin = opened.workspace.screen_for("home").checkin
    checkin.scales["mood"].buttons[6].click()
    checkin.save_button.click()
    opened.lock()
    opened.start_screen.unlock.passphrase.setText(PASSPHRASE)
    opened.start_screen.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: opened.service.is_open, timeout=10_000)
    home = opened.workspace.current_screen()
    assert opened.workspace.current_key() == "home"
    assert "Done for today" in home.checkin.status.text()


def test_unlock_returns_to_the_module_the_person_was_in(opened: Any, qtbot: QtBot) -> None:
    """Locked in the middle of a module: unlocking comes back to that module and its page,
    not to Home."""
    opened.open_module("thought-record")
    program = opened.workspace.current_screen()
    view = program.content
    view.next()
    page = view.current_page()
    field_id = next(iter(view.pages[page].fields))
    view.session.set_answer(field_id, "half-written")  # as typing does
    opened.lock()
    opened.start_screen.unlock.passphrase.setText(PASSPHRASE)
    opened.start_screen.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: opened.service.is_open, timeout=10_000)
    assert opened.workspace.current_key() == "program"
    back = opened.workspace.current_screen().content
    assert back.module.id == "thought-record"
    assert back.current_page() == page


def test_unlock_page_shows_it_is_busy_while_opening(opened: Any, qtbot: QtBot) -> None:
    """During the slow key derivation a moving bar and a busy cursor say it is working."""
    from PySide6.QtWidgets import QApplication

    opened.lock()
    unlock = opened.start_screen.unlock
    unlock.set_busy(True)
    assert unlock.busy_bar.isVisible()
    assert QApplication.overrideCursor() is not None
    assert unlock.status.text() == "Unlocking…"
    unlock.set_busy(False)
    assert not unlock.busy_bar.isVisible()
    assert QApplication.overrideCursor() is None


def test_lock_action_is_only_offered_while_open(window: Any) -> None:
    """Before unlocking there is nothing to lock."""
    assert not window.lock_action.isEnabled()
    assert window.help_action.isEnabled()
