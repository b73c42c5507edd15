"""A worksheet and a progress report printed for a person reading Spanish are in Spanish."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.printing.conftest import pdf_text
from tests.core.printing.sample_data import complete, populate
from workbook.cli import main
from workbook.core.language import load_program
from workbook.core.language.model import Program
from workbook.core.printing import worksheet_pdf
from workbook.core.printing.report import progress_report_pdf
from workbook.core.store import Workbook
from workbook.paths import builtin_program_dir


@pytest.fixture(scope="module")
def spanish() -> Program:
    return load_program(builtin_program_dir(), "es")


def test_a_blank_spanish_worksheet_prints_in_spanish(spanish: Program) -> None:
    """The module's words and the sheet's own labels (name, date, page) are Spanish."""
    module = spanish.module("thought-record")
    assert module is not None
    text = pdf_text(worksheet_pdf(module, spanish.title))
    for words in (
        "Registro de pensamientos",
        "Atrapar un pensamiento",
        "Pensamiento equilibrado",
        "Nombre",
        "Fecha",
        "Página 1 de",
        "Pasos hacia la recuperación",
    ):
        assert words in text, words
    for english in ("Thought record", "Name", "Page 1 of", "Balanced thought"):
        assert english not in text, english


def test_a_filled_spanish_worksheet_dates_and_results_are_spanish(
    spanish: Program, workbook: Workbook
) -> None:
    """A finished questionnaire prints Spanish headings and a Spanish date around it, and
    says in Spanish why the questionnaire itself keeps its original words."""
    phq9 = spanish.module("phq9")
    assert phq9 is not None
    answers = {f"q{i}": "several-days" for i in range(1, 10)} | {"q9": "not-at-all"}
    entry_id = complete(workbook, phq9, answers, date(2024, 3, 5))
    entry = workbook.entry(entry_id)
    text = pdf_text(worksheet_pdf(phq9, spanish.title, "filled", entry))
    assert "Completado el 5 de marzo de 2024" in text
    assert "Resultados" in text and "8 de 27" in text
    assert "idioma original" in text
    assert "Confidencial" in text
    assert "Little interest or pleasure in doing things" in text  # the published words, unchanged


def test_a_spanish_progress_report_prints_in_spanish(spanish: Program, workbook: Workbook) -> None:
    """Cover, section headings, table heads and dates of the report are Spanish."""
    start = date(2024, 1, 1)
    populate(workbook, spanish, start=start, days=40)
    safety = spanish.module("safety-plan")
    assert safety is not None
    complete(workbook, safety, {"reasons_for_living": ["Mi sobrina"]}, start + timedelta(days=20))
    text = pdf_text(
        progress_report_pdf(workbook, spanish, start=start, end=date(2024, 2, 9), name="Sam")
    )
    for words in (
        "Informe de progreso",
        "Resumen para el profesional",
        "Lo que completaste",
        "del 1 de enero de 2024 al 9 de febrero de 2024",
        "Los cuestionarios a lo largo del tiempo",
        "Registros diarios",
        "Mi plan de seguridad",
        "Puntuaciones medias (0–10)",
        "Estado de recuperación",
        "Confidencial",
    ):
        assert words in text, words
    for english in ("Progress report", "What you completed", "Daily check-ins", "First four"):
        assert english not in text, english


def test_the_worksheet_command_prints_in_the_language_asked_for(tmp_path: Path) -> None:
    """``workbook worksheet thought-record --language es`` prints the Spanish worksheet."""
    out = tmp_path / "hoja.pdf"
    assert main(["worksheet", "thought-record", "--language", "es", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Registro de pensamientos" in text and "Nombre" in text
