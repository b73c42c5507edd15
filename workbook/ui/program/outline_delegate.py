"""Draws an outline row as the module's title (wrapped, never cut off) with its status beneath."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from workbook.ui.widgets import theme

#: the status text lives in this role of column 0
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD_X, _PAD_Y, _GAP = 10, 7, 2

Index = QModelIndex | QPersistentModelIndex


class OutlineDelegate(QStyledItemDelegate):
    """Title in the normal font, status ("Done", "In progress") in a smaller muted line."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        if option.rect.width() > 0:
            width = option.rect.width()
        else:
            # the column, not the viewport: the two differ for a moment while a scroll
            # bar comes or goes, and the narrower one is what painting will get
            width = min(self.view.viewport().width(), self.view.columnWidth(0) or 10_000)
            if index.parent().isValid():
                width -= self.view.indentation()
        return max(width - 2 * _PAD_X, 60)

    @staticmethod
    def _status_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.88)
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        status = str(index.data(STATUS_ROLE) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        width = self._text_width(option, index)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), flags, title).height()
        if status:
            height += _GAP + QFontMetrics(self._status_font(option.font)).height()
        return QSize(width + 2 * _PAD_X, height + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)
        status = str(index.data(STATUS_ROLE) or "")
        rect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        painter.save()
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        painter.setFont(font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground.color() if foreground is not None else theme.color("text"))
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        used = painter.boundingRect(rect, flags, title)
        painter.drawText(rect, flags, title)
        if status:
            painter.setFont(self._status_font(option.font))
            colour = "accent" if status.startswith("Suggested") else "muted"
            painter.setPen(theme.color(colour))
            below = QRect(rect.left(), used.bottom() + _GAP, rect.width(), rect.height())
            painter.drawText(
                below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), status
            )
        painter.restore()
