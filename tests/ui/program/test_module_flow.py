"""Working through a module: pages, conditional questions, checks, autosave and finishing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pytestqt.qtbot import QtBot

from workbook.ui.program.entry_view import EntryView


def _choose(view: EntryView, field_id: str, value: str) -> None:
    """Pick an option the way a person would: click its radio button."""
    widget = view.field_widget(field_id)
    assert widget is not None
    index = [o.value for o in widget.field.options].index(value)
    widget._buttons[index].click()


def test_opens_on_first_page_without_creating_an_entry(screen: Any, service: Any) -> None:
    """Opening a module just to look writes nothing to the workbook."""
    screen.open_module("mood")
    view = screen.content
    assert isinstance(view, EntryView)
    assert view.page_label.text() == "Page 1 of 3"
    assert service.workbook.entries("mood") == []


def test_conditional_question_appears_and_disappears(screen: Any) -> None:
    """ "What has been hardest?" shows only while "Nearly every day" is chosen."""
    screen.open_module("mood")
    view = screen.content
    view.next()
    details = view.field_widget("details")
    assert details.isHidden()
    _choose(view, "q1", "often")
    assert not details.isHidden()
    _choose(view, "q1", "some")
    assert details.isHidden()


def test_next_is_blocked_with_the_authors_message(screen: Any) -> None:
    """Skipping a required question keeps you on the page and shows the author's words."""
    screen.open_module("mood")
    view = screen.content
    view.next()
    view.next()
    assert view.current_page() == 1
    widget = view.field_widget("q1")
    assert widget.error() == "Please pick how often you felt low."
    assert not view.banner.isHidden()
    _choose(view, "q1", "never")
    assert widget.error() is None
    view.next()
    assert view.current_page() == 2


def test_finish_is_blocked_until_every_required_answer(screen: Any, service: Any) -> None:
    """Finish goes back to the page with a missing answer instead of completing."""
    screen.open_module("mood")
    view = screen.content
    view.session.answers["q2"] = "never"
    view.session.go_to_page(2)
    view._show_page(2)
    assert view.finish() is False
    assert view.current_page() == 1
    assert view.field_widget("q1").error() == "Please pick how often you felt low."
    assert service.workbook.entries("mood", status="complete") == []


def test_autosave_writes_a_draft_and_resumes_on_that_page(
    qtbot: QtBot, screen: Any, service: Any
) -> None:
    """A second after an answer the draft is in the workbook; reopening lands on that page."""
    screen.open_module("mood")
    view = screen.content
    view.next()
    with qtbot.waitSignal(view.session.saved, timeout=5000):
        _choose(view, "q1", "some")
    drafts = service.workbook.entries("mood", status="draft")
    assert len(drafts) == 1
    assert drafts[0].answers == {"q1": "some"}
    assert drafts[0].page_index == 1

    screen.show_overview()
    screen.open_module("mood")
    resumed = screen.content
    assert resumed.current_page() == 1
    assert resumed.field_widget("q1").value() == "some"


def test_flush_saves_at_once_before_lock(screen: Any, service: Any) -> None:
    """Locking saves what was typed a moment ago, without waiting for the timer."""
    screen.open_module("reading")
    view = screen.content
    widget = view.field_widget("thoughts")
    widget._text.setPlainText("Slow breathing helped")
    screen.flush()
    drafts = service.workbook.entries("reading", status="draft")
    assert drafts[0].answers == {"thoughts": "Slow breathing helped"}


def test_clear_content_forgets_the_words(screen: Any) -> None:
    """On lock the page with the person's words is destroyed."""
    screen.open_module("reading")
    view = screen.content
    view.field_widget("thoughts")._text.setPlainText("private words")
    screen.flush()
    screen.clear_content()
    assert screen.content is None
    assert view.field_widget("thoughts").value() is None


def test_finish_completes_and_shows_results(qtbot: QtBot, screen: Any, service: Any) -> None:
    """Finishing stores a completed entry with its score and shows score and band."""
    screen.open_module("mood")
    view = screen.content
    view.next()
    _choose(view, "q1", "often")
    view.next()
    _choose(view, "q2", "never")
    with qtbot.waitSignal(screen.finished):
        assert view.finish() is True
    done = service.workbook.entries("mood", status="complete")
    assert len(done) == 1
    assert done[0].results["scores"]["total"] == 3
    results = screen.content
    assert results.findChild(type(results.title), "score-total-value").text() == "3 out of 6"
    assert results.findChild(type(results.title), "score-total-band").text() == "High"


def test_a_failed_save_keeps_the_page(screen: Any, monkeypatch: Any) -> None:
    """If the workbook cannot be written, leaving the module keeps the words on screen."""
    screen.open_module("reading")
    view = screen.content
    view.field_widget("thoughts")._text.setPlainText("words that must not vanish")

    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(screen.service.workbook, "start_entry", fail)
    screen.open_module("mood")
    assert screen.content is view
    assert view.field_widget("thoughts").value() == "words that must not vanish"
    assert "couldn't" in view.problem.text() and view.problem.showing


def test_blocked_next_moves_focus_to_the_problem(qtbot: QtBot, screen: Any) -> None:
    """A keyboard user lands on the unanswered question, not somewhere above it."""
    from PySide6.QtWidgets import QApplication

    with qtbot.waitActive(screen):
        screen.activateWindow()
    screen.open_module("mood")
    view = screen.content
    view.next_button.click()
    view.next_button.click()
    focused = QApplication.focusWidget()
    assert focused is view.field_widget("q1")._buttons[0]


def test_questionnaire_page_says_which_question_of_how_many(screen: Any) -> None:
    """On a page of a questionnaire the bar says "Question 1 of 2", and moves on as the
    person answers; a page with one question says only the page."""
    screen.open_module("mood")
    view: EntryView = screen.content
    view.session.go_to_page(2)
    view._show_page(2, focus=False)
    assert view.page_label.text() == "Page 3 of 3 · Question 1 of 2"
    _choose(view, "q2", "never")  # the first unanswered one is now the second
    assert view.page_label.text() == "Page 3 of 3 · Question 2 of 2"
    view.session.go_to_page(0)
    view._show_page(0, focus=False)
    assert view.page_label.text() == "Page 1 of 3"


def test_header_shrinks_after_the_first_page(screen: Any) -> None:
    """Page 1 shows the full header; later pages a smaller title, so the questions have room."""
    screen.open_module("mood")
    view: EntryView = screen.content
    tall = view.header.sizeHint().height()
    assert not view.header.compact
    _choose(view, "q1", "never")
    view.next()
    view.next()
    assert view.current_page() == 2 and view.header.compact
    assert view.header.summary is not None and view.header.summary.isHidden()
    assert view.header.sizeHint().height() < tall


def test_header_says_how_often_the_clinicians_schedule_wants_it(screen: Any, service: Any) -> None:
    """A module on the clinician's schedule says so beside its length, in the core's words."""
    service.set_program(replace(service.program, schedule={"mood": 7}))
    screen.open_module("mood")
    assert screen.content.header.meta.text() == (
        "About 2 minutes · Again every week (your clinician's schedule)"
    )
