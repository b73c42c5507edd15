"""The progress report: measures over time with reliable-change words, goals, check-ins and plans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.printing.conftest import pdf_text
from tests.core.printing.sample_data import complete, populate, questionnaire_answers
from workbook.core.language.model import Program
from workbook.core.printing import CONFIDENTIAL
from workbook.core.printing.report import progress_report_pdf
from workbook.core.scoring import compare, compute_results
from workbook.core.store import Workbook

SAFETY = {"warning_signs": ["Not sleeping"], "reasons_for_living": ["My niece"]}


@pytest.fixture
def filled(workbook: Workbook, program: Program, start_day: date) -> Workbook:
    """Three months of check-ins, monthly questionnaires, a goal with a review, a safety plan."""
    populate(workbook, program, start=start_day, days=90)
    safety = program.module("safety-plan")
    assert safety is not None
    complete(workbook, safety, dict(SAFETY), start_day + timedelta(days=60))
    goal = workbook.add_goal("Walk three times a week", first_step="Shoes by the door")
    workbook.add_goal_review(goal.id, "Went twice", progress=6, day=start_day + timedelta(days=30))
    workbook.add_goal_review(
        goal.id,
        helped="Walking with my sister",
        hindered="Rain on Tuesday",
        next_step="Umbrella by the door",
        progress=7,
        day=start_day + timedelta(days=45),
    )
    return workbook


def test_report_cover_has_name_dates_and_disclaimer(filled: Workbook, program: Program) -> None:
    """The cover names the person (if asked), the dates and says it is not a diagnosis."""
    text = pdf_text(
        progress_report_pdf(
            filled, program, start=date(2024, 1, 1), end=date(2024, 3, 31), name="Sam Jones"
        )
    )
    assert "Progress report" in text
    assert "Sam Jones" in text
    assert "1 January 2024 to 31 March 2024" in text
    assert "It is not a diagnosis" in text
    assert CONFIDENTIAL in text
    assert "Mood questionnaire (PHQ-9)" in text


def test_report_shows_first_latest_and_reliable_change(filled: Workbook, program: Program) -> None:
    """Each measure shows its first and latest score and the reliable-change wording."""
    phq9 = program.module("phq9")
    assert phq9 is not None
    score = phq9.scores[0]
    text = pdf_text(progress_report_pdf(filled, program))
    first, latest = (
        compute_results(phq9, questionnaire_answers(phq9, level)).scores[0].value
        for level in (0.9, 0.3)  # the levels populate() used on days 0 and 60 of 90
    )
    assert first is not None and latest is not None
    expected = compare(score, first, latest).describe()
    assert expected in text
    assert "Reliable improvement" in text
    assert "Recovery status" in text
    assert "First:" in text and "Latest:" in text


def test_report_has_goals_checkins_and_plans(filled: Workbook, program: Program) -> None:
    """Goals with their reviews, check-in trends and the safety plan's answers are included."""
    text = pdf_text(progress_report_pdf(filled, program))
    assert "Walk three times a week" in text
    assert "Went twice" in text
    assert "Daily check-ins" in text
    assert "90 check-ins" in text
    assert "My safety plan" in text
    assert "My niece" in text


def test_report_shows_a_reviews_three_answers_apart(filled: Workbook, program: Program) -> None:
    """A goal review prints what helped, what got in the way and the next step, each under
    its own heading and in that order; an older free note prints under "Note"."""
    text = " ".join(pdf_text(progress_report_pdf(filled, program)).split())
    assert "Note Went twice" in text
    helped = text.index("What helped Walking with my sister")
    hindered = text.index("What got in the way Rain on Tuesday")
    assert helped < hindered < text.index("Next step Umbrella by the door")


def test_report_with_measures_only_leaves_the_rest_out(filled: Workbook, program: Program) -> None:
    """Choosing 'measures' only keeps goals, check-ins and plans off the paper."""
    text = pdf_text(progress_report_pdf(filled, program, include=["measures"]))
    assert "Mood questionnaire (PHQ-9)" in text
    for private in ("Walk three times a week", "Daily check-ins", "My niece"):
        assert private not in text


def test_report_date_range_leaves_out_other_dates(filled: Workbook, program: Program) -> None:
    """Only administrations inside the chosen dates are counted."""
    text = pdf_text(
        progress_report_pdf(filled, program, start=date(2024, 2, 15), include=["checkins"])
    )
    assert "45 check-ins" in text


def test_report_includes_chosen_entries(filled: Workbook, program: Program) -> None:
    """An entry the person picks prints in full at the end."""
    record = program.module("thought-record")
    assert record is not None
    entry_id = complete(filled, record, {"noticed": "I jumped to conclusions"}, date(2024, 2, 2))
    text = pdf_text(progress_report_pdf(filled, program, include=["entries"], entry_ids=[entry_id]))
    assert "I jumped to conclusions" in text
    assert "Thought record" in text


def test_unknown_section_is_explained(filled: Workbook, program: Program) -> None:
    """A mistyped section name gets a message listing the real ones."""
    with pytest.raises(ValueError, match="measures, goals, checkins, plans, entries"):
        progress_report_pdf(filled, program, include=["moods"])
