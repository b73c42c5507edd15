"""The live preview window: a module as a client sees it, its printed worksheet and its problems.

It polls the file (``workbook.core.authoring.watch`` decides when a save has settled)
and reloads within a second of each save, on the page the author was on, with the
answers typed so far. A save with errors leaves the last good version on screen and
brings the Problems tab forward; nothing typed here is ever stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.core.authoring.preview import (
    Preview,
    kept_answers,
    kept_page,
    live_results,
    load_preview,
)
from workbook.core.authoring.watch import POLL_MS, FileState, FileWatch
from workbook.core.language.checker import format_text
from workbook.ui.preview.host import PreviewHost
from workbook.ui.program.entry_view import EntryView
from workbook.ui.widgets import fit, theme


class PreviewWindow(QWidget):
    """``PreviewWindow(path)``: shows the module file and follows every save of it."""

    #: the file was read again (whether or not it had errors)
    reloaded = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, *, poll_ms: int = POLL_MS):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = Path(path).resolve()
        self.setWindowTitle(
            QCoreApplication.translate("PreviewWindow", "Preview: {name}").format(
                name=self.path.name
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate("PreviewWindow", "Preview of the module file {name}").format(
                name=self.path.name
            )
        )
        self.resize(1280, 820)
        fit.keep_on_screen(self)
        self.preview: Preview | None = None
        self.view: EntryView | None = None
        self.pdf_buffer: QBuffer | None = None

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("PreviewWindow", "Preview status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_stack = QStackedWidget(self)

        self.tabs = QTabWidget(self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        # the caret under each message points at a column: wrapping would move it
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems.setAccessibleName(
            QCoreApplication.translate("PreviewWindow", "Problems in the module file")
        )
        self.results = QPlainTextEdit(self)
        self.results.setReadOnly(True)
        self.results.setAccessibleName(
            QCoreApplication.translate(
                "PreviewWindow", "Scores and flags for the answers typed in the preview"
            )
        )
        self.document = QPdfDocument(self)
        self.printed = QPdfView(self)
        self.printed.setDocument(self.document)
        self.printed.setPageMode(QPdfView.PageMode.MultiPage)
        self.printed.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.printed.setAccessibleName(
            QCoreApplication.translate("PreviewWindow", "The printed worksheet")
        )
        self.printed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tabs.addTab(self.problems, QCoreApplication.translate("PreviewWindow", "Problems"))
        self.tabs.addTab(self.results, QCoreApplication.translate("PreviewWindow", "Scores"))
        self.tabs.addTab(self.printed, QCoreApplication.translate("PreviewWindow", "Printed"))

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.page_stack)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)

        self.watch = FileWatch(self.path)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._poll)
        self.reload()
        self.timer.start()

    # -- following the file ------------------------------------------------------------------
    def _poll(self) -> None:
        state = self.watch.poll()
        if state is FileState.CHANGED:
            self.reload()
        elif state is FileState.MISSING:
            self._set_status(
                QCoreApplication.translate(
                    "PreviewWindow",
                    "{name} is not there just now (moved, deleted or being saved); the preview shows it again as soon as it is back.",
                ).format(name=self.path.name),
                error=True,
            )

    def reload(self) -> None:
        """Read the file again and show it; never raises whatever the file holds."""
        preview = load_preview(self.path)
        older = self.preview.module if self.preview is not None else None
        # paths are said from the module's folder: the window's title names the file
        folder = f"{self.path.parent}{os.sep}"
        self.problems.setPlainText(format_text(preview.diagnostics).replace(folder, ""))
        if preview.module is not None:
            self._show_module(preview)
            self.preview = preview
        else:
            # nothing to show yet: the problems get the whole width
            self.page_stack.setVisible(self.view is not None)
            self.tabs.setCurrentWidget(self.problems)
            self.preview = Preview(
                preview.path,
                older,
                self.preview.program if self.preview else preview.program,
                preview.diagnostics,
            )
        self._set_status(
            preview.status(showing_older=self.view is not None), error=preview.module is None
        )
        self.reloaded.emit()

    def _show_module(self, preview: Preview) -> None:
        module = preview.module
        assert module is not None
        page, answers = 0, {}
        if self.view is not None:
            page = kept_page(self.view.module, self.view.current_page(), module)
            answers = kept_answers(module, self.view.session.answers)
        view = EntryView(PreviewHost(preview.program), module, preview=True, parent=self)
        view.fill_answers(answers)
        if page:
            view.open_page(page)
        for page_view in view.pages:
            for widget in page_view.fields.values():
                widget.changed.connect(self._show_results)
        old, self.view = self.view, view
        self.page_stack.addWidget(view)
        self.page_stack.setCurrentWidget(view)
        self.page_stack.show()
        if old is not None:
            self.page_stack.removeWidget(old)
            old.deleteLater()
        self._show_results(preview)
        self._show_printed(preview)
        if not preview.diagnostics and self.tabs.currentWidget() is self.problems:
            self.tabs.setCurrentWidget(self.results)

    def _show_results(self, preview: object = None) -> None:
        shown = preview if isinstance(preview, Preview) else self.preview
        if self.view is None or shown is None:
            return
        lines = live_results(self.view.module, self.view.session.answers, shown.program)
        self.results.setPlainText("\n".join(lines))

    def _show_printed(self, preview: Preview) -> None:
        from workbook.core.printing import worksheet_pdf

        assert preview.module is not None
        self.document.close()
        try:
            data = worksheet_pdf(preview.module, preview.program.title, "blank")
        except Exception as exc:  # a printing bug must not take the preview down
            self.problems.appendPlainText(
                QCoreApplication.translate(
                    "PreviewWindow", "\nThe printed worksheet could not be made ({kind}: {exc})."
                ).format(kind=type(exc).__name__, exc=exc)
            )
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.pdf_buffer is not None:
            self.pdf_buffer.deleteLater()
        self.pdf_buffer = buffer

    def _set_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        theme.set_role(self.status, "error" if error else "muted")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.document.close()
        super().closeEvent(event)
