"""A plain-text box that grows with what is written, so long answers never hide in a tiny scroller.

Tab moves to the next control instead of inserting a tab character: people who use the
keyboard must be able to leave the box, and a tab in a journal entry is never wanted.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """QPlainTextEdit whose height follows its wrapped content, between a minimum and a maximum."""

    def __init__(
        self, parent: QWidget | None = None, *, min_lines: int = 3, max_lines: int = 30
    ) -> None:
        super().__init__(parent)
        self._min_lines = max(1, min_lines)
        self._max_lines = max(self._min_lines, max_lines)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _visual_lines(self) -> int:
        lines = 0
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return lines

    def _fit(self) -> None:
        lines = min(max(self._visual_lines(), self._min_lines), self._max_lines)
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin())
        height = (
            lines * metrics.lineSpacing() + 2 * doc_margin + margins.top() + margins.bottom() + 4
        )
        if height != self.height():
            self.setFixedHeight(height)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self._visual_lines() > self._max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
