"""The parts that make screens fit: wrapping rows, windows capped to the screen, focus in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workbook.ui.widgets import fit, focus_follow
from workbook.ui.widgets.wrap_layout import WrapLayout


def _row(qtbot: QtBot, count: int, *, even: bool) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    row = WrapLayout(host, spacing=6, even=even, widest=72)
    buttons = []
    for n in range(count):
        button = QPushButton(str(n))
        button.setMinimumWidth(50)
        row.addWidget(button)
        buttons.append(button)
    return host, buttons


def test_a_0_to_10_scale_is_one_line_when_there_is_room(qtbot: QtBot) -> None:
    host, buttons = _row(qtbot, 11, even=True)
    host.resize(900, host.layout().heightForWidth(900))
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) == 1
    assert all(b.geometry().right() < 900 for b in buttons)


def test_a_0_to_10_scale_wraps_into_even_lines_instead_of_running_off_the_edge(
    qtbot: QtBot,
) -> None:
    """At a narrow width 0-5 and 6-10 sit on two lines; every point can be seen and clicked."""
    host, buttons = _row(qtbot, 11, even=True)
    host.resize(400, host.layout().heightForWidth(400))
    host.show()
    qtbot.waitExposed(host)
    lines = sorted({b.y() for b in buttons})
    assert len(lines) == 2
    first_line = [b.text() for b in buttons if b.y() == lines[0]]
    assert first_line == ["0", "1", "2", "3", "4", "5"]
    assert all(b.geometry().right() < 400 for b in buttons)
    assert host.height() >= buttons[-1].geometry().bottom()


def test_a_button_row_wraps_at_natural_widths(qtbot: QtBot) -> None:
    host, buttons = _row(qtbot, 5, even=False)
    host.resize(180, host.layout().heightForWidth(180))
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) > 1
    assert all(b.geometry().right() < 180 for b in buttons)


def test_a_dialog_bigger_than_the_screen_is_shrunk_to_fit_it(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 5000)
    fit.keep_on_screen(dialog)
    dialog.show()
    area = fit.available_geometry(dialog)
    assert dialog.width() <= area.width()
    assert dialog.height() <= area.height()
    assert area.contains(dialog.frameGeometry())


def test_the_first_window_size_comes_from_the_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    size = fit.default_window_size(window)
    area: QRect = fit.available_geometry(window)
    assert size == fit.PREFERRED_WINDOW.boundedTo(area.size())
    assert size.width() <= area.width() and size.height() <= area.height()


def _scrolling_page_of_boxes(qtbot: QtBot, qapp: Any) -> tuple[QScrollArea, list[QLineEdit]]:
    """Forty text boxes in a 300x200 scrolling page, shown, with focus following installed."""
    focus_follow.install(qapp)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    page = QWidget()
    column = QVBoxLayout(page)
    boxes = [QLineEdit(f"box {n}") for n in range(40)]
    for box in boxes:
        column.addWidget(box)
    area.setWidget(page)
    area.resize(QSize(300, 200))
    area.show()
    qtbot.waitExposed(area)
    return area, boxes


def test_focus_put_on_a_box_below_the_visible_part_scrolls_it_into_view(
    qtbot: QtBot, qapp: Any
) -> None:
    """Typing never goes into a box the person can't see: the page follows focus."""
    area, boxes = _scrolling_page_of_boxes(qtbot, qapp)
    area.activateWindow()
    last = boxes[-1]
    last.setFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
    top_left = last.mapTo(area.viewport(), last.rect().topLeft())
    bottom = last.mapTo(area.viewport(), last.rect().bottomLeft())
    assert top_left.y() >= 0 and bottom.y() <= area.viewport().height()


def test_the_wheel_can_still_scroll_away_from_the_focused_box(qtbot: QtBot, qapp: Any) -> None:
    """Following focus must not pin the page: scrolling by hand moves it as before."""
    area, boxes = _scrolling_page_of_boxes(qtbot, qapp)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.activateWindow()
    boxes[0].setFocus()
    qtbot.waitUntil(boxes[0].hasFocus)
    qtbot.wait(50)  # focus has arrived and the page has been scrolled to it
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())  # as the wheel does
    for _ in range(3):
        qapp.processEvents()
    assert area.verticalScrollBar().value() == area.verticalScrollBar().maximum() > 0
