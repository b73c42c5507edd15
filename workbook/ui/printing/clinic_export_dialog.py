"""Export for my clinic (FHIR): finished questionnaires as a file a clinic's health record
system reads, after the same warning as every export (the file is NOT encrypted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
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
            self, "Export for my clinic (FHIR)", heading="Share your results with your clinic"
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
                "One file in FHIR, the format clinics' health record systems read. Give it "
                "to your clinic the way they ask, never by ordinary email.",
                "muted",
            )
        )
        box, self.warning = not_encrypted_box("The exported file is NOT encrypted.")
        layout.addWidget(box)
        self.what = KeyedChoice(
            self,
            layout,
            (
                (MEASURES, "Questionnaire scores only"),
                (EVERYTHING, "Everything I have finished, answers in full"),
            ),
        )
        row = QHBoxLayout()
        words = QLabel("Dates:")
        self.period = QComboBox()
        self.period.setAccessibleName("Dates to include")
        for days, text in REPORT_PERIODS:
            self.period.addItem(text, days)
        words.setBuddy(self.period)
        row.addWidget(words)
        row.addWidget(self.period)
        row.addStretch(1)
        layout.addLayout(row)
        self.with_name = QCheckBox("Put my name on it")
        self.with_name.setAccessibleName("Put my name on the export")
        self.name = QLineEdit()
        self.name.setAccessibleName("Your name, as your clinic knows it")
        self.name.setPlaceholderText("Your name, as your clinic knows it")
        self.name.setEnabled(False)
        self.with_name.toggled.connect(self.name.setEnabled)
        layout.addWidget(self.with_name)
        layout.addWidget(self.name)
        layout.addStretch(1)
        self.status = label("")
        self.status.setAccessibleName("Export status")
        outer.addWidget(self.status)
        buttons, self.go = ok_cancel(
            self,
            outer,
            "I understand, choose where to save…",
            accessible="I understand the export is not encrypted; choose where to save",
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
            "Export for my clinic",
            str(save_folder() / "for my clinic.fhir.json"),
            "FHIR JSON files (*.json)",
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
        self.status.setText("Exporting…")
        theme.set_role(self.status, "muted")
        op = WriteOp(
            self.service,
            lambda program, workbook: export_for_clinic(program, workbook, target, choices),
            what="your export for the clinic",
        )
        op.success(lambda shared: self._done(target, shared)).failure(self._failed)
        op.run_in_background()

    def _done(self, target: Path, shared: Any) -> None:
        self.status.setText(
            f"Exported {shared.responses} questionnaire(s) to {target}. "
            "Remember: it is not encrypted."
        )
        theme.set_role(self.status, "success")
        self.exported.emit(str(target))
        self.accept()

    def _failed(self, message: str, advice: str) -> None:
        self.go.setEnabled(True)
        self.status.setText(f"{message} {advice}".strip())
        theme.set_role(self.status, "error")
