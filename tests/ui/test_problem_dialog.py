"""Problem dialogs: Enter closes them; a consequential next step needs its own click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbook.ui.widgets.dialogs import ProblemDialog


def test_enter_after_a_wrong_passphrase_does_not_go_into_recovery(qtbot: QtBot) -> None:
    """The person presses Enter again, impatiently: the popup closes ("Try again"), it does
    not start recovery with the recovery key."""
    dialog = ProblemDialog(
        None,
        "That passphrase doesn't open this workbook.",
        "Check it and try again, or use your recovery key.",
        actions=[("Use my recovery key", "recover")],
        close_label="Try again",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.close_button)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert dialog.chosen is None
    assert not dialog.isVisible()
