"""Export for my clinic (FHIR): finished questionnaires as a file a clinic's health record
system reads, after the same warning as every export (the file is NOT encrypted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.core.printing.report_data import REPORT_PERIODS, period_dates
from workbook.ui.printing.export_dialog import not_encrypted_box
from workbook.ui.widgets import theme
from workbook.ui.widgets.dialog_parts import KeyedChoice, dialog_column, ok_cancel
from workbook.ui.widgets.screen_support import label

MEASURES, EVERYTHING = "measures", "everything"


class ClinicExportDialog(QDialog):
    """Choose what and which dates, read the warning, choose where; ``exported(path)`` when written."""

    exported = Signal(str)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.resize(600, 560)
        outer = dialog_column(
            self,
            QCoreApplication.translate("ClinicExportDialog", "Export for my clinic (FHIR)"),
            heading=QCoreApplication.translate(
                "ClinicExportDialog", "Share your results with your clinic"
            ),
        )
        # The choices scroll when the text is large or the screen small; the warning's
        # words and the buttons are never squeezed out of sight.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its choices take focus, and scroll in
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "ClinicExportDialog",
                    "One file in FHIR, the format clinics' health record systems read. Give it to your clinic the way they ask, never by ordinary email.",
                ),
                "muted",
            )
        )
        box, self.warning = not_encrypted_box(
            QCoreApplication.translate("ClinicExportDialog", "The exported file is NOT encrypted.")
        )
        layout.addWidget(box)
        self.what = KeyedChoice(
            self,
            layout,
            (
                (
                    MEASURES,
                    QCoreApplication.translate("ClinicExportDialog", "Questionnaire scores only"),
                ),
                (
                    EVERYTHING,
                    QCoreApplication.translate(
                        "ClinicExportDialog", "Everything I have finished, answers in full"
                    ),
                ),
            ),
        )
        row = QHBoxLayout()
        words = QLabel(QCoreApplication.translate("ClinicExportDialog", "Dates:"))
        self.period = QComboBox()
        self.period.setAccessibleName(
            QCoreApplication.translate("ClinicExportDialog", "Dates to include")
        )
        for days, source in REPORT_PERIODS:
            text = QCoreApplication.translate("ReportPeriods", source)
            self.period.addItem(text, days)
        words.setBuddy(self.period)
        row.addWidget(words)
        row.addWidget(self.period)
        row.addStretch(1)
        layout.addLayout(row)
        self.with_name = QCheckBox(
            QCoreApplication.translate("ClinicExportDialog", "Put my name on it")
        )
        self.with_name.setAccessibleName(
            QCoreApplication.translate("ClinicExportDialog", "Put my name on the export")
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(
            QCoreApplication.translate("ClinicExportDialog", "Your name, as your clinic knows it")
        )
        self.name.setPlaceholderText(
            QCoreApplication.translate("ClinicExportDialog", "Your name, as your clinic knows it")
        )
        self.name.setEnabled(False)
        self.with_name.toggled.connect(self.name.setEnabled)
        layout.addWidget(self.with_name)
        layout.addWidget(self.name)
        layout.addStretch(1)
        self.status = label("")
        self.status.setAccessibleName(
            QCoreApplication.translate("ClinicExportDialog", "Export status")
        )
        outer.addWidget(self.status)
        buttons, self.go = ok_cancel(
            self,
            outer,
            QCoreApplication.translate("ClinicExportDialog", "I understand, choose where to save…"),
            accessible=QCoreApplication.translate(
                "ClinicExportDialog",
                "I understand the export is not encrypted; choose where to save",
            ),
            on_ok=self.choose_and_export,
        )
        # At large text sizes the buttons set the width, so their words are never cut.
        margins = outer.contentsMargins()
        self.setMinimumWidth(
            max(560, buttons.sizeHint().width() + margins.left() + margins.right())
        )

    def choices(self) -> Any:
        from workbook.core.usecases.clinic_export import ClinicChoices

        start, end = period_dates(self.period.currentData(), date.today())
        name = self.name.text().strip() if self.with_name.isChecked() else ""
        return ClinicChoices(
            start=start,
            end=end,
            everything=self.what.key(MEASURES) == EVERYTHING,
            name=name or None,
        )

    def choose_and_export(self) -> None:
        from workbook.ui.widgets.screen_support import save_folder

        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ClinicExportDialog", "Export for my clinic"),
            str(
                save_folder()
                / QCoreApplication.translate("ClinicExportDialog", "for my clinic.fhir.json")
            ),
            QCoreApplication.translate("ClinicExportDialog", "FHIR JSON files (*.json)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        """Write the file in the background through the operation path; closes when written."""
        from workbook.core.usecases.clinic_export import export_for_clinic
        from workbook.ui.operation import WriteOp

        choices = self.choices()
        self.go.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ClinicExportDialog", "Exporting…"))
        theme.set_role(self.status, "muted")
        op = WriteOp(
            self.service,
            lambda program, workbook: export_for_clinic(program, workbook, target, choices),
            what=QCoreApplication.translate("ClinicExportDialog", "your export for the clinic"),
        )
        op.success(lambda shared: self._done(target, shared)).failure(self._failed)
        op.run_in_background()

    def _done(self, target: Path, shared: Any) -> None:
        count = shared.responses
        self.status.setText(
            QCoreApplication.translate(
                "ClinicExportDialog",
                "Exported %n questionnaire(s) to {target}. Remember: it is not encrypted.",
                None,
                count,
            ).format(target=target)
        )
        theme.set_role(self.status, "success")
        self.exported.emit(str(target))
        self.accept()

    def _failed(self, message: str, advice: str) -> None:
        self.go.setEnabled(True)
        self.status.setText(f"{message} {advice}".strip())
        theme.set_role(self.status, "error")
