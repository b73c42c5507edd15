"""A read-only view of a finished plan entry (the safety plan), its steps in the module's order.

The person's words are always shown as plain text, never interpreted as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workbook.core.language.answer_words import answer_parts
from workbook.core.language.model import Field, Module
from workbook.ui.widgets import theme


def answer_lines(field: Field | None, value: Any) -> list[str]:
    """An answer as lines of plain text (``workbook.core.language.answer_words``); empty when
    there is nothing to show."""
    return list(answer_parts(field, value))


@dataclass(frozen=True)
class PlanStep:
    """One step of a plan: a heading and its answered questions (label shown when several)."""

    title: str
    parts: tuple[tuple[str | None, tuple[str, ...]], ...]


def plan_steps(module: Module | None, answers: Mapping[str, Any]) -> list[PlanStep]:
    """The answered steps of a plan, one per module page that has answers, in order."""
    steps: list[PlanStep] = []
    seen: set[str] = set()
    if module is None:
        return steps
    for page in module.pages:
        answered = []
        for field in page.fields:
            seen.add(field.id)
            lines = answer_lines(field, answers.get(field.id))
            if lines:
                answered.append((field, tuple(lines)))
        if not answered:
            continue
        several = len(answered) > 1
        title = page.title or (module.title if several else answered[0][0].label)
        parts = tuple(((f.label if several else None), lines) for f, lines in answered)
        steps.append(PlanStep(title, parts))
    # Answers the module no longer asks (an older version) are still the person's words.
    for key, value in answers.items():
        lines = answer_lines(None, value) if key not in seen else []
        if lines:
            steps.append(PlanStep(key.replace("_", " ").capitalize(), ((None, tuple(lines)),)))
    return steps


def _plain(text: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        theme.set_role(label, role)
    return label


class PlanView(QWidget):
    """The steps of a plan, each titled by its page, its items as a bulleted list."""

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
        for step in self.steps:
            card = QFrame()
            theme.set_role(card, "card")
            box = QVBoxLayout(card)
            box.setContentsMargins(14, 10, 14, 10)
            box.setSpacing(4)
            box.addWidget(_plain(step.title, "subtitle"))
            for part_label, lines in step.parts:
                if part_label:
                    box.addWidget(_plain(part_label, "muted"))
                for line in lines:
                    box.addWidget(_plain(("•  " if len(lines) > 1 else "") + line))
            layout.addWidget(card)

    def clear_content(self) -> None:
        """Forget the person's words (the app is locking)."""
        for label in self.findChildren(QLabel):
            label.clear()
        self.steps = []
