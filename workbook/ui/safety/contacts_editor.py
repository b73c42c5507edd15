"""Settings for the safety panel: which country's crisis lines to show, and the person's own
crisis contacts. Both are kept in the encrypted workbook, never in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbook.core import crisis
from workbook.core.crisis import CrisisLine, PersonalContact
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.usecases.settings import save_crisis_contacts, save_crisis_country
from workbook.ui.operation import OpHost, UseCase, WriteOp
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.core.usecases import Done

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("SafetyContactsEditor", "Name")),
    ("phone", QT_TRANSLATE_NOOP("SafetyContactsEditor", "Phone")),
    ("note", QT_TRANSLATE_NOOP("SafetyContactsEditor", "Note")),
)


def _brief(line: CrisisLine) -> str:
    """ "Samaritans 116 123", "Shout (text 85258)", "NHS 111" (no number said twice)."""
    if line.phone:
        return line.name if line.phone in line.name else f"{line.name} {line.phone}"
    if line.text:
        return (
            line.name
            if line.text in line.name
            else QCoreApplication.translate("SafetyContactsEditor", "{name} (text {text})").format(
                name=line.name, text=line.text
            )
        )
    return line.name


class CrisisContactsEditor(QWidget):
    """Country picker, that country's lines (read-only), and an editable list of own contacts.

    Each finished cell edit is saved straight away through the operation path; if that
    fails the table keeps what was typed and the problem bar below it offers Try again.
    """

    def __init__(self, service: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._saving = False
        self.directory = crisis.directory_or_minimal()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        row = QHBoxLayout()
        row.addWidget(label(QCoreApplication.translate("CrisisContactsEditor", "Country")))
        self.country = QComboBox()
        self.country.setAccessibleName(
            QCoreApplication.translate("CrisisContactsEditor", "Country for crisis lines")
        )
        for code, name in self.directory.choices():
            self.country.addItem(name, code)
        self.country.currentIndexChanged.connect(self._country_chosen)
        row.addWidget(self.country)
        row.addStretch(1)
        layout.addLayout(row)
        self.lines_note = label("", "muted")
        self.lines_note.setAccessibleName(
            QCoreApplication.translate(
                "CrisisContactsEditor", "Crisis lines shown for this country"
            )
        )
        layout.addWidget(self.lines_note)

        layout.addWidget(
            label(
                QCoreApplication.translate("CrisisContactsEditor", "People you choose"), "subtitle"
            )
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "CrisisContactsEditor",
                    "Shown in Need help now, beside the crisis lines: a friend, a relative, your care team.",
                ),
                "muted",
            )
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SafetyContactsEditor", words) for _, words in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(
            QCoreApplication.translate("CrisisContactsEditor", "Your crisis contacts")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            QCoreApplication.translate(
                "CrisisContactsEditor", "Note: when to call them, or who they are"
            )
        )
        self.table.setMinimumHeight(160)
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(
            QCoreApplication.translate("CrisisContactsEditor", "Add a person")
        )
        self.add_button.setAccessibleName(
            QCoreApplication.translate("CrisisContactsEditor", "Add a crisis contact")
        )
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton(
            QCoreApplication.translate("CrisisContactsEditor", "Remove")
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("CrisisContactsEditor", "Remove the chosen crisis contact")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem = SaveProblem(self)
        layout.addWidget(self.problem)
        self.load()

    def load(self) -> None:
        store = self.service.workbook
        if store is None or self._saving or self.problem.showing:
            # a save of ours announces a change (the table already shows it); after a
            # failed save the table holds the only copy of what was typed
            return
        code = crisis.chosen_country(store, QLocale.system().name())
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(self.country.findData(code), 0))
        self.country.blockSignals(False)
        self._show_lines(code)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for contact in crisis.personal_contacts(store):
            self._append_row(contact)
        self.table.blockSignals(False)

    def _show_lines(self, code: str) -> None:
        lines = self.directory.for_country(code)
        shown = [
            QCoreApplication.translate("CrisisContactsEditor", "emergency {number}").format(
                number=lines.emergency_phrase
            )
            if lines.emergency
            else lines.emergency_phrase
        ]
        shown += [_brief(line) for line in lines.lines]
        self.lines_note.setText(
            QCoreApplication.translate(
                "CrisisContactsEditor", "Need help now shows: {lines}."
            ).format(lines=", ".join(shown))
        )

    def _append_row(self, contact: PersonalContact) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _) in enumerate(COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(contact, key)))

    def contacts(self) -> list[PersonalContact]:
        found = []
        for row in range(self.table.rowCount()):
            values = []
            for column in range(len(COLUMNS)):
                item = self.table.item(row, column)
                values.append(item.text().strip() if item is not None else "")
            found.append(PersonalContact(*values))
        return found

    def save(self) -> bool:
        """Save the table as it is now; False if it could not be saved (it stays as typed)."""
        if self.service.workbook is None:
            return False
        contacts = self.contacts()

        def write(_program: Program, workbook: Workbook) -> Done[None]:
            return save_crisis_contacts(workbook, contacts)

        return self._run(
            write,
            QCoreApplication.translate("CrisisContactsEditor", "your crisis contacts"),
            "crisis-contacts",
            self.save,
        )

    def _run(self, write: UseCase[None], what: str, key: str, retry: Callable[[], object]) -> bool:
        self._saving = True
        try:
            op = WriteOp(self.service, write, what=what, shown_in=self.problem, key=key)
            return op.retry_with(retry).run()
        finally:
            self._saving = False

    def add_contact(self) -> None:
        self.table.blockSignals(True)
        self._append_row(PersonalContact(""))
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.save()

    def _cell_changed(self, _item: QTableWidgetItem) -> None:
        self.save()

    def _country_chosen(self, index: int) -> None:
        code = str(self.country.itemData(index) or "")
        if self.service.workbook is not None:

            def write(_program: Program, workbook: Workbook) -> Done[None]:
                return save_crisis_country(workbook, code)

            self._run(
                write,
                QCoreApplication.translate("CrisisContactsEditor", "your crisis-line country"),
                "crisis-country",
                self._save_country,
            )
        self._show_lines(code)

    def _save_country(self) -> None:
        self._country_chosen(self.country.currentIndex())

    def clear_content(self) -> None:
        self.problem.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        self.table.setCurrentIndex(QModelIndex())  # no current row left
