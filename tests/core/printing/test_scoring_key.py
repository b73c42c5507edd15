"""The scoring key on a blank questionnaire's last part: how to total, bands, thresholds, risk."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.printing.conftest import pdf_reader, pdf_text
from workbook.cli import main
from workbook.core.language.model import Program
from workbook.core.printing import worksheet_pdf


def last_page(data: bytes) -> str:
    reader = pdf_reader(data)
    return " ".join((reader.pages[-1].extract_text() or "").split())


def test_phq9_key_has_item_scores_total_bands_thresholds_and_risk(program: Program) -> None:
    """Everything needed to score the PHQ-9 by hand, on its own last page."""
    phq9 = program.module("phq9")
    assert phq9 is not None
    key = last_page(worksheet_pdf(phq9, program.title, "blank", with_scoring=True))
    assert key.startswith("Steps to recovery") and "Scoring key — Mood questionnaire (PHQ-9)" in key
    assert (
        "Each item scores: Not at all = 0 · Several days = 1 · More than half the days = 2 · "
        "Nearly every day = 3." in key
    )
    assert "How to total: sum(q1, q2, q3, q4, q5, q6, q7, q8, q9). Range from 0 to 27" in key
    for band in ("0–4 Minimal", "5–9 Mild", "10–14 Moderate", "15–19 Moderately severe"):
        assert band in key
    assert "20–27 Severe" in key
    assert "Reliable change: a difference of 6 points or more" in key
    assert "Clinical range (caseness): 10 or more." in key
    assert "Risk item (“Thoughts that you would be better off dead" in key
    assert "raised when q9 > 0" in key


def test_who5_key_says_higher_is_better_and_its_cut_off_is_or_less(program: Program) -> None:
    who5 = program.module("who5")
    assert who5 is not None
    key = last_page(worksheet_pdf(who5, program.title, "blank", with_scoring=True))
    assert "sum(q1, q2, q3, q4, q5) * 4. Range from 0 to 100; higher is better." in key
    assert "0–28 Very low wellbeing" in key and "Clinical range (caseness): 50 or less." in key
    assert "Risk" not in key  # the WHO-5 has no risk item


def test_without_the_option_there_is_no_key(program: Program) -> None:
    phq9 = program.module("phq9")
    assert phq9 is not None
    assert "Scoring key" not in pdf_text(worksheet_pdf(phq9, program.title, "blank"))


def test_a_module_without_scores_has_no_key(program: Program) -> None:
    """Asking for the key of a reading says why there is none."""
    reading = program.module("understanding-depression")
    assert reading is not None
    with pytest.raises(ValueError, match="has no scores"):
        worksheet_pdf(reading, program.title, "blank", with_scoring=True)


def test_cli_with_scoring(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbook worksheet gad7 --with-scoring` prints the key; with --entry it is refused."""
    out = tmp_path / "gad7.pdf"
    assert main(["worksheet", "gad7", "--with-scoring", "-o", str(out)]) == 0
    assert "Clinical range (caseness): 8 or more." in last_page(out.read_bytes())
    refused = tmp_path / "x.pdf"
    code = main(["worksheet", "gad7", "--entry", "abc", "--with-scoring", "-o", str(refused)])
    assert code != 0 and not refused.exists()
