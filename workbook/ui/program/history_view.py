"""Past entries of a repeatable module: open one, change one (a new revision), compare two."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core import scoring
from workbook.core.language.model import Module
from workbook.core.wording.dates import date_time_in_words
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost


def entry_summary(module: Module, entry: Any) -> str:
    """One line for a list: the date and, for scored modules, the scores and bands."""
    when = date_time_in_words(entry.completed_at or entry.updated_at)
    if not entry.is_complete:
        return QCoreApplication.translate(
            "ProgramHistoryView", "{when} — draft, not finished yet"
        ).format(when=when)
    parts = []
    if entry.results:
        results = scoring.Results.from_json(module, entry.results)
        for result in results.scores:
            band = f" ({result.band.label})" if result.band is not None else ""
            parts.append(f"{result.score.label} {result.display}{band}")
    line = f"{when} — " + ", ".join(parts) if parts else when
    risks = [a for r in scoring.raised_risks(module, [entry]) for a in r.answers]
    return line + (
        QCoreApplication.translate("ProgramHistoryView", "\n⚠ Risk answer: ") + "; ".join(risks)
        if risks
        else ""
    )


class HistoryView(QWidget):
    """Every entry of one module, newest first. Tick two to compare them."""

    open_entry = Signal(str)  # entry id, read-only
    edit_entry = Signal(str)  # entry id, to change
    compare_entries = Signal(str, str)  # earlier id, later id
    back = Signal()

    def __init__(self, service: ScreenHost, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.module = module
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(14)
        layout.addWidget(
            label(
                QCoreApplication.translate("HistoryView", "Past entries — {title}").format(
                    title=module.title
                ),
                "title",
            )
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "HistoryView",
                    "Open an entry to read it, or change it (your earlier answers are kept). Tick two entries to compare them side by side.",
                ),
                "muted",
            )
        )

        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("HistoryView", "Past entries"))
        self.list.setSpacing(3)
        self.list.itemActivated.connect(lambda item: self._open(item))
        self.list.itemChanged.connect(lambda _item: self._update_buttons())
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.list, 1)

        row = WrapLayout(spacing=10)  # onto a second line rather than past the edge
        self.back_button = QPushButton(
            QCoreApplication.translate("HistoryView", "Back to the module"), self
        )
        self.back_button.clicked.connect(self.back)
        self.open_button = QPushButton(QCoreApplication.translate("HistoryView", "Open"), self)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.edit_button = QPushButton(QCoreApplication.translate("HistoryView", "Change"), self)
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("HistoryView", "Change this entry")
        )
        self.edit_button.clicked.connect(self._edit)
        self.compare_button = QPushButton(
            QCoreApplication.translate("HistoryView", "Compare the two ticked"), self
        )
        self.compare_button.clicked.connect(self._compare)
        row.addWidget(self.back_button)
        for button in (self.open_button, self.edit_button, self.compare_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.empty = QLabel(
            QCoreApplication.translate(
                "HistoryView", "Nothing here yet. Entries appear once you start this module."
            ),
            self,
        )
        theme.set_role(self.empty, "muted")
        layout.insertWidget(2, self.empty)
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        workbook = self.service.require()
        for entry in workbook.entries(self.module.id):
            item = QListWidgetItem(entry_summary(self.module, entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, entry.is_complete)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self._update_buttons()

    def entry_ids(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def ticked(self) -> list[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, entry_id: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        current = self.list.currentItem()
        self.open_button.setEnabled(current is not None)
        self.edit_button.setEnabled(
            current is not None and bool(current.data(Qt.ItemDataRole.UserRole + 1))
        )
        self.compare_button.setEnabled(len(self.ticked()) == 2)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_entry.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _edit(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.edit_entry.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _compare(self) -> None:
        ticked = self.ticked()
        if len(ticked) == 2:
            later, earlier = ticked  # the list is newest first
            self.compare_entries.emit(earlier, later)
