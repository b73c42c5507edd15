"""One page of a module laid out top to bottom: its title, prose, boxes and questions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Callout, Field, Module, Page, Prose
from workbook.ui.fields import FieldWidget, widget_for
from workbook.ui.program.callouts import CalloutBox
from workbook.ui.program.prose import ProseView, render_markdown
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

ALL_REQUIRED = QT_TRANSLATE_NOOP("ProgramPageView", "All questions on this page need an answer.")
ALL_BUT_OPTIONAL = QT_TRANSLATE_NOOP(
    "ProgramPageView", "All questions on this page need an answer, except %n marked (optional)."
)


def says_required_once(page: Page) -> bool:
    """Whether a page's questions are (nearly) all required, so one line at the top says so.

    "(required)" after each of nine questionnaire items is noise; saying it once and
    marking the odd optional question is calmer. Pages with few required questions
    keep marking those.
    """
    fields = page.fields
    required = sum(1 for f in fields if f.required)
    return required >= 2 and required > len(fields) - required


def required_note(fields: list[Field]) -> str:
    """The line for the questions showing now (an optional one may appear only later)."""
    optional = sum(1 for f in fields if not f.required)
    if not optional:
        return QCoreApplication.translate("ProgramPageView", ALL_REQUIRED)
    return QCoreApplication.translate("ProgramPageView", ALL_BUT_OPTIONAL, None, optional)


class PageView(QWidget):
    """Widgets for one page, in the author's order. ``fields`` maps field id → widget."""

    def __init__(
        self, module: Module, page: Page, service: ScreenHost, parent: QWidget | None = None
    ):
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
        self.required_note: QLabel | None = None
        if says_required_once(page):
            self.required_note = QLabel(required_note(list(page.fields)), self)
            self.required_note.setWordWrap(True)
            theme.set_role(self.required_note, "muted")
            layout.addWidget(self.required_note)
        for block in page.blocks:
            layout.addWidget(self._widget_for(block, base_dir, service))
        if self.required_note is not None:
            for widget in self.fields.values():
                widget.set_marker(None if widget.field.required else "optional")
        layout.addStretch(1)

    def _widget_for(
        self, block: Prose | Callout | Field, base_dir: Any, service: ScreenHost
    ) -> QWidget:
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
        if self.required_note is not None:
            shown = [w.field for fid, w in self.fields.items() if fid in visible]
            self.required_note.setText(required_note(shown))

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
        if self.required_note is not None:
            self.required_note.setVisible(not read_only)  # nothing to answer when only reading
        for widget in self.fields.values():
            widget.set_read_only(read_only)
