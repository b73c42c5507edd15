"""Text a person or a module writes in a right-to-left script sits at the right of its box,
in an English window as in an Arabic one, and an English line stays at the left."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from workbook.ui.widgets.screen_support import label

ARABIC = "كيف تشعر اليوم؟ اختر رقمًا من صفر إلى عشرة."
ENGLISH = "How are you feeling today?"


def ink_columns(widget: QWidget) -> tuple[int, int]:
    """The leftmost and rightmost columns where the widget draws anything darker than grey."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    columns = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(image.height()))
    ]
    assert columns, "nothing was drawn"
    return columns[0], columns[-1]


def margins(widget: QWidget) -> tuple[int, int]:
    left, right = ink_columns(widget)
    return left, widget.width() - 1 - right


def test_an_arabic_question_sits_at_the_right_in_an_english_window(
    qtbot: QtBot, qapp: QApplication
) -> None:
    for text, at_right in ((ARABIC, True), (ENGLISH, False)):
        shown = label(text)  # how screens show a module's question or the person's note
        qtbot.addWidget(shown)
        shown.resize(600, 40)
        left, right = margins(shown)
        assert (right < left) is at_right, (text, left, right)


def test_an_arabic_answer_sits_at_the_right_of_its_box(qtbot: QtBot) -> None:
    box = QLineEdit("أشعر بتحسن اليوم")
    qtbot.addWidget(box)
    box.resize(500, 36)
    left, right = margins(box)
    assert right < left
