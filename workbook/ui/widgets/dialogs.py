"""Calm dialogs for when something didn't work: what happened, what to do next, no traceback.

The app's message boxes are these too (a crash, the fallback help, confirming a restore):
QMessageBox cannot scroll, so with large text its buttons could end up off the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets import fit
from workbook.ui.widgets.page_keys import not_a_tab_stop, scroll_from
from workbook.ui.widgets.screen_support import label


class _WordsScroll(QScrollArea):
    """A dialog's words: as tall as they need when the screen has room, scrolling when not."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        not_a_tab_stop(self)
        scroll_from(self, parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

    def sizeHint(self) -> QSize:
        # QScrollArea's own hint stops at 24 lines and ignores how wrapped words grow;
        # the dialog's cap (fit.keep_on_screen) is what keeps it on the screen.
        page = self.widget()
        if page is None:
            return super().sizeHint()
        width = max(page.sizeHint().width(), page.minimumSizeHint().width())
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, max(height, page.sizeHint().height()))


#: A problem dialog's title when the caller names none.
DEFAULT_TITLE = QT_TRANSLATE_NOOP("ProblemDialog", "That didn't work")
#: Its closing button's words when the caller names none.
CLOSE = QT_TRANSLATE_NOOP("ProblemDialog", "Close")


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
        title: str = DEFAULT_TITLE,
        details: str | None = None,
        actions: Sequence[tuple[str, str]] = (),
        close_label: str = CLOSE,
    ) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        # The defaults are marked above; a caller's own words come already translated.
        title = QCoreApplication.translate("ProblemDialog", title)
        close_label = QCoreApplication.translate("ProblemDialog", close_label)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        fit.keep_on_screen(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 22, 0, 18)
        outer.setSpacing(12)
        # The words scroll inside and the buttons stay below them: at 200 % text on a
        # 1024x700 screen a long message made the dialog taller than the screen, with
        # its buttons off the bottom edge.
        self.words = _WordsScroll(title, self)
        outer.addWidget(self.words, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 0, 24, 0)
        layout.setSpacing(12)
        self.words.setWidget(page)

        headline = label(message, "subtitle")
        headline.setAccessibleName(QCoreApplication.translate("ProblemDialog", "What happened"))
        layout.addWidget(headline)

        body = label(advice)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(QCoreApplication.translate("ProblemDialog", "What you can do"))
        layout.addWidget(body)

        if details:
            box = QPlainTextEdit(details)
            box.setReadOnly(True)
            box.setAccessibleName(QCoreApplication.translate("ProblemDialog", "Details"))
            box.setMinimumHeight(140)
            layout.addWidget(box)
        layout.addStretch(1)

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
        buttons.setContentsMargins(24, 0, 24, 0)
        outer.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._grow_to_words)

    def _grow_to_words(self) -> None:
        """Taller, up to the screen's free area, when the words need it: Qt opens a window
        at two thirds of the screen at most, and scrolling a message that would have fit
        is one more thing to do."""
        page = self.words.widget()
        if page is None:
            return
        need = page.heightForWidth(self.words.viewport().width()) - self.words.viewport().height()
        if need > 0:
            self.resize(self.width(), self.height() + need)  # keep_on_screen caps it

    def _choose(self, key: str) -> None:
        self.chosen = key
        self.accept()


def show_problem(
    parent: QWidget | None,
    message: str,
    advice: str,
    *,
    title: str = DEFAULT_TITLE,
    details: str | None = None,
    actions: Sequence[tuple[str, str]] = (),
    close_label: str = CLOSE,
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


def show_error(
    parent: QWidget | None,
    exc: BaseException,
    *,
    title: str = DEFAULT_TITLE,
    actions: Sequence[tuple[str, str]] = (),
    close_label: str = CLOSE,
) -> str | None:
    """Show any failure with the store's own message and advice (or a kind default)."""
    from workbook.ui.failure_words import describe_error

    message, advice = describe_error(exc)
    return show_problem(
        parent, message, advice, title=title, actions=actions, close_label=close_label
    )


def show_message(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something went as asked (``title`` is also its heading)."""
    show_problem(parent, title, text, title=title)


def confirm(
    parent: QWidget | None,
    title: str,
    question: str,
    explanation: str,
    *,
    yes_label: str,
    no_label: str,
) -> bool:
    """Ask before something that can't be undone; the safe answer (``no_label``) is the default."""
    return (
        show_problem(
            parent,
            question,
            explanation,
            title=title,
            actions=[(yes_label, "yes")],
            close_label=no_label,
        )
        == "yes"
    )
