"""The desktop app speaks the chosen language: its own words, Qt's, and the layout direction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workbook.core import i18n
from workbook.ui.shell.language import install_language, uninstall_language


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    uninstall_language(qapp)
    yield qapp
    uninstall_language(qapp)
    install_language(qapp, "en")  # as every GUI test expects (tests/ui/conftest.py)


def test_spanish_translates_the_app_qt_and_the_core(app: QApplication) -> None:
    assert install_language(app, "es") == "es"
    assert QCoreApplication.translate("ShellNavigation", "Home") == "Inicio"
    assert i18n.translate("Faults", "Something went wrong while doing that.") == (
        "Algo ha fallado al hacer eso."
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish
    from workbook.core.wording import format_number

    assert format_number(2.5) == "2,5"  # scores and answers in the language's own decimals
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_plurals_read_right_in_english_and_spanish(app: QApplication) -> None:
    text = "After %n minute(s) without use"
    install_language(app, "en")
    assert QCoreApplication.translate("SettingsView", text, None, 1) == "After 1 minute without use"
    assert (
        QCoreApplication.translate("SettingsView", text, None, 5) == "After 5 minutes without use"
    )
    uninstall_language(app)
    install_language(app, "es")
    assert QCoreApplication.translate("SettingsView", text, None, 1) == "Tras 1 minuto sin usarlo"


def test_arabic_mirrors_the_layout(app: QApplication) -> None:
    install_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("ShellNavigation", "Home") == "الرئيسية"
    # a plural the partial Arabic catalogue lacks falls back to English forms, not "day(s)"
    assert QCoreApplication.translate("PrintPreviewDialog", "%n page(s)", None, 3) == "3 pages"
    uninstall_language(app)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.translate("ShellNavigation", "Home") == "Home"


def test_the_app_starts_in_the_language_chosen_on_this_device(
    app: QApplication, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """create_application reads the device preference and wires the core to the catalogue."""
    from workbook.core.ui_language import save_language
    from workbook.ui.shell.app import create_application

    monkeypatch.setenv("WORKBOOK_CONFIG_DIR", str(tmp_path))
    save_language("es")
    assert create_application() is app
    assert QCoreApplication.translate("ShellNavigation", "Home") == "Inicio"
    assert i18n.translate("Dates", "March") == "marzo"


def test_a_right_to_left_style_sheet_puts_edges_on_the_other_side() -> None:
    """A callout's coloured edge is at its start: the left in English, the right in Arabic."""
    from workbook.ui.widgets.theme import mirrored

    sheet = "QFrame { border-left: 4px solid red; }\nQListWidget { border-right: 1px solid grey; }"
    assert mirrored(sheet) == (
        "QFrame { border-right: 4px solid red; }\nQListWidget { border-left: 1px solid grey; }"
    )
