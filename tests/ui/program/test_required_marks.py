"""Pages where every question needs an answer say so once, instead of after each question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workbook.core.language import load_module
from workbook.core.language.model import Module
from workbook.ui.program.page_view import PageView


def _field(field_id: str, required: bool, when: str = "") -> str:
    return (
        f"```field\nid: {field_id}\ntype: text\nlabel: Question {field_id}\n"
        f"required: {'true' if required else 'false'}\n{when}```\n\n"
    )


@pytest.fixture
def module(tmp_path: Path) -> Module:
    pages = {
        "All required": [("a1", True), ("a2", True), ("a3", True)],
        "Nearly all": [("b1", True), ("b2", True), ("b3", True), ("b4", False)],
        "Mixed": [("c1", True), ("c2", False), ("c3", False)],
    }
    text = "---\nid: marks\ntitle: Marks\nstage: assessment\nversion: 1\n---\n\n"
    for title, fields in pages.items():
        text += f"+++ {title}\n\n" + "".join(_field(i, r) for i, r in fields)
    text += "+++ Conditional\n\n" + _field("d1", True) + _field("d2", True)
    text += _field("d3", False, 'show_when: d1 == "yes"\n')
    path = tmp_path / "marks.md"
    path.write_text(text, encoding="utf-8")
    return load_module(path)


def _page(qtbot: QtBot, module: Module, index: int) -> PageView:
    view = PageView(module, module.pages[index], service=None)
    qtbot.addWidget(view)
    return view


def _marks(view: PageView) -> dict[str, str]:
    return {fid: w._label.text() for fid, w in view.fields.items()}


def test_an_all_required_page_says_it_once_at_the_top(qtbot: QtBot, module: Module) -> None:
    """Three required questions: one line at the top, no "(required)" after each."""
    view = _page(qtbot, module, 0)
    assert view.required_note is not None
    assert view.required_note.text() == "All questions on this page need an answer."
    assert not any("(required)" in text for text in _marks(view).values())


def test_screen_readers_still_hear_required_on_each_question(qtbot: QtBot, module: Module) -> None:
    """Dropping the visible mark keeps "Required." in every question's description."""
    view = _page(qtbot, module, 0)
    for widget in view.fields.values():
        editor: Any = widget._editor
        assert "Required." in editor.accessibleDescription()


def test_the_odd_optional_question_is_the_one_marked(qtbot: QtBot, module: Module) -> None:
    """Three required and one optional: the note names the exception, which says (optional)."""
    view = _page(qtbot, module, 1)
    assert view.required_note is not None
    assert "except the one marked (optional)" in view.required_note.text()
    marks = _marks(view)
    assert "(optional)" in marks["b4"]
    assert not any("(required)" in text for text in marks.values())


def test_a_page_of_mostly_optional_questions_marks_the_required_one(
    qtbot: QtBot, module: Module
) -> None:
    """When few questions are required, those few keep their "(required)"."""
    view = _page(qtbot, module, 2)
    assert view.required_note is None
    marks = _marks(view)
    assert "(required)" in marks["c1"]
    assert "(required)" not in marks["c2"]


def test_reading_a_finished_entry_hides_the_note(qtbot: QtBot, module: Module) -> None:
    """Nothing needs answering when only reading, so the note goes."""
    view = _page(qtbot, module, 0)
    view.show()
    view.set_read_only(True)
    assert view.required_note is not None and not view.required_note.isVisible()
    view.set_read_only(False)
    assert view.required_note.isVisible()


def test_the_note_only_mentions_an_optional_question_while_it_shows(
    qtbot: QtBot, module: Module
) -> None:
    """An optional follow-up that appears later is mentioned only once it is on screen."""
    view = _page(qtbot, module, 3)
    assert view.required_note is not None
    view.show_fields({"d1", "d2"})
    assert view.required_note.text() == "All questions on this page need an answer."
    view.show_fields({"d1", "d2", "d3"})
    assert "except the one marked (optional)" in view.required_note.text()
