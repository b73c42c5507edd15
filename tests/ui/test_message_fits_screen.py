"""Message boxes (a crash, the fallback help, confirming a restore) stay within the screen:
long words scroll inside and the buttons stay in reach."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from workbook.ui.widgets.dialogs import ProblemDialog, confirm

LONG = " ".join(["Your answers are saved as you go, so you should not have lost anything."] * 60)


def test_a_long_message_scrolls_inside_a_dialog_no_taller_than_the_screen(qtbot: QtBot) -> None:
    """The dialog fits the screen's free area, its words scroll, and Close is fully shown."""
    dialog = ProblemDialog(None, "Something went wrong inside Workbook.", LONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    assert frame.height() <= available.height() and frame.width() <= available.width()
    assert dialog.words.verticalScrollBar().maximum() > 0, "the words should scroll"
    close = dialog.close_button
    corner = close.mapTo(dialog, QPoint(close.width(), close.height()))
    assert QRect(QPoint(0, 0), dialog.size()).contains(corner), "Close is cut off"


def test_a_short_message_shows_whole_without_a_scroll_bar(qtbot: QtBot) -> None:
    """When the screen has room, nothing scrolls: the dialog is as tall as its words."""
    dialog = ProblemDialog(None, "The backup was made.", "It is in the workbook's folder.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.words.verticalScrollBar().maximum() == 0


def test_enter_in_a_confirmation_keeps_things_as_they_are(qtbot: QtBot) -> None:
    """The safe answer is the default: Enter never restores over the person's writing."""

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    assert not confirm(
        None, "Restore this backup?", "Restore it?", LONG, yes_label="Restore", no_label="Keep"
    )


def test_the_confirming_button_says_yes(qtbot: QtBot) -> None:
    def press_restore() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        for button in box.findChildren(QPushButton):
            if button.text() == "Restore":
                button.click()

    QTimer.singleShot(50, press_restore)
    assert confirm(
        None, "Restore?", "Restore it?", "Details.", yes_label="Restore", no_label="Keep"
    )
