"""Windows never larger than the screen they open on: dialogs are capped and scroll inside.

Every window the app opens asks ``keep_on_screen`` to shrink it to the screen's
available area when it shows, so Close, Save as PDF and Print stay reachable on a
1366x768 or 1024x700 laptop; its content scrolls inside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: what the main window asks for on a large screen; smaller screens get their whole area
PREFERRED_WINDOW = QSize(1280, 860)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without panels and docks)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager adds around the window (title bar, borders), if known yet."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(frame.width() - inner.width(), 0), max(frame.height() - inner.height(), 0))


def default_window_size(window: QWidget) -> QSize:
    """The main window's first size: roomy on a big screen, the whole area on a small one."""
    space = available_geometry(window).size()
    return PREFERRED_WINDOW.boundedTo(space)


def cap_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available area and move it fully onto it."""
    area = available_geometry(window)
    extra = _frame_extra(window)
    most = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = window.size()
    if size.width() > most.width() or size.height() > most.height():
        window.resize(size.boundedTo(most))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


class _ScreenFitter(QObject):
    """Caps its window when it is shown, and again if it grows past the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and isinstance(watched, QWidget):
            cap_to_screen(watched)
        return False


_fitter: _ScreenFitter | None = None


def keep_on_screen(window: QWidget) -> QWidget:
    """Keep ``window`` (a dialog or the main window) within its screen whenever it shows.

    A filter on the window itself, not on the application: an application-wide filter
    would run Python for every event of every widget.
    """
    global _fitter
    if _fitter is None:
        _fitter = _ScreenFitter()
    window.installEventFilter(_fitter)
    return window
