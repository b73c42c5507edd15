"""What goes into a printed progress report: measures only, plus goals, plus chosen entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QListWidget, QListWidgetItem, QWidget

from workbook.ui.dialog_parts import KeyedChoice, dialog_column, ok_cancel
from workbook.ui.screen_support import label

MEASURES, WITH_GOALS, WITH_ENTRIES = "measures", "goals", "entries"
#: Modules whose entries are not offered one by one (they are charted instead).
SKIPPED_RECORDS = {"checkin"}


class ReportDialog(QDialog):
    """Asks what to include; ``include()`` and ``entry_ids()`` feed ``progress_report_pdf``."""

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(560, 560)
        layout = dialog_column(
            self,
            "Print progress report",
            accessible="Progress report choices",
            heading="What should the report include?",
            spacing=10,
        )
        layout.addWidget(
            label(
                "The printed report is not encrypted. Take it to your clinician, or keep it "
                "somewhere private.",
                "muted",
            )
        )
        self.choice = KeyedChoice(
            self,
            layout,
            (
                (MEASURES, "Questionnaire results only"),
                (WITH_GOALS, "Questionnaire results and my goals"),
                (WITH_ENTRIES, "Results, goals and entries I choose"),
            ),
            checked=1,
        )
        self.checkins = QCheckBox("Include my daily check-in trends")
        self.checkins.setChecked(True)
        self.checkins.setAccessibleName("Include daily check-in trends")
        layout.addWidget(self.checkins)
        self.plans = QCheckBox("Include my safety and relapse-prevention plans")
        self.plans.setAccessibleName("Include my safety and relapse-prevention plans")
        layout.addWidget(self.plans)

        self.entries = QListWidget()
        self.entries.setAccessibleName("Entries to include")
        self._fill_entries(service)
        layout.addWidget(self.entries, 1)
        self.choice.buttonToggled.connect(lambda *_: self._update())
        self._update()

        ok_cancel(self, layout, "Preview report…")

    def _fill_entries(self, service: Any) -> None:
        program = service.program
        for entry in service.workbook.entries(status="complete"):
            module = program.module(entry.module_id)
            if module is None or module.records in SKIPPED_RECORDS:
                continue
            when = entry.completed_at or entry.updated_at
            item = QListWidgetItem(f"{module.title} — {when:%d %B %Y}".replace(" 0", " "))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)

    def mode(self) -> str:
        return self.choice.key(WITH_GOALS)

    def set_mode(self, key: str) -> None:
        self.choice.set_key(key)

    def _update(self) -> None:
        self.entries.setEnabled(self.mode() == WITH_ENTRIES)

    def include(self) -> tuple[str, ...]:
        """Sections for ``progress_report_pdf(include=...)``."""
        parts = ["measures"]
        if self.checkins.isChecked():
            parts.append("checkins")
        if self.mode() in (WITH_GOALS, WITH_ENTRIES):
            parts.append("goals")
        if self.plans.isChecked():
            parts.append("plans")
        if self.mode() == WITH_ENTRIES:
            parts.append("entries")
        return tuple(parts)

    def entry_ids(self) -> tuple[str, ...]:
        if self.mode() != WITH_ENTRIES:
            return ()
        chosen = []
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(chosen)
