"""Every GUI test runs with the English catalogue installed, as the app does at start:
it holds the English plural forms (``1 day``, ``2 days``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    from workbook.ui.shell.language import install_language

    install_language(qapp, "en")
