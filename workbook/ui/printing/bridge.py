"""Show a PDF made by workbook.core.printing in the print preview (Print or Save as PDF)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def preview_pdf(make_pdf: Callable[[], bytes], suggested_filename: str, parent: QWidget) -> None:
    """Open the print preview (Print / Save as PDF) for the PDF ``make_pdf`` builds."""
    from workbook.ui.printing.preview import PrintPreviewDialog  # QtPrintSupport loads on first use

    dialog = PrintPreviewDialog(make_pdf, suggested_filename, parent)
    dialog.exec()
