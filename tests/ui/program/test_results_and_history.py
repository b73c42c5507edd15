"""Results after finishing, the safety panel on a risk flag, past entries and comparing two."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from workbook.ui.program.compare_view import CompareView
from workbook.ui.program.entry_view import EntryView
from workbook.ui.program.history_view import HistoryView
from workbook.ui.program.results_view import SELF_REPORT, ResultsView


def _finish(service: Any, module_id: str, answers: dict[str, Any]) -> str:
    """Complete an entry the way the app does (through the service) and return its id."""
    from workbook.core.usecases.entries import start_and_finish
    from workbook.ui.operation import apply

    module = service.program.module(module_id)
    done = apply(service, lambda program, wb: start_and_finish(program, wb, module, answers))
    return str(done.id)


def _texts(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.fixture
def no_panel(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record safety-panel openings instead of showing the real panel."""
    calls: list[str | None] = []
    from workbook.ui.safety import panel as safety_panel

    monkeypatch.setattr(
        safety_panel,
        "show_safety_panel",
        lambda service, parent, flag_message=None: calls.append(flag_message),
    )
    return calls


def test_results_show_change_since_last_time(screen: Any, service: Any) -> None:
    """Second time: the score, its band, last time's score and a reliable-change sentence."""
    _finish(service, "mood", {"q1": "often", "q2": "some"})  # 4: High
    later = _finish(service, "mood", {"q1": "never", "q2": "never"})  # 0: Low
    view = screen.show_results(service.program.module("mood"), later)
    text = _texts(view)
    assert "0 out of 6" in text
    assert "Low" in text
    assert "Few signs of low mood." in text
    assert "Last time" in text
    assert "Reliable improvement: down 4 points (4 → 0)" in text
    assert SELF_REPORT in text


def test_risk_flag_opens_safety_panel(qtbot: QtBot, screen: Any, no_panel: list) -> None:
    """Answering "Nearly every day" to the harm question opens the safety panel with its message,
    and the results show crisis help inline."""
    screen.open_module("mood")
    view: EntryView = screen.content
    view.session.set_answers({"q1": "never", "q2": "often"})
    view.session.go_to_page(2)
    view._show_page(2)
    assert view.finish()
    qtbot.waitUntil(lambda: len(no_panel) == 1)
    assert no_panel == ["You said you often feel you might hurt yourself."]
    results: ResultsView = screen.content
    assert results.flag_boxes
    assert "If you are in danger now" in _texts(results.flag_boxes[0])


def test_no_panel_without_a_risk_flag(
    qtbot: QtBot, screen: Any, service: Any, no_panel: list
) -> None:
    """Results without a raised risk flag never open the safety panel."""
    entry_id = _finish(service, "mood", {"q1": "some", "q2": "never"})
    view = screen.show_results(service.program.module("mood"), entry_id)
    assert view.open_safety_panel_if_needed() is False
    assert no_panel == []


def test_history_lists_entries_and_compares_two(screen: Any, service: Any) -> None:
    """Past entries are listed newest first with scores; ticking two compares them side by side."""
    first = _finish(service, "mood", {"q1": "often", "q2": "some", "details": "Work"})
    second = _finish(service, "mood", {"q1": "never", "q2": "never"})
    history: HistoryView = screen.show_history(service.program.module("mood"))
    assert history.entry_ids() == [second, first]
    assert "Mood total 0 (Low)" in history.list.item(0).text()
    assert not history.compare_button.isEnabled()
    history.tick(first)
    history.tick(second)
    assert history.compare_button.isEnabled()
    history.compare_button.click()
    compare = screen.content
    assert isinstance(compare, CompareView)
    text = compare.text()
    assert "Nearly every day" in text and "Not at all" in text
    assert "Work" in text
    assert "Reliable improvement" in text


def test_past_entries_open_shows_the_results_not_the_last_page(screen: Any, service: Any) -> None:
    """Past entries → Open brings back the score, band, meaning and the "not a diagnosis" line."""
    _finish(service, "mood", {"q1": "often", "q2": "some"})
    history = screen.show_history(service.program.module("mood"))
    history.list.setCurrentRow(0)
    history.open_button.click()
    view = screen.content
    assert isinstance(view, ResultsView)
    text = _texts(view)
    assert "4 out of 6" in text and "High" in text
    assert "Quite a lot of low mood lately." in text
    assert SELF_REPORT in text


