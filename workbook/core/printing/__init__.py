"""Everything Workbook prints, as PDF bytes: worksheets, progress reports, plan cards, recovery sheets.

reportlab only, no Qt: the app previews and prints these bytes, the command line
writes them to files. Save them with ``write_atomically``.
"""

from __future__ import annotations

from workbook.core.printing.atomic import ExportError, write_atomically
from workbook.core.printing.page import (
    CONFIDENTIAL,
    PAGE_SIZES,
    PageSize,
    default_page_size,
    page_size_named,
)
from workbook.core.printing.plan_card import NoPlan, plan_card_pdf
from workbook.core.printing.recovery_sheet import recovery_sheet_pdf
from workbook.core.printing.report import progress_report_pdf
from workbook.core.printing.report_data import DEFAULT_SECTIONS, SECTIONS
from workbook.core.printing.worksheet import MODES, worksheet_pdf

__all__ = [
    "CONFIDENTIAL",
    "DEFAULT_SECTIONS",
    "MODES",
    "PAGE_SIZES",
    "SECTIONS",
    "ExportError",
    "NoPlan",
    "PageSize",
    "default_page_size",
    "page_size_named",
    "plan_card_pdf",
    "progress_report_pdf",
    "recovery_sheet_pdf",
    "worksheet_pdf",
    "write_atomically",
]
