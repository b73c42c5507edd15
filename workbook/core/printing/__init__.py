"""Everything Workbook prints, as PDF bytes: worksheets, progress reports, plan cards, recovery sheets.

reportlab only, no Qt: the app previews and prints these bytes, the command line
writes them to files. Save them with ``write_atomically``.
"""

from __future__ import annotations

from workbook.core.printing.atomic import ExportError, write_atomically
from workbook.core.printing.page import (
    CONFIDENTIAL,
    PAGE_SIZES,
    default_page_size,
    page_size_named,
)
from workbook.core.printing.worksheet import MODES, worksheet_pdf

__all__ = [
    "CONFIDENTIAL",
    "MODES",
    "PAGE_SIZES",
    "ExportError",
    "default_page_size",
    "page_size_named",
    "worksheet_pdf",
    "write_atomically",
]
