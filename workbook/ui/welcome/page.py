"""The shared frame of the welcome, create, recovery-key and unlock pages: one calm column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.widgets import theme
from workbook.ui.widgets.page_keys import not_a_tab_stop

COLUMN_WIDTH = 600


class ColumnPage(QScrollArea):
    """A scrolling page with a centred card; subclasses add widgets to ``self.body``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy_cursor = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        not_a_tab_stop(self)  # Tab goes to the fields and buttons on the card
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addStretch(1)
        self.card = QFrame()
        theme.set_role(self.card, "card")
        self._size_card()
        theme.when_restyled(self.card, self._size_card)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.card)
        column.addStretch(2)
        outer_layout.addLayout(column, 4)
        outer_layout.addStretch(1)
        self.setWidget(outer)

        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(36, 32, 36, 30)
        self.body.setSpacing(14)
        self.title = QLabel()
        self.title.setWordWrap(True)
        theme.set_role(self.title, "title")
        self.body.addWidget(self.title)
        self.set_title(title)

    def _size_card(self) -> None:
        """The card grows with the text size, so its lines hold as many words as before."""
        scale = theme.text_scale()
        self.card.setMaximumWidth(round(COLUMN_WIDTH * scale))
        self.card.setMinimumWidth(min(round(420 * scale), self.card.maximumWidth()))

    def reset(self) -> None:
        """Forget everything typed on this page (a page with no fields has nothing to forget)."""

    def focus_first(self) -> None:
        """Put the keyboard focus where the person starts (pages with a field say where)."""

    def set_title(self, title: str) -> None:
        """The heading, and the page's name for screen readers."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.setAccessibleName(title)

    def add_text(self, text: str, role: str | None = None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            theme.set_role(label, role)
        self.body.addWidget(label)
        return label

    def add_field(self, text: str, widget: QWidget) -> QLabel:
        """``widget`` under a label that names it (the label's mnemonic focuses it)."""
        label = field_label(text, widget)
        self.body.addWidget(label)
        self.body.addWidget(widget)
        return label

    def add_status(self) -> QLabel:
        """A quiet line that says what is happening while a slow step runs."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ColumnPage", "Status"))
        theme.set_role(self.status, "muted")
        self.body.addWidget(self.status)
        # Opening takes 1–3 s (the key derivation is slow on purpose): a moving bar and a
        # busy cursor show the app is working, not stuck.
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ColumnPage", "Working"))
        self.busy_bar.hide()
        self.body.addWidget(self.busy_bar)
        return self.status

    def show_busy(self, busy: bool, message: str, widgets: tuple[QWidget, ...]) -> None:
        """Say ``message``, show the busy bar and cursor and hold ``widgets`` still while
        busy; clear all of it after."""
        self.status.setText(message if busy else "")
        for widget in widgets:
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy and not self._busy_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_cursor = True
        elif not busy and self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False

    def add_buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.body.addSpacing(6)
        self.body.addLayout(row)
        return row


def button(text: str, role: str | None = None, accessible: str | None = None) -> QPushButton:
    """A push button with an accessible name (and optional style role: "primary", "link")."""
    result = QPushButton(text)
    result.setAccessibleName(accessible or text.replace("&", "").rstrip("…"))
    if role:
        theme.set_role(result, role)
    result.setAutoDefault(True)
    return result


def passphrase_edit(accessible: str, placeholder: str = "") -> QLineEdit:
    """A password box that never offers its text to the clipboard or input-method memory."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText
    )
    edit.setClearButtonEnabled(False)
    return edit


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label that names ``buddy`` (its mnemonic moves focus there)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    return label
