"""One-line and paragraph answers (``text`` and ``long_text``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.growing_text import GrowingTextEdit


def as_text(value: Any) -> str:
    """A saved answer as text; a list (from an older version of the question) keeps its words."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise ValueError("not text")
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    raise ValueError("not text")


class TextField(FieldWidget):
    """A single line. Nothing typed (or only spaces) counts as unanswered."""

    def _build_editor(self) -> QWidget:
        self._line = QLineEdit(self)
        if self.field.placeholder:
            self._line.setPlaceholderText(self.field.placeholder)
        self._line.textEdited.connect(lambda _text: self._emit_changed())
        return self._line

    def value(self) -> Any:
        text = self._line.text()
        return text if text.strip() else None

    def _apply_value(self, value: Any) -> None:
        # setText also empties the undo history: no earlier wording lingers in memory
        self._line.setText(as_text(value).replace("\n", "; "))

    def _apply_read_only(self, read_only: bool) -> None:
        self._line.setReadOnly(read_only)

    def _clear_editor(self) -> None:
        self._line.setText("")


class LongTextField(FieldWidget):
    """Paragraphs in a box that grows as the person writes."""

    def _build_editor(self) -> QWidget:
        lines = self.field.lines or 3
        self._text = GrowingTextEdit(self, min_lines=min(max(lines, 2), 8))
        if self.field.placeholder:
            self._text.setPlaceholderText(self.field.placeholder)
        self._text.textChanged.connect(self._emit_changed)
        return self._text

    def value(self) -> Any:
        text = self._text.toPlainText()
        return text if text.strip() else None

    def _apply_value(self, value: Any) -> None:
        # setPlainText clears the undo/redo stacks too
        self._text.setPlainText(as_text(value))

    def _apply_read_only(self, read_only: bool) -> None:
        self._text.setReadOnly(read_only)

    def _clear_editor(self) -> None:
        self._text.setPlainText("")
        self._text.document().clearUndoRedoStacks()
