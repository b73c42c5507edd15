"""Every field type shows a saved answer and gives it back unchanged, and starts unanswered."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workbook.core.language.model import FieldType
from workbook.ui.fields import WIDGETS, widget_for

EXAMPLES: dict[FieldType, Any] = {
    FieldType.TEXT: "A quiet walk",
    FieldType.LONG_TEXT: "First line\nSecond line, a bit longer.",
    FieldType.NUMBER: 7.5,
    FieldType.SCALE: 3,
    FieldType.CHOICE: "middle",
    FieldType.MULTIPLE_CHOICE: ["low", "high"],
    FieldType.YES_NO: False,
    FieldType.DATE: "2025-03-14",
    FieldType.TIME: "07:45",
    FieldType.LIST: ["Crowds", "Late nights", "Arguments"],
    FieldType.TABLE: [
        {"situation": "At work", "thought": "I'll mess up", "strength": 80},
        {"situation": "Phone call", "thought": None, "strength": None},
    ],
}


def test_every_type_has_a_widget() -> None:
    """No question type is left without an editor."""
    assert set(WIDGETS) == set(FieldType)


@pytest.mark.parametrize("kind", list(FieldType))
def test_round_trip(qtbot: QtBot, make_field: Any, kind: FieldType) -> None:
    """An answer put into the widget comes back out exactly as saved."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    assert widget.value() is None
    widget.set_value(EXAMPLES[kind])
    assert widget.value() == EXAMPLES[kind]


@pytest.mark.parametrize("kind", list(FieldType))
def test_clear_forgets_the_answer(qtbot: QtBot, make_field: Any, kind: FieldType) -> None:
    """Clearing (as on lock) leaves the question unanswered."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    widget.set_value(EXAMPLES[kind])
    widget.clear()
    assert widget.value() is None


@pytest.mark.parametrize("kind", list(FieldType))
def test_set_value_is_not_a_change(qtbot: QtBot, make_field: Any, kind: FieldType) -> None:
    """Showing a saved answer does not count as an edit (so it never triggers a save)."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_value(EXAMPLES[kind])
        widget.set_value(None)


@pytest.mark.parametrize("kind", list(FieldType))
def test_wrong_shaped_value_is_ignored(qtbot: QtBot, make_field: Any, kind: FieldType) -> None:
    """An answer saved by an older version of a module never crashes the page."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    widget.set_value({"unexpected": object()} if kind != FieldType.TABLE else "text")
    assert widget.value() is None


def test_whole_number_scale_gives_ints(qtbot: QtBot, make_field: Any) -> None:
    """A 0–10 scale stores 3, not 3.0, so formulas and exports read naturally."""
    widget = widget_for(make_field(FieldType.NUMBER, step=1, min=0, max=10))
    qtbot.addWidget(widget)
    widget.set_value(4)
    assert widget.value() == 4
    assert isinstance(widget.value(), int)


def test_labels_become_accessible_names(qtbot: QtBot, make_field: Any) -> None:
    """A screen reader hears the question and its help on the answer box."""
    widget = widget_for(make_field(FieldType.TEXT, help="Just a few words."))
    qtbot.addWidget(widget)
    editor = widget.findChild(type(widget._editor))
    assert editor is not None
    assert widget._editor.accessibleName() == "A text question"
    assert widget._editor.accessibleDescription() == "Just a few words."


def test_error_message_is_shown_and_described(qtbot: QtBot, make_field: Any) -> None:
    """A validation message appears under the question and is read out with it."""
    widget = widget_for(make_field(FieldType.TEXT))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_error("Please answer this question.")
    assert widget.error() == "Please answer this question."
    assert "Please answer" in widget._editor.accessibleDescription()
    widget.set_error(None)
    assert widget.error() is None


@pytest.mark.parametrize("kind", list(FieldType))
def test_read_only_blocks_edits(qtbot: QtBot, make_field: Any, kind: FieldType) -> None:
    """A past entry opened read-only shows answers that typing and clicking cannot change."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    widget.set_value(EXAMPLES[kind])
    widget.set_read_only(True)
    widget.show()
    with qtbot.assertNotEmitted(widget.changed):
        widget.focus_editor()
        focused = widget.focusWidget() or widget
        qtbot.keyClicks(focused, "abc 1")
        from PySide6.QtCore import Qt

        qtbot.keyClick(focused, Qt.Key.Key_Right)
        qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert widget.value() == EXAMPLES[kind]


def test_long_scale_becomes_a_slider(qtbot: QtBot, make_field: Any) -> None:
    """A 0–100 scale is a slider that stays unanswered until moved, then keeps its value."""
    widget = widget_for(make_field(FieldType.SCALE, max=100, step=1))
    qtbot.addWidget(widget)
    assert widget._slider is not None
    assert widget.value() is None
    widget.set_value(65)
    assert widget.value() == 65
    widget.clear()
    assert widget.value() is None
