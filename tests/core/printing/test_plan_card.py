"""The plan card: the safety plan on one page in large type, with help-now contacts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.printing.conftest import pdf_reader, pdf_text
from tests.core.printing.sample_data import complete
from workbook.core import crisis
from workbook.core.language.model import Program
from workbook.core.printing.plan_card import NoPlan, plan_card_pdf
from workbook.core.store import Workbook


def test_plan_card_is_one_page_with_steps_and_help(workbook: Workbook, program: Program) -> None:
    """The card shows each step's answers, the person's contacts and crisis lines on one page."""
    safety = program.module("safety-plan")
    assert safety is not None
    answers = {
        "warning_signs": ["Not sleeping", "Skipping meals"],
        "coping": ["Walk the dog"],
        "reasons_for_living": ["My niece"],
    }
    complete(workbook, safety, answers, date(2024, 4, 1))
    crisis.save_personal_contacts(workbook, [crisis.PersonalContact("Ana", "555 0101")])
    crisis.save_country(workbook, "GB")
    pdf = plan_card_pdf(workbook, program)
    assert len(pdf_reader(pdf).pages) == 1
    text = pdf_text(pdf)
    for expected in (
        "My safety plan",
        "Not sleeping",
        "Walk the dog",
        "My niece",
        "Ana",
        "555 0101",
    ):
        assert expected in text
    assert "If you are in danger now, call" in text


def test_long_plan_shrinks_to_fit_one_page(workbook: Workbook, program: Program) -> None:
    """A fuller plan is set in smaller type rather than spilling onto a second page."""
    safety = program.module("safety-plan")
    assert safety is not None
    answers = {
        "warning_signs": [f"Warning sign number {i}" for i in range(8)],
        "coping": [f"Something that helps {i}" for i in range(8)],
        "reasons_for_living": [f"Reason {i}" for i in range(6)],
    }
    complete(workbook, safety, answers, date(2024, 4, 1))
    assert len(pdf_reader(plan_card_pdf(workbook, program)).pages) == 1


def test_no_plan_yet_is_explained(workbook: Workbook, program: Program) -> None:
    """Without a plan, the person is told which module to fill in first."""
    with pytest.raises(NoPlan) as caught:
        plan_card_pdf(workbook, program)
    assert "My safety plan" in caught.value.advice
