"""Long answer options wrap onto more lines at large text, instead of running off the page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workbook.core.language.model import FieldType, Option
from workbook.ui.fields import widget_for
from workbook.ui.widgets import theme

LONG = (
    Option("never", "Not at all", 0),
    Option(
        "some",
        "Several days, but only when something reminds me of it and I can put it aside",
        1,
    ),
    Option("most", "More than half the days, and then it takes up most of my morning", 2),
)


@pytest.fixture
def large_text(qapp: Any) -> Iterator[None]:
    """Text at 200 %, the largest size Settings offers; everything restored afterwards."""
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    theme.set_text_scale(2.0)
    yield
    theme.set_text_scale(1.0)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _on_narrow_page(qtbot: QtBot, kind: FieldType, make_field: Any) -> tuple[QScrollArea, Any]:
    field = widget_for(make_field(kind, options=LONG))
    page = QWidget()
    QVBoxLayout(page).addWidget(field)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(480, 700)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(20)  # let the height-for-width layout settle
    return area, field


@pytest.mark.parametrize("kind", [FieldType.CHOICE, FieldType.MULTIPLE_CHOICE])
def test_long_options_wrap_instead_of_scrolling_sideways(
    qtbot: QtBot, make_field: Any, large_text: None, kind: FieldType
) -> None:
    """At 200 % text on a 480 px page, every option fits the page's width and is tall
    enough for all its lines; nothing scrolls sideways."""
    area, field = _on_narrow_page(qtbot, kind, make_field)
    assert area.horizontalScrollBar().maximum() == 0
    buttons = field.findChildren(QAbstractButton)
    assert len(buttons) == 3
    one_line = buttons[0].height()
    for button in buttons:
        assert button.mapTo(area.viewport(), QPoint(button.width(), 0)).x() <= (
            area.viewport().width()
        )
        assert button.height() >= button.heightForWidth(button.width())
    assert buttons[1].height() >= 2 * one_line * 0.9, "the long option did not wrap"


def test_a_click_on_the_second_line_chooses_the_option(
    qtbot: QtBot, make_field: Any, large_text: None
) -> None:
    """The whole wrapped option answers a click, not only its first line."""
    _, field = _on_narrow_page(qtbot, FieldType.CHOICE, make_field)
    button = field.findChildren(QAbstractButton)[1]
    qtbot.mouseClick(
        button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() - 6)
    )
    assert field.value() == "some"
