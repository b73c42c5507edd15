"""The frame every answer widget shares: the question, its help, the editor and an inline message.

Each field type only builds its editor and converts between the editor and the JSON
value scoring expects (see ``workbook.core.scoring``). Everything a person or a screen
reader needs around the editor — the label as accessible name, help as accessible
description, the "required" hint, a validation message — lives here once.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbook.core.language.model import Field
from workbook.ui.widgets import theme


def chain_tab_order(anchor: QWidget, widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` in order right after ``anchor``.

    Qt orders Tab by creation time, so rows added later would otherwise be reached
    only after everything else on the page. ``anchor`` is an empty widget created
    where the group starts, so the group keeps its place when rows come and go.
    """
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def make_anchor(parent: QWidget) -> QWidget:
    """An invisible marker for ``chain_tab_order`` that Tab never stops on."""
    anchor = QWidget(parent)
    anchor.setFixedSize(0, 0)
    # ClickFocus, not NoFocus: setTabOrder ignores NoFocus widgets; at 0×0 it is never clicked
    anchor.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return anchor


def _marker_word(word: str) -> str:
    """ "required" / "optional" in the person's language."""
    if word == "required":
        return QCoreApplication.translate("FieldWidget", "required")
    if word == "optional":
        return QCoreApplication.translate("FieldWidget", "optional")
    return word


class FieldWidget(QWidget):
    """A question with its answer editor. Subclasses build the editor and convert values."""

    #: the person changed the answer (never emitted by ``set_value`` or ``clear``)
    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._loading = False
        self._read_only = False
        self._error_text: str | None = None
        self.setObjectName(f"field-{field.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)

        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._marker: str | None = None
        self.set_marker("required" if field.required else None)
        theme.when_restyled(self._label, lambda: self.set_marker(self._marker))
        font = QFont(self._label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self._label.setFont(font)
        self._label.setAccessibleName(field.label)
        layout.addWidget(self._label)

        self._help: QLabel | None = None
        if field.help:
            self._help = QLabel(field.help, self)
            self._help.setWordWrap(True)
            self._help.setTextFormat(Qt.TextFormat.PlainText)
            theme.set_role(self._help, "muted")  # the shared sheet follows light/dark
            layout.addWidget(self._help)

        editor = self._build_editor()
        layout.addWidget(editor)
        self._editor = editor

        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        theme.follow_style(
            self._error,
            lambda p: f"color: {p.danger}; font-weight: 600;",
        )
        self._error.setObjectName(f"field-{field.id}-error")
        self._error.hide()
        layout.addWidget(self._error)
        self._describe()

    # -- what subclasses provide -------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        raise NotImplementedError

    def _accessible_widgets(self) -> list[QWidget]:
        """The widgets that carry the question as accessible name (default: the editor)."""
        return [self._editor]

    def _member_widgets(self) -> list[QWidget]:
        """Parts with their own names (options, scale points): described with the question too."""
        return []

    def value(self) -> Any:
        """The answer as a JSON value, or None when unanswered."""
        raise NotImplementedError

    def _apply_value(self, value: Any) -> None:
        raise NotImplementedError

    def _apply_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def _clear_editor(self) -> None:
        raise NotImplementedError

    def focus_editor(self) -> None:
        """Put keyboard focus on the first part of the answer."""
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the shared behaviour ----------------------------------------------------------------
    def set_marker(self, word: str | None) -> None:
        """A quiet word in brackets after the question: "required" unless the page says
        once at the top that its questions need answers (then only "optional" ones are
        marked). Screen readers hear "Required." in the description either way."""
        self._marker = word
        marker = ""
        if word:
            muted = theme.palette().muted
            shown = escape(_marker_word(word))
            marker = f' <span style="color:{muted}; font-weight:normal">({shown})</span>'
        self._label.setText(escape(self.field.label) + marker)

    def set_value(self, value: Any) -> None:
        """Show a saved answer. Values of the wrong shape (an older module version) are ignored."""
        self._loading = True
        try:
            self._apply_value(value)
        except (TypeError, ValueError, AttributeError):
            self._clear_editor()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def clear(self) -> None:
        """Forget the answer, its undo history and any message (used on lock)."""
        self._loading = True
        try:
            self._clear_editor()
        finally:
            self._loading = False
        self.set_error(None)

    def set_error(self, message: str | None) -> None:
        """Show (or hide) a validation message under the question."""
        self._error_text = message
        self._error.setText(message or "")
        self._error.setVisible(bool(message))
        self._describe()

    def error(self) -> str | None:
        return self._error_text

    def _emit_changed(self) -> None:
        if not self._loading and not self._read_only:
            self.changed.emit()

    def _describe(self) -> None:
        required = (
            QCoreApplication.translate("FieldWidget", "Required.") if self.field.required else None
        )
        parts = [p for p in (self._error_text, required, self.field.help) if p]
        description = " ".join(parts)
        for widget in self._accessible_widgets():
            if not widget.accessibleName():
                widget.setAccessibleName(self.field.label)
            widget.setAccessibleDescription(description)
        member_description = " ".join([self.field.label, *parts])
        for widget in self._member_widgets():
            widget.setAccessibleDescription(member_description)
