"""A row of controls that wraps onto more lines when the window is too narrow for it.

Rating scales and button rows use it so nothing is ever pushed past the right edge: at
1024 px or with large text a 0-10 scale becomes two even rows (0-5, 6-10) instead of
hiding 9 and 10 off-screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class WrapLayout(QLayout):
    """Lays items out left to right and wraps them onto further lines when needed.

    ``even=True`` gives every item the same width and spreads the items evenly over
    the lines (a scale's points); otherwise each item keeps its natural width (buttons).
    ``widest`` caps an even item's width, so a scale never stretches across a wide page.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        even: bool = False,
        widest: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._even = even
        self._widest = widest
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ----------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        gaps = self.spacing() * (len(shown) - 1)
        if self._even:
            width = self._even_width(shown, None) * len(shown) + gaps
        else:
            width = sum(item.sizeHint().width() for item in shown) + gaps
        height = max(item.sizeHint().height() for item in shown)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        width = max(item.minimumSize().width() for item in shown)
        height = max(item.minimumSize().height() for item in shown)
        return self._with_margins(QSize(width, height))

    # -- arranging --------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _even_width(self, shown: list[QLayoutItem], room: int | None) -> int:
        """One width for every item: at least the widest item's minimum, at most ``widest``."""
        least = max(item.minimumSize().width() for item in shown)
        natural = max(item.sizeHint().width() for item in shown)
        most = max(self._widest or natural, least)
        return least if room is None else max(least, min(room, most))

    def _lines(self, shown: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        space = self.spacing()
        if self._even:
            least = self._even_width(shown, None)
            per_line = max(1, (width + space) // (least + space))
            lines = math.ceil(len(shown) / per_line)
            per_line = math.ceil(len(shown) / lines)  # 6 + 5, not 9 + 2
            return [shown[i : i + per_line] for i in range(0, len(shown), per_line)]
        result: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in shown:
            need = item.sizeHint().width()
            if result[-1] and used + space + need > width:
                result.append([])
                used = 0
            used += (space if result[-1] else 0) + need
            result[-1].append(item)
        return result

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``move``); the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = self._shown()
        if not shown:
            return 0
        space = self.spacing()
        y = area.y()
        lines = self._lines(shown, max(area.width(), 1))
        per_line = max(len(line) for line in lines)
        even = 0
        if self._even:
            even = self._even_width(shown, (area.width() - space * (per_line - 1)) // per_line)
        for line in lines:
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item in line:
                width = even or min(item.sizeHint().width(), area.width())
                width = max(width, item.minimumSize().width()) if not even else width
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + space
            y += height + space
        return y - space - area.y() + m.top() + m.bottom()
