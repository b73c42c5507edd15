"""Settings → Sync: the folder, this computer's name, when the others' changes arrived,
Sync now, and any conflicts to settle, each shown with both versions."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.usecases.sync import (
    adopt_new_passphrase,
    conflict_title,
    conflicts,
    keep_version,
    rename_this_computer,
    report_words,
    set_up_sync,
    status,
    status_lines,
    sync_now,
    version_words,
)
from workbook.ui.operation import WriteOp
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.core.store.sync.conflicts import Conflict
    from workbook.core.store.sync.engine import SyncReport
    from workbook.core.usecases import Done
    from workbook.ui.screen_host import ScreenHost


class SyncPanel(QWidget):
    """Sets sync up and runs it through the operation path; the core decides every word."""

    finished = Signal(str)

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._busy = False
        self.shown_conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "SyncPanel",
                    "Use this workbook on two computers. Workbook puts encrypted change files in a folder that Syncthing, Nextcloud, Dropbox or a USB stick carries between them; the workbook itself stays on each computer.",
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(
            QCoreApplication.translate("SyncPanel", "No sync folder chosen")
        )
        self.folder.setAccessibleName(QCoreApplication.translate("SyncPanel", "Sync folder"))
        self.choose_button = QPushButton(QCoreApplication.translate("SyncPanel", "Choose folder…"))
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("SyncPanel", "Choose the sync folder")
        )
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(label(QCoreApplication.translate("SyncPanel", "This computer's name:")))
        self.device_name = QLineEdit()
        self.device_name.setAccessibleName(
            QCoreApplication.translate("SyncPanel", "This computer's name")
        )
        self.device_name.setMaxLength(60)
        self.device_name.editingFinished.connect(self.rename)
        row.addWidget(self.device_name, 1)
        self.sync_button = QPushButton(QCoreApplication.translate("SyncPanel", "Sync now"))
        self.sync_button.setAccessibleName(
            QCoreApplication.translate("SyncPanel", "Sync with your other computers now")
        )
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        layout.addLayout(row)
        self.status = label("", "muted")
        self.status.setAccessibleName(QCoreApplication.translate("SyncPanel", "Sync status"))
        layout.addWidget(self.status)
        self.result = label("", "muted")
        self.result.setAccessibleName(QCoreApplication.translate("SyncPanel", "Last sync"))
        layout.addWidget(self.result)
        self.conflict_box = QVBoxLayout()
        self.conflict_box.setSpacing(8)
        layout.addLayout(self.conflict_box)
        self.load()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        workbook = self.service.workbook
        if workbook is None:
            return
        current = status(workbook)
        self.folder.setText("" if current.folder is None else str(current.folder))
        if not self.device_name.hasFocus():
            self.device_name.setText(current.device_name or socket.gethostname())
        self.status.setText("\n".join(status_lines(current)))
        self.sync_button.setEnabled(current.folder is not None and not self._busy)
        self.choose_button.setEnabled(not self._busy)
        self._show_conflicts(conflicts(workbook))

    def _show_conflicts(self, found: list[Conflict]) -> None:
        while self.conflict_box.count():
            item = self.conflict_box.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.shown_conflicts = found
        if not found:
            return
        self.conflict_box.addWidget(
            label(
                QCoreApplication.translate(
                    "SyncPanel",
                    "Changed on two computers before they synced. Both versions are kept; choose the one to keep everywhere.",
                ),
                "subtitle",
            )
        )
        for conflict in found:
            self.conflict_box.addWidget(self._conflict_card(conflict))

    def _conflict_card(self, conflict: Conflict) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(12, 10, 12, 10)
        title = conflict_title(conflict, self._field_label(conflict))
        inner.addWidget(label(title, "strong"))
        for version in conflict.versions:
            row = QHBoxLayout()
            words = version_words(conflict, version)
            text = label(words)
            text.setWordWrap(True)
            row.addWidget(text, 1)
            keep = QPushButton(QCoreApplication.translate("SyncPanel", "Keep this"))
            keep.setAccessibleName(
                QCoreApplication.translate("SyncPanel", "Keep this version: {words}").format(
                    words=words
                )
            )
            keep.clicked.connect(
                lambda _checked=False, c=conflict, r=version.record_id: self.keep(c, r)
            )
            row.addWidget(keep)
            inner.addLayout(row)
        return card

    def _field_label(self, conflict: Conflict) -> str | None:
        """The question's own words for an answer in conflict (its id if the module is gone)."""
        workbook = self.service.workbook
        if conflict.entry_id is None or workbook is None:
            return None
        from workbook.core.store import StoreError

        try:
            entry = workbook.entry(conflict.entry_id)
        except StoreError:  # a label is a nicety: the field id still says which answer
            return None
        module = self.service.program.module(entry.module_id)
        field = None if module is None else module.field(conflict.field_id or "")
        if module is None or field is None:
            return None
        return f"{field.label} ({module.title})"

    def clear_content(self) -> None:
        """Forget the folder, names and conflicting answers shown (the app is locking)."""
        self.folder.clear()
        self.status.clear()
        self.result.clear()
        self._show_conflicts([])

    def _say(self, text: str, role: str = "muted") -> None:
        self.result.setText(text)
        theme.set_role(self.result, role)

    # -- writing ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SyncPanel", "Choose the sync folder"), start
        )
        if chosen:
            self.set_up(Path(chosen))

    def set_up(self, folder: Path) -> None:
        name = self.device_name.text().strip() or socket.gethostname()

        def write(program: Program, workbook: Workbook) -> Done[SyncReport]:
            return set_up_sync(workbook, folder, name, program)

        self._run(write, QCoreApplication.translate("SyncPanel", "your sync folder"))

    def rename(self) -> None:
        """Keep a changed computer name (once sync is set up; until then it goes with setup)."""
        workbook = self.service.workbook
        name = self.device_name.text().strip()
        if workbook is None or not name or not self.folder.text():
            return
        if name == status(workbook).device_name:
            return

        def write(_program: Program, workbook: Workbook) -> Done[None]:
            return rename_this_computer(workbook, name)

        op = WriteOp(
            self.service,
            write,
            what=QCoreApplication.translate("SyncPanel", "this computer's name"),
        )
        op.failure(self._failed).run()

    def sync_now(self) -> None:
        def write(program: Program, workbook: Workbook) -> Done[SyncReport]:
            return sync_now(workbook, program)

        self._run(write, QCoreApplication.translate("SyncPanel", "a sync"))

    def keep(self, conflict: Conflict, record_id: str) -> None:
        def write(program: Program, workbook: Workbook) -> Done[None]:
            return keep_version(workbook, conflict, record_id, program)

        op = WriteOp(
            self.service, write, what=QCoreApplication.translate("SyncPanel", "your choice")
        )
        op.success(lambda _none: self._chosen()).failure(self._failed).run()

    def _chosen(self) -> None:
        self._say(
            QCoreApplication.translate(
                "SyncPanel", "Kept. Your other computers show it after their next sync."
            ),
            "success",
        )
        self.load()

    def _run(self, write: Any, what: str) -> None:
        self._busy = True
        self.load()
        self._say(QCoreApplication.translate("SyncPanel", "Syncing…"))
        op = WriteOp(self.service, write, what=what)
        op.success(self._synced).failure(self._failed).run_in_background()

    def _synced(self, report: SyncReport) -> None:
        self._busy = False
        self._say(report_words(report), "success" if not report.problems else "warning")
        self.load()
        self.finished.emit(self.result.text())

    def _failed(self, message: str, advice: str) -> None:
        from workbook.core.store.sync.errors import PassphraseChangedElsewhere

        self._busy = False
        self._say(f"{message} {advice}".strip(), "error")
        self.load()
        self.finished.emit(self.result.text())
        if message == PassphraseChangedElsewhere.message:
            self.ask_new_passphrase()

    def ask_new_passphrase(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("SyncPanel", "New passphrase"),
            QCoreApplication.translate("SyncPanel", "The passphrase set on your other computer:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return

        def write(program: Program, workbook: Workbook) -> Done[SyncReport]:
            return adopt_new_passphrase(workbook, passphrase, program)

        self._run(write, QCoreApplication.translate("SyncPanel", "the new passphrase"))
