"""Show a PDF made by workbook.core.printing: the print preview, or a plain "Save as PDF"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def preview_pdf(make_pdf: Callable[[], bytes], suggested_filename: str, parent: QWidget) -> None:
    """Open the print preview (Print / Save as PDF) for the PDF ``make_pdf`` builds."""
    try:
        from workbook.ui.print_preview import PrintPreviewDialog
    except ImportError:
        _save_only(make_pdf, suggested_filename, parent)
        return
    dialog = PrintPreviewDialog(make_pdf, suggested_filename, parent)
    dialog.exec()


def _save_only(make_pdf: Callable[[], bytes], suggested_filename: str, parent: QWidget) -> None:
    """Without the preview: ask where to save, then write the file atomically."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from workbook.ui.dialogs import show_error

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _ = QFileDialog.getSaveFileName(
        parent,
        "Save as PDF",
        str(Path(folder) / suggested_filename),
        "PDF files (*.pdf)",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not target:
        return
    try:
        data = make_pdf()
        from workbook.core.printing import write_atomically

        write_atomically(Path(target), data)
    except Exception as error:  # any failure becomes a calm message
        show_error(parent, error)
