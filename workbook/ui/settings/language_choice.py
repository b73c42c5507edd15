"""The language Workbook speaks on this computer, chosen in Settings and used from the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from workbook.core.faults import describe_failure
from workbook.core.i18n import LANGUAGES
from workbook.core.ui_language import chosen_language, save_language
from workbook.ui.widgets.screen_support import label


class LanguageChoice(QWidget):
    """A list of the languages Workbook has (each in its own words) and "the system's"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate("SettingsLanguage", "Language"))
        self.combo.addItem(
            QCoreApplication.translate("SettingsLanguage", "The same as my computer"), ""
        )
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)  # a language's own name: found by those who read it
        current = chosen_language() or ""
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.currentIndexChanged.connect(self._chosen)
        layout.addWidget(self.combo)
        self.note = label("", "muted")
        self.note.setAccessibleName(
            QCoreApplication.translate("SettingsLanguage", "Language status")
        )
        self.note.hide()
        layout.addWidget(self.note)

    def _chosen(self, index: int) -> None:
        code = str(self.combo.itemData(index) or "") or None
        try:
            save_language(code)
        except OSError as error:
            message, advice = describe_failure(error)
            self.note.setText(f"{message} {advice}")
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "SettingsLanguage", "Workbook will speak this language the next time it starts."
                )
            )
        self.note.show()
