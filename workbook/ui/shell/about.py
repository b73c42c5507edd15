"""About Workbook: the version, what it is for, and the licences of what it is built with."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from workbook import __version__
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets import fit, theme

#: (component, licence, why Workbook uses it)
COMPONENTS = (
    (
        "Qt and PySide6 (Qt for Python)",
        "LGPL-3.0",
        QT_TRANSLATE_NOOP("ShellAbout", "the windows, charts and print preview"),
    ),
    (
        "SQLCipher and sqlcipher3",
        "BSD-style (SQLCipher) / zlib",
        QT_TRANSLATE_NOOP("ShellAbout", "the encrypted workbook file"),
    ),
    (
        "SQLite",
        "public domain",
        QT_TRANSLATE_NOOP("ShellAbout", "the database inside the workbook file"),
    ),
    (
        "SQLAlchemy and Alembic",
        "MIT",
        QT_TRANSLATE_NOOP("ShellAbout", "reading, writing and upgrading the workbook"),
    ),
    ("ReportLab", "BSD", QT_TRANSLATE_NOOP("ShellAbout", "printed worksheets and reports (PDF)")),
    ("Python-Markdown", "BSD", QT_TRANSLATE_NOOP("ShellAbout", "module text")),
    ("PyYAML", "MIT", QT_TRANSLATE_NOOP("ShellAbout", "module headers")),
    ("argon2-cffi", "MIT", QT_TRANSLATE_NOOP("ShellAbout", "turning your passphrase into a key")),
    (
        "cryptography",
        "Apache-2.0 or BSD",
        QT_TRANSLATE_NOOP("ShellAbout", "protecting the key with your passphrase"),
    ),
    (
        "platformdirs",
        "MIT",
        QT_TRANSLATE_NOOP("ShellAbout", "finding the right folders on each system"),
    ),
    (
        "DejaVu fonts",
        "Bitstream Vera / public domain",
        QT_TRANSLATE_NOOP("ShellAbout", "printed text in many languages"),
    ),
)


def about_html() -> str:
    rows = "".join(
        f"<tr><td><b>{name}</b></td><td>{licence}</td>"
        f"<td>{QCoreApplication.translate('ShellAbout', why)}</td></tr>"
        for name, licence, why in COMPONENTS
    )
    return (
        "<p>"
        + QCoreApplication.translate(
            "ShellAbout",
            "Workbook is free software under the GNU General Public License, version 3 or later. It comes with no warranty.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "ShellAbout",
            "Workbook is a companion to care, not a diagnosis or a treatment on its own. Questionnaire results are self-reports to discuss with your clinician.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "ShellAbout",
            "Everything you write stays on this computer, encrypted. Workbook sends nothing anywhere.",
        )
        + "</p><h3>"
        + QCoreApplication.translate("ShellAbout", "Built with")
        + "</h3><table cellspacing='0' cellpadding='4'><tr><th align='left'>"
        + QCoreApplication.translate("ShellAbout", "Component")
        + "</th><th align='left'>"
        + QCoreApplication.translate("ShellAbout", "Licence")
        + "</th><th align='left'>"
        + QCoreApplication.translate("ShellAbout", "Used for")
        + f"</th></tr>{rows}</table><p>"
        + QCoreApplication.translate(
            "ShellAbout",
            "Under the LGPL you may replace the Qt libraries Workbook uses with your own build of them.",
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Workbook"))
        self.resize(620, 560)
        fit.keep_on_screen(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(
            QCoreApplication.translate("AboutDialog", "Workbook {version}").format(
                version=__version__
            )
        )
        theme.set_role(title, "title")
        layout.addWidget(title)
        versions = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "Python {python_version} · Qt {qVersion} · A private, structured recovery workbook",
            ).format(python_version=platform.python_version(), qVersion=qVersion())
        )
        theme.set_role(versions, "muted")
        layout.addWidget(versions)
        text = QTextBrowser()
        text.setOpenExternalLinks(False)
        text.setHtml(about_html())
        text.setAccessibleName(QCoreApplication.translate("AboutDialog", "About and licences"))
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("AboutDialog", "Close")
        )
        layout.addWidget(buttons)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
