"""About Workbook: the version, what it is for, and the licences of what it is built with."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from workbook import __version__
from workbook.ui.widgets import fit, theme

#: (component, licence, why Workbook uses it)
COMPONENTS = (
    ("Qt and PySide6 (Qt for Python)", "LGPL-3.0", "the windows, charts and print preview"),
    ("SQLCipher and sqlcipher3", "BSD-style (SQLCipher) / zlib", "the encrypted workbook file"),
    ("SQLite", "public domain", "the database inside the workbook file"),
    ("SQLAlchemy and Alembic", "MIT", "reading, writing and upgrading the workbook"),
    ("ReportLab", "BSD", "printed worksheets and reports (PDF)"),
    ("Python-Markdown", "BSD", "module text"),
    ("PyYAML", "MIT", "module headers"),
    ("argon2-cffi", "MIT", "turning your passphrase into a key"),
    ("cryptography", "Apache-2.0 or BSD", "protecting the key with your passphrase"),
    ("platformdirs", "MIT", "finding the right folders on each system"),
    ("DejaVu fonts", "Bitstream Vera / public domain", "printed text in many languages"),
)


def about_html() -> str:
    rows = "".join(
        f"<tr><td><b>{name}</b></td><td>{licence}</td><td>{why}</td></tr>"
        for name, licence, why in COMPONENTS
    )
    return (
        "<p>Workbook is free software under the GNU General Public License, version 3 or "
        "later. It comes with no warranty.</p>"
        "<p>Workbook is a companion to care, not a diagnosis or a treatment on its own. "
        "Questionnaire results are self-reports to discuss with your clinician.</p>"
        "<p>Everything you write stays on this computer, encrypted. Workbook sends "
        "nothing anywhere.</p>"
        "<h3>Built with</h3>"
        "<table cellspacing='0' cellpadding='4'>"
        "<tr><th align='left'>Component</th><th align='left'>Licence</th>"
        f"<th align='left'>Used for</th></tr>{rows}</table>"
        "<p>Under the LGPL you may replace the Qt libraries Workbook uses with your own "
        "build of them.</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Workbook")
        self.resize(620, 560)
        fit.keep_on_screen(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(f"Workbook {__version__}")
        theme.set_role(title, "title")
        layout.addWidget(title)
        versions = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · "
            "A private, structured recovery workbook"
        )
        theme.set_role(versions, "muted")
        layout.addWidget(versions)
        text = QTextBrowser()
        text.setOpenExternalLinks(False)
        text.setHtml(about_html())
        text.setAccessibleName("About and licences")
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout.addWidget(buttons)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
