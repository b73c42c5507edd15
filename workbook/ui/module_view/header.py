"""The top of a module: its title, summary and length, and the actions that apply to it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.language.model import Module
from workbook.ui import theme
from workbook.ui.wrap_layout import WrapLayout

PRINT_MODES = (
    ("blank", "Blank worksheet to print"),
    ("fillable", "Worksheet to fill in on screen (PDF form)"),
    ("filled", "With these answers"),
)


class ModuleHeader(QWidget):
    """Title, summary, "About N minutes", and buttons: past entries, print, edit."""

    history_clicked = Signal()
    print_requested = Signal(str)  # "blank", "fillable" or "filled"
    edit_clicked = Signal()

    def __init__(self, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # the title gets the full width; the buttons sit on the line with the length,
        # so a long title never squeezes into a narrow column beside them
        self.title = QLabel(module.title, self)
        self.title.setWordWrap(True)
        theme.set_role(self.title, "title")
        self.title.setAccessibleName(module.title)
        layout.addWidget(self.title)
        if module.summary:
            summary = QLabel(module.summary, self)
            summary.setWordWrap(True)
            theme.set_role(summary, "muted")
            layout.addWidget(summary)

        row = WrapLayout(spacing=8)  # buttons go onto a second line rather than past the edge
        self.meta = QLabel(self)
        theme.set_role(self.meta, "muted")
        self.meta.setText(
            f"About {module.estimated_minutes} minutes" if module.estimated_minutes else ""
        )
        row.addWidget(self.meta)
        self.edit_button = QPushButton("Edit these answers", self)
        self.edit_button.clicked.connect(self.edit_clicked)
        self.edit_button.hide()
        self.history_button = QPushButton("Past entries", self)
        self.history_button.clicked.connect(self.history_clicked)
        self.print_button = QPushButton("Print or save…", self)
        self.print_button.setAccessibleName("Print or save this module as a PDF")
        menu = QMenu(self.print_button)
        self.print_actions: dict[str, QAction] = {}
        for mode, text in PRINT_MODES:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, m=mode: self.print_requested.emit(m))
            self.print_actions[mode] = action
        self.print_button.setMenu(menu)
        for button in (self.edit_button, self.history_button, self.print_button):
            row.addWidget(button)
        layout.addSpacing(4)
        layout.addLayout(row)

    def set_filled_printable(self, available: bool) -> None:
        self.print_actions["filled"].setEnabled(available)
