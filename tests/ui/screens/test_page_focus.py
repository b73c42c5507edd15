"""Tab goes to the controls on a page, never rings the whole page; Page Down still scrolls it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from screens_fakes import FakeService

from workbook.ui.safety.panel import show_safety_panel


def _small_panel(qtbot: QtBot, service: FakeService) -> QWidget:
    """Need help now on a small screen: its contents must scroll."""
    panel = show_safety_panel(service, None)
    qtbot.addWidget(panel)
    panel.resize(560, 380)
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.wait(20)
    return panel


def _in_view(widget: QWidget) -> bool:
    """At least a line of ``widget`` shows inside every page and window that holds it."""
    shown = QRect(QPoint(0, 0), widget.size())
    offset, child, parent = QPoint(0, 0), widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        offset += child.pos()
        shown = shown.intersected(QRect(QPoint(0, 0), parent.size()).translated(-offset))
        child, parent = parent, parent.parentWidget()
    return shown.height() >= min(widget.height(), 16) and shown.width() > 0


def test_tab_never_rings_the_whole_panel_and_each_stop_is_in_view(
    qtbot: QtBot, fake_service: FakeService
) -> None:
    """Every Tab stop in Need help now is a control, scrolled into view; none is the panel."""
    panel = _small_panel(qtbot, fake_service)
    assert panel.page_scroll.verticalScrollBar().maximum() > 0, "the panel should scroll here"
    panel.focusNextChild()
    first = QApplication.focusWidget()
    seen = []
    for _ in range(80):
        current = QApplication.focusWidget()
        assert current is not None
        assert not isinstance(current, QAbstractScrollArea), "Tab rang a whole page"
        qtbot.wait(5)  # the second scroll after layouts settle
        assert _in_view(current), f"{current.accessibleName() or current} is out of view"
        seen.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
    assert len(seen) >= 3


def test_page_down_from_close_scrolls_the_panel(qtbot: QtBot, fake_service: FakeService) -> None:
    """The panel is no Tab stop, so Page Down works from the Close button beside it."""
    panel = _small_panel(qtbot, fake_service)
    close = panel.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.setFocus()
    bar = panel.page_scroll.verticalScrollBar()
    bar.setValue(0)
    qtbot.keyClick(close, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(close, Qt.Key.Key_PageUp)
    assert bar.value() == 0
