"""The program's stages and modules down the side, each with where the person is with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Program
from workbook.ui.program.outline_delegate import STATUS_ROLE, OutlineDelegate
from workbook.ui.widgets import theme

STATUS_WORDS = {
    "completed": QT_TRANSLATE_NOOP("ProgramOutline", "Done"),
    "in_progress": QT_TRANSLATE_NOOP("ProgramOutline", "In progress"),
    "not_started": "",
    "recommended": QT_TRANSLATE_NOOP("ProgramOutline", "Suggested"),
}


class ProgramOutline(QTreeWidget):
    """Stages (headings) with their modules; choosing a module emits ``module_chosen``."""

    module_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(QCoreApplication.translate("ProgramOutline", "Program modules"))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(OutlineDelegate(self))
        # rows re-wrap when the column changes width (e.g. a scroll bar appears)
        self.header().sectionResized.connect(lambda *_a: self.scheduleDelayedItemsLayout())
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._heads: list[QTreeWidgetItem] = []
        theme.when_restyled(self, self._colour_heads)

    def build(self, program: Program) -> None:
        self.clear()
        self._items.clear()
        self._heads.clear()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for stage in program.stages:
            modules = program.modules_in(stage.id)
            if not modules:
                continue
            head = QTreeWidgetItem([stage.title])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._heads.append(head)
            self.addTopLevelItem(head)
            for module in modules:
                item = QTreeWidgetItem([module.title])
                item.setData(0, Qt.ItemDataRole.UserRole, module.id)
                item.setToolTip(0, module.summary)
                head.addChild(item)
                self._items[module.id] = item
            head.setExpanded(True)
        self._colour_heads()

    def _colour_heads(self) -> None:
        """Stage headings in the muted colour of the scheme in use (again after a switch)."""
        for head in self._heads:
            head.setForeground(0, QBrush(theme.color("muted")))

    def set_status(self, progress: dict[str, Any], recommended: set[str]) -> None:
        """Show Done / In progress / Suggested beside each module."""
        for module_id, item in self._items.items():
            found = progress.get(module_id)
            state = "not_started" if found is None else found.status
            if state == "not_started" and module_id in recommended:
                state = "recommended"
            words = QCoreApplication.translate("ProgramOutline", STATUS_WORDS.get(state, "") or "")
            item.setData(0, STATUS_ROLE, words)
            title = item.text(0)
            item.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"{title}, {words}" if words else title
            )

    def select_module(self, module_id: str | None) -> None:
        self.blockSignals(True)
        item = self._items.get(module_id or "")
        self.setCurrentItem(item) if item is not None else self.clearSelection()
        self.blockSignals(False)

    def status_text(self, module_id: str) -> str:
        item = self._items.get(module_id)
        return "" if item is None else str(item.data(0, STATUS_ROLE) or "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows re-wrap to the new width

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        module_id = item.data(0, Qt.ItemDataRole.UserRole)
        if module_id:
            self.module_chosen.emit(str(module_id))
