"""The report's clinician summary page and its risk answers: first, on one page, never hidden."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.printing.conftest import pdf_reader, pdf_text
from tests.core.printing.sample_data import complete, questionnaire_answers
from workbook.core.language.model import Module, Program
from workbook.core.printing.report import progress_report_pdf
from workbook.core.store import Workbook

ITEM9 = "Thoughts that you would be better off dead or of hurting yourself in some way"


def _module(program: Program, module_id: str) -> Module:
    module = program.module(module_id)
    assert module is not None
    return module


def phq9_answers(program: Program, item_level: int, item9: str) -> dict[str, str]:
    phq9 = _module(program, "phq9")
    answers = questionnaire_answers(phq9, item_level / 3)
    return answers | {"q9": item9}


@pytest.fixture
def with_risk(workbook: Workbook, program: Program, start_day: date) -> Workbook:
    """PHQ-9 three times (two with item 9 above 0), GAD-7 twice, WHO-5 once, and a goal."""
    phq9, gad7, who5 = (_module(program, m) for m in ("phq9", "gad7", "who5"))
    complete(workbook, phq9, phq9_answers(program, 2, "several-days"), start_day)
    complete(workbook, phq9, phq9_answers(program, 1, "not-at-all"), start_day + timedelta(days=14))
    complete(
        workbook,
        phq9,
        phq9_answers(program, 1, "more-than-half-the-days"),
        start_day + timedelta(days=40),
    )
    complete(workbook, gad7, questionnaire_answers(gad7, 2 / 3), start_day)
    complete(workbook, gad7, questionnaire_answers(gad7, 1 / 3), start_day + timedelta(days=40))
    complete(workbook, who5, questionnaire_answers(who5, 0.4), start_day + timedelta(days=3))
    goal = workbook.add_goal("Walk three times a week")
    workbook.add_goal_review(goal.id, "Went twice", progress=6, day=start_day + timedelta(days=20))
    return workbook


def first_page(data: bytes) -> str:
    return " ".join((pdf_reader(data).pages[0].extract_text() or "").split())


def test_summary_is_the_first_page_with_a_row_per_measure(
    with_risk: Workbook, program: Program
) -> None:
    """Page 1 lists every measure with first and latest score, band, category, recovery, count."""
    page = first_page(progress_report_pdf(with_risk, program))
    assert page.startswith("Clinician summary") or "Clinician summary" in page[:200]
    for title in (
        "Mood questionnaire (PHQ-9)",
        "Anxiety questionnaire (GAD-7)",
        "Wellbeing questionnaire (WHO-5)",
    ):
        assert title in page
    rows = page[page.index("Mood questionnaire") : page.index("Risk answers")]
    # PHQ-9 17 → 10 (item 9 counts): reliably better, yet still a case; three results
    assert "Mood questionnaire (PHQ-9) 17 on 1 Jan 2024 10 on 10 Feb 2024 Moderate" in rows
    assert "Reliable improvement Not recovered 3" in rows
    # GAD-7 14 → 7: reliable improvement and out of the 8+ range
    assert "Anxiety questionnaire (GAD-7) 14 on 1 Jan 2024 7 on 10 Feb 2024 Mild" in rows
    assert "Reliable improvement Reliable recovery 2" in rows
    assert "Only one result Needs two results 1" in rows  # WHO-5, once
    assert "Walk three times a week Working on it 6 of 10 on 21 Jan 2024" in page


def test_risk_answers_on_the_summary_with_dates_and_crisis_lines(
    with_risk: Workbook, program: Program
) -> None:
    """Each risk answer is told in words with its date, and the crisis lines follow."""
    page = first_page(progress_report_pdf(with_risk, program))
    assert (
        f"Mood questionnaire (PHQ-9): item 9 (“{ITEM9}”) answered “Several days” on 1 January 2024"
    ) in page
    assert "answered “More than half the days” on 10 February 2024" in page
    assert "Crisis lines" in page and "emergency" in page


def test_risk_answers_beside_the_chart(with_risk: Workbook, program: Program) -> None:
    """Under the PHQ-9 chart each risk answer is named, and its table row says it too."""
    text = pdf_text(progress_report_pdf(with_risk, program))
    after_summary = text[text.index("Questionnaires over time") :]
    assert (
        "Risk answer (red square on the chart): item 9 answered “Several days” on 1 January 2024"
    ) in after_summary
    assert after_summary.count("item 9 answered") >= 4  # two notes and two table rows


def test_no_risk_answers_says_so(workbook: Workbook, program: Program, start_day: date) -> None:
    """A workbook without risk answers says there were none, and lists no crisis box."""
    complete(
        workbook,
        _module(program, "phq9"),
        phq9_answers(program, 1, "not-at-all"),
        start_day,
    )
    page = first_page(progress_report_pdf(workbook, program))
    assert "No risk answers in these dates." in page
    assert "Crisis lines" not in page


def test_summary_respects_the_chosen_dates(with_risk: Workbook, program: Program) -> None:
    """Risk answers outside the chosen dates are left out with the rest of those dates."""
    page = first_page(
        progress_report_pdf(with_risk, program, start=date(2024, 1, 10), include=["measures"])
    )
    assert "Several days" not in page
    assert "More than half the days" in page
    assert "Goals" not in page  # goals were not chosen
