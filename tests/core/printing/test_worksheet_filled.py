"""Filled worksheets: one of the person's entries on paper, with its answers, scores and flags."""

from __future__ import annotations

from datetime import date

from tests.core.printing.conftest import pdf_reader, pdf_text
from tests.core.printing.sample_data import complete
from workbook.core.language.model import Module, Program
from workbook.core.printing import CONFIDENTIAL, worksheet_pdf
from workbook.core.store import Workbook

ANSWERS = {
    "place": "At the bus stop",
    "story": "The bus was late and I felt everyone was staring.",
    "hours": 6.5,
    "mood": 3,
    "q1": "often",
    "q2": "sometimes",
    "feelings": ["sad", "calm"],
    "told": True,
    "day": "2024-03-05",
    "at": "08:15",
    "triggers": ["Crowds", "Being late"],
    "plan": [{"activity": "Swim", "when": "Monday", "rating": 7}],
}


def _filled(workbook: Workbook, module: Module, answers: dict[str, object]) -> bytes:
    entry_id = complete(workbook, module, dict(answers), date(2024, 3, 5))
    return worksheet_pdf(module, "Steps to recovery", "filled", entry=workbook.entry(entry_id))


def test_filled_worksheet_prints_answers_in_words(workbook: Workbook, every_field: Module) -> None:
    """Answers print as the person would say them: option labels, dates, units, table rows."""
    text = pdf_text(_filled(workbook, every_field, ANSWERS))
    for expected in (
        "At the bus stop",
        "The bus was late and I felt everyone was staring.",
        "6.5 hours",
        "3 on a scale of 0 to 10",
        "Often",
        "Sad",
        "Calm",
        "5 March 2024",
        "08:15",
        "Crowds",
        "Being late",
        "Swim",
        "Monday",
        "Completed 5 March 2024",
    ):
        assert expected in text, expected


def test_filled_worksheet_prints_score_band_and_disclaimer(
    workbook: Workbook, every_field: Module
) -> None:
    """The score, its band and what it means print, with 'self-report, not a diagnosis'."""
    text = pdf_text(_filled(workbook, every_field, ANSWERS))
    assert "Total score: 3 out of 6" in text
    assert "High — Worth talking over with your clinician." in text
    assert "self-report, not a diagnosis" in text


def test_filled_worksheet_is_marked_confidential_on_every_page(
    workbook: Workbook, every_field: Module
) -> None:
    """Each page of a filled worksheet warns that it holds personal health information."""
    reader = pdf_reader(_filled(workbook, every_field, ANSWERS))
    for page in reader.pages:
        assert CONFIDENTIAL in " ".join((page.extract_text() or "").split())


def test_risk_flag_prints_the_crisis_note(workbook: Workbook, every_field: Module) -> None:
    """A raised risk flag prints its message and where to get help now."""
    text = pdf_text(_filled(workbook, every_field, {**ANSWERS, "q2": "always"}))
    assert "You said you have thought about hurting yourself." in text
    assert "If you are in danger now, call" in text


def test_no_crisis_note_without_a_risk_flag(workbook: Workbook, every_field: Module) -> None:
    """Without a risk flag, the filled worksheet does not print the crisis note."""
    text = pdf_text(_filled(workbook, every_field, ANSWERS))
    assert "If you are in danger now" not in text


def test_phq9_entry_prints_its_band(workbook: Workbook, program: Program) -> None:
    """A built-in questionnaire entry prints its total and its published band."""
    phq9 = program.module("phq9")
    assert phq9 is not None
    answers = {f"q{i}": "several-days" for i in range(1, 10)}
    answers["q9"] = "not-at-all"
    text = pdf_text(_filled(workbook, phq9, answers))
    assert "8 out of 27" in text
    assert "Mild" in text


def test_three_thousand_word_answer_flows_over_pages(
    workbook: Workbook, every_field: Module
) -> None:
    """A very long answer wraps and continues on the next pages, nothing cut off."""
    words = [f"word{i}" for i in range(3000)]
    pdf = _filled(workbook, every_field, {**ANSWERS, "story": " ".join(words)})
    reader = pdf_reader(pdf)
    assert len(reader.pages) >= 4
    text = pdf_text(pdf)
    for probe in ("word0", "word1500", "word2999"):
        assert probe in text


def test_filled_worksheet_needs_an_entry(every_field: Module) -> None:
    """Asking for a filled worksheet without an entry is explained, not a crash."""
    try:
        worksheet_pdf(every_field, "P", "filled")
    except ValueError as error:
        assert "entries" in str(error)
    else:
        raise AssertionError("expected a ValueError")
