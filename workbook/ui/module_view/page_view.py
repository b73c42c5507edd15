"""One page of a module laid out top to bottom: its title, prose, boxes and questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbook.core.language.model import Callout, Field, Module, Page, Prose
from workbook.ui import theme
from workbook.ui.fields import FieldWidget, widget_for
from workbook.ui.module_view.callouts import CalloutBox
from workbook.ui.module_view.prose import ProseView, render_markdown


class PageView(QWidget):
    """Widgets for one page, in the author's order. ``fields`` maps field id → widget."""

    def __init__(self, module: Module, page: Page, service: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.fields: dict[str, FieldWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        base_dir = module.path.parent
        if page.title:
            title = QLabel(page.title, self)
            title.setWordWrap(True)
            theme.set_role(title, "subtitle")
            title.setAccessibleName(page.title)
            layout.addWidget(title)
        for block in page.blocks:
            layout.addWidget(self._widget_for(block, base_dir, service))
        layout.addStretch(1)

    def _widget_for(self, block: Prose | Callout | Field, base_dir: Any, service: Any) -> QWidget:
        if isinstance(block, Field):
            widget = widget_for(block)
            widget.setParent(self)
            self.fields[block.id] = widget
            return widget
        if isinstance(block, Callout):
            return CalloutBox(block, service, self)
        return ProseView(render_markdown(block.markdown, base_dir), self)

    def show_fields(self, visible: set[str]) -> None:
        """Show the questions whose conditions hold, hide the rest (their words are kept)."""
        for field_id, widget in self.fields.items():
            widget.setVisible(field_id in visible)

    def first_focusable(self) -> QWidget | None:
        for widget in self.fields.values():
            if not widget.isHidden():
                return widget
        return None

    def clear(self) -> None:
        """Forget every answer shown (and its undo history)."""
        for widget in self.fields.values():
            widget.clear()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            widget.set_read_only(read_only)
