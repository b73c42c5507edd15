"""What goes into a printed progress report: measures only, plus goals, plus chosen entries."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from workbook.core.printing.report_data import REPORT_PERIODS, period_dates
from workbook.core.usecases.reports import (
    MEASURES,
    WITH_ENTRIES,
    WITH_GOALS,
    entries_to_choose,
    report_sections,
)
from workbook.ui.widgets import fit
from workbook.ui.widgets.dialog_parts import KeyedChoice, dialog_column, ok_cancel
from workbook.ui.widgets.qt_dates import day_of
from workbook.ui.widgets.screen_support import label
from workbook.ui.widgets.wrapping_buttons import WrappingCheckBox

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost


class ReportDialog(QDialog):
    """Asks what to include; ``include()`` and ``entry_ids()`` feed ``progress_report_pdf``."""

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(560, 560)
        fit.keep_on_screen(self)
        layout = dialog_column(
            self,
            QCoreApplication.translate("ReportDialog", "Print progress report"),
            accessible=QCoreApplication.translate("ReportDialog", "Progress report choices"),
            heading=QCoreApplication.translate("ReportDialog", "What should the report include?"),
            spacing=10,
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "ReportDialog",
                    "The printed report is not encrypted. Take it to your clinician, or keep it somewhere private.",
                ),
                "muted",
            )
        )
        self.choice = KeyedChoice(
            self,
            layout,
            (
                (
                    MEASURES,
                    QCoreApplication.translate("ReportDialog", "Questionnaire results only"),
                ),
                (
                    WITH_GOALS,
                    QCoreApplication.translate(
                        "ReportDialog", "Questionnaire results and my goals"
                    ),
                ),
                (
                    WITH_ENTRIES,
                    QCoreApplication.translate(
                        "ReportDialog", "Results, goals and entries I choose"
                    ),
                ),
            ),
            checked=1,
        )
        self._add_dates(layout)
        self.checkins = WrappingCheckBox(
            QCoreApplication.translate("ReportDialog", "Include my daily check-in trends")
        )
        self.checkins.setChecked(True)
        self.checkins.setAccessibleName(
            QCoreApplication.translate("ReportDialog", "Include daily check-in trends")
        )
        layout.addWidget(self.checkins)
        self.plans = WrappingCheckBox(
            QCoreApplication.translate(
                "ReportDialog", "Include my safety and relapse-prevention plans"
            )
        )
        self.plans.setAccessibleName(
            QCoreApplication.translate(
                "ReportDialog", "Include my safety and relapse-prevention plans"
            )
        )
        layout.addWidget(self.plans)

        self.entries = QListWidget()
        self.entries.setAccessibleName(
            QCoreApplication.translate("ReportDialog", "Entries to include")
        )
        self._fill_entries(service)
        layout.addWidget(self.entries, 1)
        self.choice.buttonToggled.connect(lambda *_: self._update())
        self._update()

        ok_cancel(self, layout, QCoreApplication.translate("ReportDialog", "Preview report…"))

    def _add_dates(self, layout: Any) -> None:
        """Which dates: a period ending today, or two chosen days."""
        row = QHBoxLayout()
        row.setSpacing(8)
        words = QLabel(QCoreApplication.translate("ReportDialog", "Dates:"))
        self.period = QComboBox()
        self.period.setAccessibleName(QCoreApplication.translate("ReportDialog", "Report dates"))
        for days, source in REPORT_PERIODS:
            text = QCoreApplication.translate("ReportPeriods", source)
            self.period.addItem(text, days)
        self.period.addItem(QCoreApplication.translate("ReportDialog", "Dates I choose"), "chosen")
        words.setBuddy(self.period)
        today = QDate.currentDate()
        self.start_edit, self.end_edit = QDateEdit(today.addMonths(-3)), QDateEdit(today)
        for edit, name in (
            (self.start_edit, QCoreApplication.translate("ReportDialog", "Report from")),
            (self.end_edit, QCoreApplication.translate("ReportDialog", "Report to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QCoreApplication.translate("DateFormats", "d MMM yyyy"))
            edit.setAccessibleName(name)
        to = QLabel(QCoreApplication.translate("ReportDialog", "to"))  # from … to …
        row.addWidget(words)
        row.addWidget(self.period)
        row.addWidget(self.start_edit)
        row.addWidget(to)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.period.currentIndexChanged.connect(lambda *_: self._update())

    def date_range(self) -> tuple[date | None, date | None]:
        """``start`` and ``end`` for ``progress_report_pdf`` (None: no limit)."""
        days = self.period.currentData()
        if days == "chosen":
            start, end = day_of(self.start_edit.date()), day_of(self.end_edit.date())
            return (start, end) if start <= end else (end, start)
        return period_dates(days, date.today())

    def _fill_entries(self, service: ScreenHost) -> None:
        for choice in entries_to_choose(service.program, service.require()):
            item = QListWidgetItem(choice.words)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, choice.entry_id)
            self.entries.addItem(item)

    def mode(self) -> str:
        return self.choice.key(WITH_GOALS)

    def set_mode(self, key: str) -> None:
        self.choice.set_key(key)

    def _update(self) -> None:
        self.entries.setEnabled(self.mode() == WITH_ENTRIES)
        chosen = self.period.currentData() == "chosen"
        self.start_edit.setEnabled(chosen)
        self.end_edit.setEnabled(chosen)

    def include(self) -> tuple[str, ...]:
        """Sections for ``progress_report_pdf(include=...)``."""
        return report_sections(
            self.mode(), checkins=self.checkins.isChecked(), plans=self.plans.isChecked()
        )

    def entry_ids(self) -> tuple[str, ...]:
        if self.mode() != WITH_ENTRIES:
            return ()
        chosen = []
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(chosen)
