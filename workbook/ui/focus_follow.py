"""The focused control is always in view: whatever moves focus (Tab, arrow keys in an answer
group, a page change, a problem to fix), the page scrolls to show it.

QScrollArea only does this for Tab; focus moved by code or by arrow keys could land
in a box below the visible area, and typing then went in unseen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

#: room kept around the focused control, so its label or ring isn't at the very edge
MARGIN = 32

_installed = False


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every page (scroll area) that holds ``widget`` so that it shows."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            inner = parent.widget()
            if inner is widget or inner.isAncestorOf(widget):
                # A control taller than the page shows its top, where its label is.
                ymargin = min(MARGIN, max((parent.viewport().height() - widget.height()) // 2, 0))
                parent.ensureWidgetVisible(widget, MARGIN, ymargin)
        child, parent = parent, parent.parentWidget()


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
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
