"""Make the app speak the person's language: Workbook's catalogue, Qt's own, the layout direction.

Called once as the application starts, before any window exists: Qt reads the layout
direction and the translators when widgets are built, so a change takes a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from workbook.core import i18n
from workbook.core.i18n import DEFAULT_LANGUAGE
from workbook.core.ui_language import language_for_this_device
from workbook.paths import resources_dir

#: Translators must outlive the call that installs them (Qt keeps only a pointer).
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []


def translations_dir() -> Path:
    """Where Workbook's ``workbook_<code>.qm`` files are (in a checkout, wheel or app folder)."""
    return resources_dir() / "translations"


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(app: QCoreApplication, code: str | None = None) -> str:
    """Install the translations for ``code`` (default: this device's choice); returns the code.

    English loads ``workbook_en.qm`` too: it holds only the plural forms (``1 day``, ``2 days``).
    """
    if code is None:
        code = language_for_this_device(QLocale.system().uiLanguages())
    locale = QLocale(code)
    if not _locale_before:
        _locale_before.append(QLocale())
    system = QLocale.system().language()
    if code != DEFAULT_LANGUAGE or system not in (locale.language(), QLocale.Language.C):
        # Numbers, dates and month names via QLocale() speak the same language as the
        # words (Qt's own data: the system's would ask the C library, which may be in
        # English). An English UI on an English or unset (C) system keeps the system's
        # conventions: day-first in Britain, month-first in the US.
        QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en":
        # Qt's own words (Cancel, Yes, the file dialog) from the translations PySide6 ships.
        _load(app, f"qtbase_{code}", qt_folder)
    if code != DEFAULT_LANGUAGE:
        # Asked last: English plural forms for what a partial translation lacks, so an
        # untranslated "%n day(s)" still reads "3 days", never "3 day(s)".
        _load(app, f"workbook_{DEFAULT_LANGUAGE}", str(translations_dir()))
    _load(app, f"workbook_{code}", str(translations_dir()))
    i18n.install_translator(QCoreApplication.translate)
    i18n.install_decimal_point(QLocale().decimalPoint())
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if locale.textDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    return code


def uninstall_language(app: QCoreApplication) -> None:
    """Back to plain English (tests that switch languages within one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.install_translator(None)
    i18n.install_decimal_point(".")
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
