"""A read-only view of a finished plan entry (the safety plan), its steps in the module's order.

The person's words are always shown as plain text, never interpreted as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workbook.core.language.model import Field, FieldType, Module
from workbook.ui import theme


def answer_lines(field: Field | None, value: Any) -> list[str]:
    """An answer as lines of plain text; empty when there is nothing to show."""
    if value is None or value == "" or value == []:
        return []
    kind = field.type if field is not None else None
    if isinstance(value, bool):
        return ["Yes" if value else "No"]
    if kind in (FieldType.CHOICE,) and field is not None and isinstance(value, str):
        option = field.option(value)
        return [option.label if option else value]
    if isinstance(value, list):
        lines: list[str] = []
        for item in value:
            if isinstance(item, Mapping):
                lines.append(_row_text(field, item))
            elif field is not None and isinstance(item, str) and field.option(item):
                option = field.option(item)
                lines.append(option.label if option else item)
            elif str(item).strip():
                lines.append(str(item))
        return [line for line in lines if line]
    if kind == FieldType.DATE and isinstance(value, str):
        try:
            return [date.fromisoformat(value).strftime("%d %B %Y").lstrip("0")]
        except ValueError:
            return [value]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    unit = f" {field.unit}" if field is not None and field.unit else ""
    return [text + unit] if text else []


def _row_text(field: Field | None, row: Mapping[str, Any]) -> str:
    labels = {c.id: c.label for c in field.columns} if field is not None else {}
    parts = [
        f"{labels.get(key, key)}: {val}" for key, val in row.items() if val not in (None, "", [])
    ]
    return "; ".join(parts)


def plan_steps(module: Module | None, answers: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(step title, lines) for every answered field, in the module's order."""
    steps: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    fields = module.fields if module is not None else ()
    for field in fields:
        seen.add(field.id)
        lines = answer_lines(field, answers.get(field.id))
        if lines:
            steps.append((field.label, lines))
    # Answers the module no longer asks (an older version) are still the person's words.
    for key, value in answers.items():
        if key not in seen:
            lines = answer_lines(None, value)
            if lines:
                steps.append((key.replace("_", " ").capitalize(), lines))
    return steps


class PlanView(QWidget):
    """The steps of a plan, numbered, each with its items as a bulleted list."""

    def __init__(
        self,
        module: Module | None,
        answers: Mapping[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Your safety plan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.steps = plan_steps(module, answers)
        for number, (title, lines) in enumerate(self.steps, start=1):
            step = QFrame()
            theme.set_role(step, "card")
            box = QVBoxLayout(step)
            box.setContentsMargins(14, 10, 14, 10)
            box.setSpacing(4)
            heading = QLabel(f"{number}. {title}")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            theme.set_role(heading, "subtitle")
            box.addWidget(heading)
            for line in lines:
                item = QLabel(("•  " if len(lines) > 1 else "") + line)
                item.setTextFormat(Qt.TextFormat.PlainText)
                item.setWordWrap(True)
                item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                box.addWidget(item)
            layout.addWidget(step)

    def clear_content(self) -> None:
        """Forget the person's words (the app is locking)."""
        for label in self.findChildren(QLabel):
            label.clear()
        self.steps = []