def test_every_finish_screen_says_what_comes_next(screen: Any, service: Any) -> None:
    """After Mood check the finish screen offers the next module with a button that opens it."""
    entry_id = _finish(service, "mood", {"q1": "never", "q2": "never"})
    view = screen.show_results(service.program.module("mood"), entry_id)
    assert "What's next" in _texts(view)
    assert view.next_step is not None and view.next_step.module.id == "reading"
    assert view.next_button is not None
    view.next_button.click()
    assert isinstance(screen.content, EntryView)
    assert screen.content.module.id == "reading"


def test_last_finish_screen_says_everything_is_done(screen: Any, service: Any) -> None:
    """With every module done, the finish screen says so instead of offering nothing silently."""
    _finish(service, "mood", {"q1": "never", "q2": "never"})
    entry_id = _finish(service, "reading", {"thoughts": "x"})
    view = screen.show_results(service.program.module("reading"), entry_id)
    assert view.next_step is None and view.next_button is None
    assert "done every module" in _texts(view)


def test_finished_answers_are_read_from_the_first_page(screen: Any, service: Any) -> None:
    """'See my answers' starts at the beginning, not on the last page where Finish was."""
    entry_id = _finish(service, "mood", {"q1": "some", "q2": "never"})
    results = screen.show_results(service.program.module("mood"), entry_id)
    results.show_answers.emit(entry_id)
    view: EntryView = screen.content
    assert view.session.read_only and view.current_page() == 0


def test_open_past_entry_read_only_then_edit_makes_revision(
    qtbot: QtBot, screen: Any, service: Any
) -> None:
    """A past entry's answers open read-only; "Edit these answers" saves a revision of it."""
    entry_id = _finish(service, "mood", {"q1": "some", "q2": "never"})
    screen.open_module("mood", entry_id)
    assert isinstance(screen.content, ResultsView)
    screen.content.show_answers.emit(entry_id)
    view: EntryView = screen.content
    assert view.session.read_only
    assert view.field_widget("q1").is_read_only()
    view.header.edit_button.click()
    editing: EntryView = screen.content
    assert not editing.session.read_only
    assert editing.finish_button.text() == "Save changes"
    editing.field_widget("q1")._buttons[2].click()  # "Nearly every day"
    editing.session.go_to_page(2)
    editing._show_page(2)
    assert editing.finish()
    entries = service.workbook.entries("mood", status="complete")
    assert [e.id for e in entries] == [entry_id]
    assert entries[0].answers["q1"] == "often"
    history = service.workbook.answer_history(entry_id, "q1")
    assert [r.value for r in history][-2:] == ["some", "often"]


def test_past_entries_only_shown_when_there_are_some(screen: Any, service: Any) -> None:
    """A repeatable module never finished has no "Past entries" button; after one, it has."""
    screen.open_module("mood")
    assert not screen.content.header.history_button.isVisibleTo(screen)
    _finish(service, "mood", {"q1": "some", "q2": "never"})
    screen.open_module("mood")
    assert screen.content.header.history_button.isVisibleTo(screen)


def test_outline_shows_status(screen: Any, service: Any) -> None:
    """The outline says which modules are done and which are under way."""
    _finish(service, "mood", {"q1": "some", "q2": "never"})
    service.workbook.save_draft(
        service.workbook.start_entry(service.program.module("reading")).id, {"thoughts": "x"}
    )
    screen.refresh()
    assert screen.outline.status_text("mood") == "Done"
    assert screen.outline.status_text("reading") == "In progress"


def test_print_offers_the_worksheet_pdf(
    screen: Any, service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Print or save…" hands the print preview a function that makes the worksheet PDF."""
    shown: list[tuple[Any, str]] = []
    from workbook.ui.printing import bridge as printing_bridge

    monkeypatch.setattr(
        printing_bridge, "preview_pdf", lambda make, name, parent: shown.append((make, name))
    )
    screen.open_module("mood")
    screen.content.header.print_actions["blank"].trigger()
    make_pdf, name = shown[0]
    assert name == "mood-worksheet.pdf"
    assert make_pdf().startswith(b"%PDF")
