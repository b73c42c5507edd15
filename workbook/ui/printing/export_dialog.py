"""Export everything the person wrote as JSON or CSV, after a plain warning that the files
are NOT encrypted. The one place the app writes their words in the clear, on purpose."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.widgets import theme
from workbook.ui.widgets.dialog_parts import KeyedChoice, dialog_column
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

JSON, CSV = "json", "csv"


def export_warning() -> str:
    from workbook.core.store.export import WARNING

    return QCoreApplication.translate("Export", WARNING)


def not_encrypted_box(headline: str) -> tuple[QFrame, QLabel]:
    """The warning every export shows before anything is written: (the box, its words)."""
    box = QFrame()
    theme.set_role(box, "callout-warning")
    inner = QVBoxLayout(box)
    inner.setContentsMargins(16, 12, 16, 12)
    inner.addWidget(label(headline, "subtitle"))
    warning = label(export_warning())
    warning.setAccessibleName(
        QCoreApplication.translate("PrintingExportDialog", "Warning: the export is not encrypted")
    )
    inner.addWidget(warning)
    return box, warning


class ExportDialog(QDialog):
    """Choose a format, read the warning, choose where; ``exported(path)`` when written."""

    exported = Signal(str)

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setMinimumWidth(540)
        layout = dialog_column(
            self,
            QCoreApplication.translate("ExportDialog", "Export my data"),
            heading=QCoreApplication.translate(
                "ExportDialog", "Export everything you have written"
            ),
        )

        box, self.warning = not_encrypted_box(
            QCoreApplication.translate("ExportDialog", "The exported files are NOT encrypted.")
        )
        layout.addWidget(box)

        self.format = KeyedChoice(
            self,
            layout,
            (
                (
                    JSON,
                    QCoreApplication.translate(
                        "ExportDialog", "One JSON file (complete, for another program)"
                    ),
                ),
                (
                    CSV,
                    QCoreApplication.translate(
                        "ExportDialog", "A folder of CSV files (for a spreadsheet)"
                    ),
                ),
            ),
        )
        self.status = label("")
        self.status.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(
            QCoreApplication.translate("ExportDialog", "I understand, choose where to save…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go.setAccessibleName(
            QCoreApplication.translate(
                "ExportDialog", "I understand the export is not encrypted; choose where to save"
            )
        )
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        return self.format.key(JSON)

    def choose_and_export(self) -> None:
        from workbook.ui.widgets.screen_support import save_folder

        folder = str(save_folder())
        name = self.service.require().name
        safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in name).strip() or "workbook"
        option = QFileDialog.Option.DontUseNativeDialog
        if self.chosen_format() == JSON:
            target, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("ExportDialog", "Export as JSON"), str(Path(folder) / f"{safe} export.json"),
                QCoreApplication.translate("ExportDialog", "JSON files (*.json)"), options=option,
            )  # fmt: skip
        else:
            target = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("ExportDialog", "Choose a folder for the CSV files"),
                folder,
                options=option,
            )
            if target:
                target = str(Path(target) / f"{safe} export")
        if target:
            self.export_to(Path(target), self.chosen_format())

    def export_to(self, target: Path, kind: str) -> None:
        """Write the export in the background; the dialog closes when it is written."""
        from workbook.core.language.answer_words import words_in_program
        from workbook.core.store.export import write_csv, write_json

        workbook = self.service.require()
        words = words_in_program(self.service.program)
        write = write_json if kind == JSON else write_csv
        self.go.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ExportDialog", "Exporting…"))
        theme.set_role(self.status, "muted")
        self.service.run_in_background(
            lambda: write(workbook, target, words), lambda _r: self._done(target), self._failed
        )

    def _done(self, target: Path) -> None:
        self.status.setText(
            QCoreApplication.translate(
                "ExportDialog", "Exported to {target}. Remember: it is not encrypted."
            ).format(target=target)
        )
        theme.set_role(self.status, "success")
        self.exported.emit(str(target))
        self.accept()

    def _failed(self, message: str, advice: str) -> None:
        self.go.setEnabled(True)
        self.status.setText(f"{message} {advice}".strip())
        theme.set_role(self.status, "error")
