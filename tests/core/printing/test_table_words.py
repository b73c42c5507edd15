"""Printed tables never break a word in two: a narrow column grows to fit its longest word.

Read back with pypdf, a word broken across lines of a cell comes out as two pieces
("Feeli ngs"), so each test looks for the whole words in the extracted text.
"""

from __future__ import annotations

from datetime import date

from tests.core.printing.conftest import pdf_reader, pdf_text
from tests.core.printing.sample_data import complete, populate
from workbook.core.language.model import Program
from workbook.core.printing import worksheet_pdf
from workbook.core.printing.report import progress_report_pdf
from workbook.core.store import Workbook

ROW = {
    "situation": "Waiting at the bus stop",
    "feelings": "Frightened, embarrassed",
    "intensity": 80,
    "automatic_thought": "Everyone is staring",
}


def _words(text: str) -> list[str]:
    return text.replace(",", " ").split()


def test_a_filled_thought_record_keeps_every_word_whole(
    workbook: Workbook, program: Program
) -> None:
    """The thought record's eight columns print "Feelings" and "embarrassed" whole."""
    module = program.module("thought-record")
    assert module is not None
    entry_id = complete(workbook, module, {"records": [dict(ROW)]}, date(2024, 3, 5))
    pdf = worksheet_pdf(module, "Steps to recovery", "filled", entry=workbook.entry(entry_id))
    words = _words(pdf_text(pdf))
    table = module.field("records")
    assert table is not None
    for label in [c.label for c in table.columns] + [str(v) for v in ROW.values()]:
        for word in _words(label):
            assert word in words, f"{word!r} is broken or missing in the printed table"
    assert "Feeli" not in words


def test_a_blank_thought_record_keeps_its_headings_whole(program: Program) -> None:
    """The blank worksheet's column headings are whole words too."""
    module = program.module("thought-record")
    assert module is not None
    words = _words(pdf_text(worksheet_pdf(module, "Steps to recovery", "blank")))
    table = module.field("records")
    assert table is not None
    for column in table.columns:
        for word in _words(column.label):
            assert word in words, f"{word!r} is broken in the blank table's heading"


def test_the_clinician_summary_prints_its_change_words_whole(
    workbook: Workbook, program: Program
) -> None:
    """The summary's Change column says "Reliable improvement", not "Reliable imp rovement"."""
    start = date(2024, 1, 1)
    populate(workbook, program, start=start, days=90)
    pdf = progress_report_pdf(workbook, program, include=["measures"])
    summary = next(
        page.extract_text() or ""
        for page in pdf_reader(pdf).pages
        if "Clinician summary" in (page.extract_text() or "")
    )
    flat = " ".join(summary.split())
    assert "Reliable improvement" in flat
    for heading in ("Measure", "Latest", "Change", "Recovery", "Times"):
        assert heading in flat.split()


def test_a_narrow_summary_table_still_keeps_its_words_whole() -> None:
    """Squeezed narrower than a page, the summary's columns still fit "improvement" and "deterioration".

    The fixed shares gave the Change column too little room for its longest word, so
    reportlab broke it ("Reliable imp rovement"); the shared table helper now widens it.
    """
    from io import BytesIO

    from reportlab.platypus import SimpleDocTemplate

    from workbook.core.printing.report_sections import table
    from workbook.core.printing.report_summary import COLUMN_SHARES, HEADINGS
    from workbook.core.printing.text import para

    row = ["PHQ-9", "27 on 1 Jan 2024", "9", "Mild", "Reliable improvement", "Recovered", "3"]
    other = ["WHO-5", "20", "100", "Low", "Reliable deterioration", "Not applicable", "3"]
    width = 400.0
    rows = [[para(h, "cell_head") for h in HEADINGS]]
    rows += [[para(cell, "cell") for cell in r] for r in (row, other)]
    out = BytesIO()
    SimpleDocTemplate(out).build([table(rows, [width * s for s in COLUMN_SHARES])])
    words = _words(pdf_text(out.getvalue()))
    for word in ("Reliable", "improvement", "deterioration", "Recovery", "Recovered", "Measure"):
        assert word in words, f"{word!r} is broken in the narrow table"
