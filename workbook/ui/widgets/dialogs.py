"""Calm dialogs for when something didn't work: what happened, what to do next, no traceback."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.widgets import fit
from workbook.ui.widgets.screen_support import label


class ProblemDialog(QDialog):
    """A message, the advice, optional details, and buttons for the next steps.

    ``actions`` are (label, key) pairs shown as extra buttons; after ``exec()``
    ``chosen`` holds the key of the button pressed (or None for "Close").
    """

    def __init__(
        self,
        parent: QWidget | None,
        message: str,
        advice: str,
        *,
        title: str = "That didn't work",
        details: str | None = None,
        actions: Sequence[tuple[str, str]] = (),
        close_label: str = "Close",
    ) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        fit.keep_on_screen(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)

        headline = label(message, "subtitle")
        headline.setAccessibleName("What happened")
        layout.addWidget(headline)

        body = label(advice)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName("What you can do")
        layout.addWidget(body)

        if details:
            box = QPlainTextEdit(details)
            box.setReadOnly(True)
            box.setAccessibleName("Details")
            box.setMinimumHeight(140)
            layout.addWidget(box)

        buttons = QDialogButtonBox()
        for words, key in actions:
            button = QPushButton(words)
            button.setAccessibleName(words)
            # Enter never takes a step the person did not choose (after a wrong passphrase
            # a second Enter went into recovery): only Close answers it.
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(close_label, QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(close_label)
        close.setDefault(True)
        self.close_button = close
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, key: str) -> None:
        self.chosen = key
        self.accept()


def show_problem(
    parent: QWidget | None,
    message: str,
    advice: str,
    *,
    title: str = "That didn't work",
    details: str | None = None,
    actions: Sequence[tuple[str, str]] = (),
    close_label: str = "Close",
) -> str | None:
    """Show a ProblemDialog and return the chosen action's key (None if closed)."""
    dialog = ProblemDialog(
        parent,
        message,
        advice,
        title=title,
        details=details,
        actions=actions,
        close_label=close_label,
    )
    dialog.exec()
    return dialog.chosen


def show_error(parent: QWidget | None, exc: BaseException, **kwargs: object) -> str | None:
    """Show any failure with the store's own message and advice (or a kind default)."""
    from workbook.ui.failure_words import describe_error

    message, advice = describe_error(exc)
    return show_problem(parent, message, advice, **kwargs)  # type: ignore[arg-type]
