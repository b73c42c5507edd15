"""How numbers and dates read in words, decided once for the screen, the PDFs and the CLI."""

from __future__ import annotations

from workbook.core.wording.dates import (
    date_in_words,
    date_time_in_words,
    month_year_in_words,
)
from workbook.core.wording.numbers import format_number

__all__ = ["date_in_words", "date_time_in_words", "format_number", "month_year_in_words"]
