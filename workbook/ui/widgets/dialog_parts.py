"""The frame the app's small dialogs share: calm margins, a heading, keyed radio choices, OK/Cancel.

Report, export, print, goal-review and passphrase dialogs all open the same way; one
frame keeps their spacing, names and buttons alike, so moving between them feels calm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from workbook.ui.widgets import fit
from workbook.ui.widgets.screen_support import label
from workbook.ui.widgets.wrapping_buttons import WrappingRadioButton


def dialog_column(
    dialog: QDialog,
    title: str,
    *,
    accessible: str | None = None,
    heading: str | None = None,
    spacing: int = 12,
) -> QVBoxLayout:
    """Title the dialog and give it its one column (with ``heading`` on top, if given)."""
    dialog.setWindowTitle(title)
    fit.keep_on_screen(dialog)
    dialog.setAccessibleName(accessible or title)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.setSpacing(spacing)
    if heading:
        layout.addWidget(label(heading, "subtitle"))
    return layout


class KeyedChoice(QButtonGroup):
    """Radio buttons that each stand for a key; ``key()`` is the one chosen."""

    def __init__(
        self,
        dialog: QDialog,
        layout: QVBoxLayout,
        choices: Sequence[tuple[str, str]],
        *,
        checked: int = 0,
    ) -> None:
        super().__init__(dialog)
        for key, words in choices:
            self.add(layout, key, words)
        if choices:
            self.buttons()[checked].setChecked(True)

    def add(self, layout: QVBoxLayout, key: str, words: str) -> QRadioButton:
        button: QRadioButton = WrappingRadioButton(words)
        button.setAccessibleName(words)
        button.setProperty("key", key)
        self.addButton(button)
        layout.addWidget(button)
        return button

    def key(self, default: str) -> str:
        checked = self.checkedButton()
        return str(checked.property("key")) if checked is not None else default

    def set_key(self, key: str) -> None:
        for button in self.buttons():
            button.setChecked(button.property("key") == key)


def ok_cancel(
    dialog: QDialog,
    layout: QVBoxLayout,
    ok_text: str,
    *,
    accessible: str | None = None,
    on_ok: Callable[[], object] | None = None,
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (worded ``ok_text``) and Cancel at the bottom; OK accepts unless ``on_ok`` is given."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(accessible or ok_text.rstrip("…"))
    buttons.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons, ok
