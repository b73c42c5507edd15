"""A new passphrase typed twice, with plain-words strength feedback (create and recover share it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.passphrase_strength import check_new
from workbook.ui.welcome.page import field_label, passphrase_edit
from workbook.ui.widgets import theme

#: The first box's name when the caller names none.
PASSPHRASE = QT_TRANSLATE_NOOP("PassphrasePair", "Passphrase")


class PassphrasePair(QWidget):
    """Passphrase + confirmation; ``acceptable`` says whether it can be used."""

    changed = Signal()

    def __init__(self, first_label: str = PASSPHRASE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first_label = QCoreApplication.translate("PassphrasePair", first_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.first = passphrase_edit(
            first_label,
            QCoreApplication.translate(
                "PassphrasePair", "A short sentence only you would think of"
            ),
        )
        layout.addWidget(field_label(f"&{first_label}", self.first))
        layout.addWidget(self.first)

        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(
            QCoreApplication.translate("PassphrasePair", "Passphrase strength")
        )
        layout.addWidget(self.meter)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(
            QCoreApplication.translate("PassphrasePair", "How strong the passphrase is")
        )
        layout.addWidget(self.verdict)

        self.second = passphrase_edit(
            QCoreApplication.translate("PassphrasePair", "Type the passphrase again")
        )
        layout.addSpacing(4)
        layout.addWidget(
            field_label(QCoreApplication.translate("PassphrasePair", "Type it &again"), self.second)
        )
        layout.addWidget(self.second)
        self.match = QLabel()
        self.match.setAccessibleName(
            QCoreApplication.translate("PassphrasePair", "Whether the passphrases match")
        )
        layout.addWidget(self.match)

        self.show_box = QCheckBox(QCoreApplication.translate("PassphrasePair", "&Show what I type"))
        self.show_box.setAccessibleName(
            QCoreApplication.translate("PassphrasePair", "Show the passphrase while typing")
        )
        self.show_box.toggled.connect(self._toggle_visible)
        layout.addWidget(self.show_box)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def acceptable(self) -> bool:
        text = self.first.text()
        return check_new(text).acceptable and text == self.second.text()

    def clear(self) -> None:
        """Forget both boxes (and their undo history)."""
        for edit in (self.first, self.second):
            edit.setText("")  # unlike clear(), setText() also empties the undo history
        self.show_box.setChecked(False)

    def _toggle_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        verdict = check_new(text)
        self.meter.setValue(verdict.strength.level)
        self.verdict.setText(verdict.message)
        if not text:
            theme.set_role(self.verdict, "muted")
        else:
            theme.set_role(
                self.verdict, "success" if verdict.acceptable and not verdict.weak else "warning"
            )
        second = self.second.text()
        if not second:
            self.match.setText("")
        elif second == text:
            self.match.setText(QCoreApplication.translate("PassphrasePair", "The two match."))
            theme.set_role(self.match, "success")
        else:
            self.match.setText(
                QCoreApplication.translate("PassphrasePair", "These don't match yet.")
            )
            theme.set_role(self.match, "warning")
        self.changed.emit()
