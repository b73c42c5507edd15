"""The recovery sheet: the workbook's name, its key as text and QR code, and how to use it."""

from __future__ import annotations

from datetime import date

from tests.core.printing.conftest import pdf_reader, pdf_text
from workbook.core.printing import CONFIDENTIAL
from workbook.core.printing.recovery_sheet import qr_drawing, recovery_sheet_pdf

KEY = "K7QF-2M9X-PL4D-8HZR-W3NC-6TJB-Y5EA"


def test_recovery_sheet_shows_name_key_date_and_instructions() -> None:
    """One page with the workbook's name, the whole key, the date, how to use it and keep it."""
    pdf = recovery_sheet_pdf("Maria's workbook", KEY, date(2024, 5, 17))
    assert len(pdf_reader(pdf).pages) == 1
    text = pdf_text(pdf)
    assert "Maria's workbook" in text
    assert KEY in text.replace(" ", "")
    assert "17 May 2024" in text
    assert "How to use it" in text
    assert "Where to keep it" in text
    assert CONFIDENTIAL in text


def test_qr_code_encodes_the_key() -> None:
    """The QR code holds exactly the recovery key (checked against reportlab's encoder)."""
    drawing = qr_drawing(KEY)
    widget = drawing.contents[0]
    assert widget.value == KEY
    assert drawing.width == drawing.height
