"""The focused control is always in view: whatever moves focus (Tab, arrow keys in an answer
group, a page change, a problem to fix), the page scrolls to show it.

QScrollArea only does this for Tab; focus moved by code or by arrow keys could land
in a box below the visible area, and typing then went in unseen.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

#: room kept around the focused control, so its label or ring isn't at the very edge
MARGIN = 32

_installed = False


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every page (scroll area) that holds ``widget`` so that it shows."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and (inner is widget or inner.isAncestorOf(widget)):
                _reveal(parent, inner, widget)
        child, parent = parent, parent.parentWidget()


def _reveal(area: QScrollArea, inner: QWidget, widget: QWidget) -> None:
    """The whole control with some room around it; a control taller than the page shows
    its top, where its label is. (QScrollArea.ensureWidgetVisible aims at a text box's
    cursor line only, which left most of a box below the edge.)"""
    top_left = widget.mapTo(inner, QPoint(0, 0))
    for bar, start, length, room in (
        (area.verticalScrollBar(), top_left.y(), widget.height(), area.viewport().height()),
        (area.horizontalScrollBar(), top_left.x(), widget.width(), area.viewport().width()),
    ):
        value = bar.value()
        if start + length + MARGIN > value + room:
            value = start + length + MARGIN - room
        if start - MARGIN < value:
            value = start - MARGIN
        bar.setValue(max(bar.minimum(), min(value, bar.maximum())))


class _Keeper(QObject):
    """Watches the focused control and the pages around it: when the control grows (a text
    box wrapping onto more lines) or moves, or a page's length changes (a page just shown
    being laid out), the page scrolls again to keep the control in view."""

    def __init__(self) -> None:
        super().__init__()
        self.focused: QWidget | None = None
        self.watched: list[QWidget] = []

    def follow(self, widget: QWidget | None) -> None:
        for old in self.watched:
            with contextlib.suppress(RuntimeError):  # already gone
                old.removeEventFilter(self)
        self.focused = widget
        self.watched = [] if widget is None else [widget, *_pages_around(widget)]
        for watched in self.watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # A page moves inside its scroll area when the person scrolls: only its growing
        # counts, or the wheel could never take the page away from the focused box.
        moved = kind == QEvent.Type.Move and watched is self.focused
        if self.focused is not None and (kind == QEvent.Type.Resize or moved):
            try:
                scroll_into_view(self.focused)
            except RuntimeError:  # the focused widget went with its page
                self.focused = None
        return False


def _pages_around(widget: QWidget) -> list[QWidget]:
    pages = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and (page := parent.widget()) is not None:
            pages.append(page)
        parent = parent.parentWidget()
    return pages


_keeper: _Keeper | None = None


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    _keeper.follow(new)
    if new is None:
        return
    scroll_into_view(new)
    # once more after layouts settle (a page just shown has not been laid out yet)
    QTimer.singleShot(0, lambda: _again(new))


def _again(widget: QWidget) -> None:
    try:
        if widget.hasFocus():
            scroll_into_view(widget)
    except RuntimeError:  # the widget went (a page closed) before the second look
        pass


def install(app: QObject | None = None) -> None:
    """Follow focus in this application from now on (safe to call more than once)."""
    global _installed
    app = app or QApplication.instance()
    if _installed or not isinstance(app, QApplication):
        return
    app.focusChanged.connect(_focus_changed)
    _installed = True
