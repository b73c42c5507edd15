"""A read-only view of a finished plan (the safety plan): its steps, as the core lays them
out (``workbook.core.usecases.plans``).

The person's words are always shown as plain text, never interpreted as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workbook.core.usecases.plans import PlanStep
from workbook.ui.widgets import theme


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

    def __init__(self, steps: Sequence[PlanStep], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("PlanView", "Your safety plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.steps = list(steps)
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
