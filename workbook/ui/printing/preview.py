"""Print preview: look at a PDF before printing it or saving it, without it ever touching disk unasked.

The PDF is built off the GUI thread, held in memory (a QBuffer, never a temporary
file, since it may hold the person's answers) and shown with QtPdf. Print renders
each page through QPrintDialog; Save as PDF writes atomically where the person
chooses. Closing the dialog drops the document and the bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.widgets import fit
from workbook.ui.widgets.dialogs import show_error

ZOOM_STEP = 1.2


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Build(QRunnable):
    def __init__(self, make_pdf: Callable[[], bytes], relay: _Relay) -> None:
        super().__init__()
        self.make_pdf = make_pdf
        self.relay = relay

    def run(self) -> None:
        try:
            data = self.make_pdf()
        except BaseException as exc:  # every failure reaches the person as a calm message
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(data)


class PrintPreviewDialog(QDialog):
    """Shows the PDF ``make_pdf`` builds, with Print, Save as PDF, zoom and Close."""

    ready = Signal()  # the PDF is built and shown
    failed = Signal(str)  # building it failed; the message was shown to the person

    def __init__(
        self,
        make_pdf: Callable[[], bytes],
        suggested_filename: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_pdf = make_pdf
        self.suggested_filename = suggested_filename
        self.pdf_bytes: bytes | None = None
        self.buffer: QBuffer | None = None
        self.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "Print preview"))
        self.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", "Print preview"))
        self.resize(860, 980)
        fit.keep_on_screen(self)  # smaller screens: the pages scroll, the buttons stay

        self.status = QLabel(QCoreApplication.translate("PrintPreviewDialog", "Preparing the PDF…"))
        self.status.setAccessibleName(
            QCoreApplication.translate("PrintPreviewDialog", "Preview status")
        )
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(
            QCoreApplication.translate("PrintPreviewDialog", "Preview of the pages")
        )
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.zoom_out_button = self._button(
            QCoreApplication.translate("PrintPreviewDialog", "Zoom out"),
            QCoreApplication.translate("PrintPreviewDialog", "Make the pages smaller"),
            self.zoom_out,
        )
        self.zoom_in_button = self._button(
            QCoreApplication.translate("PrintPreviewDialog", "Zoom in"),
            QCoreApplication.translate("PrintPreviewDialog", "Make the pages larger"),
            self.zoom_in,
        )
        self.print_button = self._button(
            QCoreApplication.translate("PrintPreviewDialog", "&Print…"),
            QCoreApplication.translate("PrintPreviewDialog", "Print these pages"),
            self.print_pdf,
        )
        self.save_button = self._button(
            QCoreApplication.translate("PrintPreviewDialog", "&Save as PDF…"),
            QCoreApplication.translate("PrintPreviewDialog", "Save this PDF to a file"),
            self.save_pdf,
        )
        self.close_button = self._button(
            QCoreApplication.translate("PrintPreviewDialog", "Close"),
            QCoreApplication.translate("PrintPreviewDialog", "Close the preview"),
            self.reject,
        )
        for button in (
            self.print_button,
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.zoom_out_button)
        buttons.addWidget(self.zoom_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_pdf),
            (QKeySequence.StandardKey.Save, self.save_pdf),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        # No parent: the relay outlives a dialog closed before the PDF is ready.
        self.relay = _Relay()
        self.relay.done.connect(self._show)
        self.relay.failed.connect(self._build_failed)
        self.close_button.setFocus()
        QThreadPool.globalInstance().start(_Build(make_pdf, self.relay))

    def _button(self, text: str, description: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- building -------------------------------------------------------------------------

    def _show(self, data: object) -> None:
        if not isinstance(data, bytes):
            return
        self.pdf_bytes = data
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        pages = self.document.pageCount()
        self.status.setText(
            QCoreApplication.translate("PrintPreviewDialog", "%n page(s)", None, pages)
        )
        for button in (
            self.print_button,
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            button.setEnabled(True)
        self.print_button.setDefault(True)
        self.view.setFocus()
        self.ready.emit()

    def _build_failed(self, exc: object) -> None:
        error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        self.status.setText(
            QCoreApplication.translate("PrintPreviewDialog", "The PDF could not be made.")
        )
        message = show_error(self, error) or getattr(error, "message", str(error))
        self.failed.emit(str(message))

    # -- zoom -----------------------------------------------------------------------------

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def zoom_in(self) -> None:
        if self.pdf_bytes is not None:
            self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        if self.pdf_bytes is not None:
            self._zoom(1 / ZOOM_STEP)

    # -- print and save -------------------------------------------------------------------

    def print_pdf(self) -> None:
        """Ask which printer, then draw each page at the printer's resolution."""
        if self.pdf_bytes is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_filename).stem)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        """Draw the chosen pages on ``printer``, one printer page per PDF page."""
        count = self.document.pageCount()
        first, last = printer.fromPage() or 1, printer.toPage() or count
        painter = QPainter()
        if not painter.begin(printer):
            show_error(
                self,
                OSError(
                    QCoreApplication.translate(
                        "PrintPreviewDialog", "The printer could not be started."
                    )
                ),
            )
            return
        try:
            for number in range(first - 1, min(last, count)):
                if number > first - 1:
                    printer.newPage()
                area = painter.viewport()
                size = self.document.pagePointSize(number)
                scale = min(area.width() / size.width(), area.height() / size.height())
                image = self.document.render(
                    number, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        """Ask where, then write the file whole or not at all."""
        if self.pdf_bytes is None:
            return
        from workbook.ui.widgets.screen_support import save_folder

        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"),
            str(save_folder() / self.suggested_filename),
            QCoreApplication.translate("PrintPreviewDialog", "PDF files (*.pdf)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from workbook.core.printing import write_atomically

        try:
            write_atomically(path, self.pdf_bytes)
        except Exception as error:  # a full disk or a read-only folder: say so calmly
            show_error(self, error)
            return
        self.status.setText(
            QCoreApplication.translate("PrintPreviewDialog", "Saved to {path}").format(path=path)
        )

    # -- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Forget the PDF (it may hold the person's answers) as the dialog closes."""
        self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
        self.pdf_bytes = None
        super().done(result)
