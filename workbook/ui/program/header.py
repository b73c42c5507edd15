"""The top of a module: its title, summary and length, and the actions that apply to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Module
from workbook.ui.widgets import theme
from workbook.ui.widgets.wrap_layout import WrapLayout

PRINT_MODES = (
    ("blank", QT_TRANSLATE_NOOP("ProgramHeader", "Blank worksheet to print")),
    ("fillable", QT_TRANSLATE_NOOP("ProgramHeader", "Worksheet to fill in on screen (PDF form)")),
    ("filled", QT_TRANSLATE_NOOP("ProgramHeader", "With these answers")),
)


class ModuleHeader(QWidget):
    """Title, summary, "About N minutes", and buttons: past entries, print, edit."""

    history_clicked = Signal()
    print_requested = Signal(str)  # "blank", "fillable" or "filled"
    edit_clicked = Signal()

    def __init__(self, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = module
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
        self.summary: QLabel | None = None
        if module.summary:
            summary = QLabel(module.summary, self)
            summary.setWordWrap(True)
            theme.set_role(summary, "muted")
            layout.addWidget(summary)
            self.summary = summary
        self.compact = False

        row = WrapLayout(spacing=8)  # buttons go onto a second line rather than past the edge
        self.meta = QLabel(self)
        theme.set_role(self.meta, "muted")
        self._meta_text = (
            QCoreApplication.translate("ModuleHeader", "About {estimated_minutes} minutes").format(
                estimated_minutes=module.estimated_minutes
            )
            if module.estimated_minutes
            else ""
        )
        self.meta.setText(self._meta_text)
        row.addWidget(self.meta)
        self.edit_button = QPushButton(
            QCoreApplication.translate("ModuleHeader", "Edit these answers"), self
        )
        self.edit_button.clicked.connect(self.edit_clicked)
        self.edit_button.hide()
        self.history_button = QPushButton(
            QCoreApplication.translate("ModuleHeader", "Past entries"), self
        )
        self.history_button.clicked.connect(self.history_clicked)
        self.print_button = QPushButton(
            QCoreApplication.translate("ModuleHeader", "Print or save…"), self
        )
        self.print_button.setAccessibleName(
            QCoreApplication.translate("ModuleHeader", "Print or save this module as a PDF")
        )
        menu = QMenu(self.print_button)
        self.print_actions: dict[str, QAction] = {}
        for mode, source in PRINT_MODES:
            text = QCoreApplication.translate("ProgramHeader", source)
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, m=mode: self.print_requested.emit(m))
            self.print_actions[mode] = action
        self.print_button.setMenu(menu)
        for button in (self.edit_button, self.history_button, self.print_button):
            row.addWidget(button)
        layout.addSpacing(4)
        layout.addLayout(row)

    def set_compact(self, compact: bool) -> None:
        """After the first page the header shrinks to a smaller title and its buttons, so
        the questions get the room (the summary was read on page 1)."""
        if compact == self.compact:
            return
        self.compact = compact
        theme.set_role(self.title, "subtitle" if compact else "title")
        if self.summary is not None:
            self.summary.setVisible(not compact)
        # emptied rather than hidden: it keeps the buttons at their size on the right
        self.meta.setText("" if compact else self._meta_text)

    def set_schedule(self, words: str) -> None:
        """Add how often the module comes due (worded by ``workbook.core.schedule``) beside
        its length: "About 5 minutes · Again every 2 weeks (your clinician's schedule)"."""
        length = (
            QCoreApplication.translate("ModuleHeader", "About {estimated_minutes} minutes").format(
                estimated_minutes=self.module.estimated_minutes
            )
            if self.module.estimated_minutes
            else ""
        )
        self._meta_text = " · ".join(part for part in (length, words) if part)
        self.meta.setText("" if self.compact else self._meta_text)

    def set_filled_printable(self, available: bool) -> None:
        self.print_actions["filled"].setEnabled(available)
