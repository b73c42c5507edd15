"""The Settings screen.

Appearance (text size, light/dark) is about this computer and holds nothing personal,
so it lives in QSettings through the theme. Everything else (auto-lock, reminder,
crisis country and contacts) belongs to the person and is kept inside the encrypted
workbook. Passphrase, backups and export are here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.usecases.settings import (
    AUTO_LOCK_MINUTES,
    CHECKIN_REMINDER,
    DEFAULT_AUTO_LOCK_MINUTES,
    save_setting,
)
from workbook.ui.operation import WriteOp
from workbook.ui.safety.contacts_editor import CrisisContactsEditor
from workbook.ui.settings.backup_panel import BackupPanel
from workbook.ui.settings.language_choice import LanguageChoice
from workbook.ui.settings.sync_panel import SyncPanel
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label, scroll_page, settings_store
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.core.usecases import Done
    from workbook.ui.screen_host import ScreenHost

LOCK_CHOICES = (2, 5, 10, 15, 30, 60, 0)
DEFAULT_REMINDER = "19:00"
SCHEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsView", "Follow my computer")),
    ("light", QT_TRANSLATE_NOOP("SettingsView", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsView", "Dark")),
)


def _minutes_words(minutes: int) -> str:
    if minutes == 0:
        return QCoreApplication.translate("SettingsView", "Never (not recommended)")
    return QCoreApplication.translate(
        "SettingsView", "After %n minute(s) without use", None, minutes
    )


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(16)
    return form


def _section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(16, 18, 16, 14)
    layout.setSpacing(10)
    return box, layout


class SettingsScreen(QWidget):
    """All settings on one scrolling page, each change saved as soon as it is made."""

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setAccessibleName(QCoreApplication.translate("SettingsScreen", "Settings"))
        self.page_scroll = scroll_page(
            self, QCoreApplication.translate("SettingsScreen", "Settings page")
        )
        self._loading = False
        self._writing = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(18)
        layout.addWidget(label(QCoreApplication.translate("SettingsScreen", "Settings"), "title"))
        layout.addWidget(self._appearance())
        layout.addWidget(self._privacy())
        layout.addWidget(self._reminder())
        box, inner = _section(QCoreApplication.translate("SettingsScreen", "Crisis support"))
        self.contacts = CrisisContactsEditor(self.service)
        inner.addWidget(self.contacts)
        layout.addWidget(box)
        layout.addWidget(self._security())
        box, inner = _section(QCoreApplication.translate("SettingsScreen", "Backups"))
        self.backups = BackupPanel(self.service)
        inner.addWidget(self.backups)
        layout.addWidget(box)
        box, inner = _section(QCoreApplication.translate("SettingsScreen", "Sync"))
        self.sync = SyncPanel(self.service)
        inner.addWidget(self.sync)
        layout.addWidget(box)
        layout.addWidget(self._export())
        layout.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(body, 1)
        row.addStretch(0)
        self.page_scroll.setWidget(holder)

    # ---- sections -----------------------------------------------------------------------

    def _appearance(self) -> QGroupBox:
        box, layout = _section(
            QCoreApplication.translate("SettingsScreen", "Appearance on this computer")
        )
        form = _form()
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(QCoreApplication.translate("SettingsScreen", "Text size"))
        for scale in theme.TEXT_SCALES:
            percent = QLocale().toString(round(scale * 100)) + QLocale().percent()
            words = (
                QCoreApplication.translate("SettingsView", "{percent} (normal)").format(
                    percent=percent
                )
                if scale == 1.0
                else percent
            )
            self.text_size.addItem(words, scale)
        self.text_size.currentIndexChanged.connect(self._text_size_chosen)
        theme.when_restyled(self.text_size, self._show_appearance)
        form.addRow(
            label(QCoreApplication.translate("SettingsScreen", "Text size")), self.text_size
        )
        schemes = WrapLayout(spacing=12)  # a second line rather than a sideways page
        self.scheme = QButtonGroup(self)
        for key, source in SCHEMES:
            words = QCoreApplication.translate("SettingsView", source)
            button = QRadioButton(words)
            button.setAccessibleName(
                QCoreApplication.translate("SettingsScreen", "Colours: {words}").format(words=words)
            )
            button.setProperty("key", key)
            self.scheme.addButton(button)
            schemes.addWidget(button)
        self.scheme.buttonToggled.connect(self._scheme_chosen)
        form.addRow(label(QCoreApplication.translate("SettingsScreen", "Colours")), schemes)
        self.language = LanguageChoice()
        form.addRow(label(QCoreApplication.translate("SettingsScreen", "Language")), self.language)
        layout.addLayout(form)
        return box

    def _privacy(self) -> QGroupBox:
        box, layout = _section(QCoreApplication.translate("SettingsScreen", "Locking"))
        form = _form()
        self.auto_lock = QComboBox()
        self.auto_lock.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Lock the workbook automatically")
        )
        for minutes in LOCK_CHOICES:
            self.auto_lock.addItem(_minutes_words(minutes), minutes)
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        form.addRow(
            label(QCoreApplication.translate("SettingsScreen", "Lock automatically")),
            self.auto_lock,
        )
        layout.addLayout(form)
        self.lock_problem = SaveProblem()
        layout.addWidget(self.lock_problem)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "SettingsScreen",
                    "You can always lock at once with Ctrl+L. Your work is saved first.",
                ),
                "muted",
            )
        )
        return box

    def _reminder(self) -> QGroupBox:
        box, layout = _section(
            QCoreApplication.translate("SettingsScreen", "Daily check-in reminder")
        )
        row = QHBoxLayout()
        self.reminder_on = QCheckBox(QCoreApplication.translate("SettingsScreen", "Remind me at"))
        self.reminder_on.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Remind me to check in each day")
        )
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        # a time reads left to right in every script (right to left it became 00:19)
        self.reminder_time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reminder_time.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Reminder time")
        )
        self.reminder_on.toggled.connect(self._reminder_changed)
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        row.addWidget(self.reminder_on)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        layout.addLayout(row)
        self.reminder_problem = SaveProblem()
        layout.addWidget(self.reminder_problem)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "SettingsScreen",
                    "A quiet notification while Workbook is open, not once today's check-in is done. It never shows anything you wrote.",
                ),
                "muted",
            )
        )
        return box

    def _security(self) -> QGroupBox:
        box, layout = _section(QCoreApplication.translate("SettingsScreen", "Passphrase"))
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "SettingsScreen",
                    "Change the passphrase you unlock this workbook with, or replace a lost or seen recovery key.",
                ),
                "muted",
            )
        )
        self.passphrase_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "Change passphrase…")
        )
        self.passphrase_button.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Change passphrase")
        )
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.passphrase_status = label("", "success")
        self.passphrase_status.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Passphrase status")
        )
        self.recovery_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "Make a new recovery key…")
        )
        self.recovery_button.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Make a new recovery key")
        )
        self.recovery_button.clicked.connect(self.new_recovery_key)
        row = WrapLayout(spacing=10)  # buttons wrap when their words run long (Spanish)
        row.addWidget(self.passphrase_button)
        row.addWidget(self.recovery_button)
        layout.addLayout(row)
        layout.addWidget(self.passphrase_status)
        return box

    def _export(self) -> QGroupBox:
        box, layout = _section(QCoreApplication.translate("SettingsScreen", "Export"))
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "SettingsScreen",
                    "Save a copy of everything you have written as JSON or CSV files. The copy is NOT encrypted.",
                ),
                "muted",
            )
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "Export my data…")
        )
        self.export_button.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Export my data (not encrypted)")
        )
        self.export_button.clicked.connect(self.export)
        self.clinic_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "Export for my clinic (FHIR)…")
        )
        self.clinic_button.setAccessibleName(
            QCoreApplication.translate(
                "SettingsScreen", "Export for my clinic (FHIR, not encrypted)"
            )
        )
        self.clinic_button.clicked.connect(self.export_for_clinic)
        row = WrapLayout(spacing=10)
        row.addWidget(self.export_button)
        row.addWidget(self.clinic_button)
        layout.addLayout(row)
        return box

    # ---- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the saved values (without writing them back)."""
        if self._writing:
            return  # our own change, announced back to us: the screen already shows it
        self._show_appearance()
        self._loading = True
        try:
            store = settings_store(self.service)
            if store is None:
                return
            minutes = store.get_setting(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES)
            index = self.auto_lock.findData(
                minutes if minutes in LOCK_CHOICES else DEFAULT_AUTO_LOCK_MINUTES
            )
            self.auto_lock.setCurrentIndex(max(index, 0))
            reminder = store.get_setting(CHECKIN_REMINDER, None)
            on = isinstance(reminder, str) and QTime.fromString(reminder, "HH:mm").isValid()
            self.reminder_on.setChecked(on)
            shown = reminder if on else DEFAULT_REMINDER
            self.reminder_time.setTime(QTime.fromString(shown, "HH:mm"))
            self.reminder_time.setEnabled(on)
            self.contacts.load()
            self.backups.load()
            self.sync.load()
        finally:
            self._loading = False

    def _show_appearance(self) -> None:
        """The text size and scheme in use, also after Ctrl+= or Ctrl+- from the View menu."""
        loading, self._loading = self._loading, True
        try:
            scale = theme.text_scale()
            nearest = min(
                range(len(theme.TEXT_SCALES)), key=lambda i: abs(theme.TEXT_SCALES[i] - scale)
            )
            self.text_size.setCurrentIndex(nearest)
            preference = theme.color_scheme_preference()
            for button in self.scheme.buttons():
                button.setChecked(button.property("key") == preference)
        finally:
            self._loading = loading

    # ---- writing ------------------------------------------------------------------------

    def _text_size_chosen(self, index: int) -> None:
        if not self._loading:
            theme.set_text_scale(float(self.text_size.itemData(index)))

    def _scheme_chosen(self, button: QRadioButton, checked: bool) -> None:
        if checked and not self._loading:
            theme.set_color_scheme_preference(str(button.property("key")))

    def _write(self, key: str, value: object, what: str, shown_in: SaveProblem) -> None:
        if self.service.workbook is None or self._loading:
            return

        def write(_program: Program, workbook: Workbook) -> Done[None]:
            return save_setting(workbook, key, value)

        self._writing = True
        try:
            WriteOp(self.service, write, what=what, shown_in=shown_in, key=f"setting:{key}").run()
        finally:
            self._writing = False

    def _auto_lock_chosen(self, index: int) -> None:
        minutes = int(self.auto_lock.itemData(index))
        self._write(
            AUTO_LOCK_MINUTES,
            minutes,
            QCoreApplication.translate("SettingsScreen", "your auto-lock choice"),
            self.lock_problem,
        )

    def _reminder_changed(self, *_args: object) -> None:
        on = self.reminder_on.isChecked()
        self.reminder_time.setEnabled(on)
        value = self.reminder_time.time().toString("HH:mm") if on else ""
        self._write(
            CHECKIN_REMINDER,
            value,
            QCoreApplication.translate("SettingsScreen", "your reminder time"),
            self.reminder_problem,
        )

    def change_passphrase(self) -> None:
        from workbook.ui.settings.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.service, self)
        dialog.succeeded.connect(lambda: self.passphrase_status.setText("Passphrase changed."))
        dialog.exec()
        dialog.deleteLater()

    def new_recovery_key(self) -> None:
        """Replace a lost or seen recovery key, after saying what happens to the old one."""
        from workbook.ui.settings.recovery_key_dialog import ON_REQUEST, offer_new_recovery_key

        def made() -> None:
            self.passphrase_status.setText(
                QCoreApplication.translate("SettingsScreen", "New recovery key made.")
            )

        offer_new_recovery_key(self, self.service, ON_REQUEST, made)

    def export(self) -> None:
        from workbook.ui.printing.export_dialog import ExportDialog

        dialog = ExportDialog(self.service, self)
        dialog.exec()
        dialog.deleteLater()

    def export_for_clinic(self) -> None:
        from workbook.ui.printing.clinic_export_dialog import ClinicExportDialog

        dialog = ClinicExportDialog(self.service, self)
        dialog.exec()
        dialog.deleteLater()

    def flush(self) -> None:
        """Nothing waits to be saved here: each setting is written as it is changed."""

    def resume_state(self) -> object:
        """No place on this screen to come back to but the screen itself."""
        return None

    def resume(self, state: object) -> None:
        """Showing the screen is enough (see ``resume_state``)."""

    def clear_content(self) -> None:
        """Forget the crisis contacts and backup list shown (the app is locking)."""
        self.contacts.clear_content()
        self.sync.clear_content()
        self.backups.list.clear()
        self.backups.backups = []
