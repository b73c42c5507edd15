"""The window: standard shortcuts, the always-visible help button, About, size remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def _shortcuts(window: Any) -> dict[str, str]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            for key in action.shortcuts():
                found[key.toString(QKeySequence.SequenceFormat.PortableText)] = action.text()
    return found


def test_standard_shortcuts_are_in_the_menus(window: Any) -> None:
    """Lock Ctrl+L, Quit Ctrl+Q, Print Ctrl+P, text size Ctrl+= / Ctrl+- / Ctrl+0."""
    keys = _shortcuts(window)
    assert keys["Ctrl+L"] == "&Lock"
    assert keys["Ctrl+Q"] == "&Quit"
    assert keys["Ctrl+P"] == "&Print…"
    assert keys["Ctrl+="] == "&Bigger text"
    assert keys["Ctrl+-"] == "&Smaller text"
    assert keys["Ctrl+0"] == "&Normal text size"


def test_help_button_is_always_there_and_cannot_be_hidden(window: Any, opened: Any) -> None:
    """ "Need help now?" is on the toolbar before and after unlocking; the bar can't be hidden."""
    assert window.help_button.isVisible()
    assert window.help_button.accessibleName() == "Need help now?"
    assert not window.toolbar.toggleViewAction().isEnabled()


def test_help_button_opens_the_safety_panel(window: Any, qtbot: QtBot) -> None:
    """Even before unlocking, the button opens crisis help."""
    from workbook.ui.safety.panel import shown_panel

    window.help_button.click()
    panel = shown_panel(window.service)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    panel.close()


def test_help_button_still_helps_when_the_panel_fails(
    window: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A person asking for help gets the plain crisis message whatever went wrong, and
    the fault is logged rather than hidden."""
    import workbook.ui.safety.panel
    import workbook.ui.shell.help_fallback

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the panel is broken")

    shown: list[Any] = []
    monkeypatch.setattr(workbook.ui.safety.panel, "show_safety_panel", broken)
    monkeypatch.setattr(workbook.ui.shell.help_fallback, "show_fallback_help", shown.append)
    window.help_button.click()
    assert shown == [window]
    assert "the panel is broken" in caplog.text


def test_about_names_the_version_and_licences(themed: Any, qtbot: QtBot) -> None:
    """About says the version and the licences of what Workbook is built with."""
    from workbook import __version__
    from workbook.ui.shell.about import AboutDialog, about_html

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    html = about_html()
    for words in ("LGPL", "PySide6", "ReportLab", "BSD", "SQLCipher", "GNU General Public"):
        assert words in html
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Workbook {__version__}" in labels


def test_window_size_is_remembered_but_no_paths(window: Any, opened: Any) -> None:
    """Closing saves the window geometry in QSettings and nothing that points to a workbook."""
    window.resize(1000, 700)
    window.save_geometry()
    settings = QSettings()
    keys = settings.allKeys()
    assert "window/geometry" in keys
    path = str(window.service.require().path)
    for key in keys:
        assert path not in str(settings.value(key))


def test_print_chooser_offers_the_report_and_worksheets(opened: Any, qtbot: QtBot) -> None:
    """File → Print… offers a progress report, the plan card and any blank worksheet."""
    from workbook.ui.printing.chooser import PrintChooser

    dialog = PrintChooser(opened.service, None, opened)
    qtbot.addWidget(dialog)
    assert set(dialog.options) == {"report", "plan", "blank"}
    dialog.modules.setCurrentIndex(dialog.modules.findData("phq9"))
    assert dialog.chosen_key() == "blank"
    make_pdf, name = dialog.choice()
    assert name == "phq9-worksheet.pdf"
    assert make_pdf().startswith(b"%PDF")


def test_printing_from_an_open_module_offers_its_answers_saved_first(opened: Any) -> None:
    """File → Print… on a module being filled in offers "with my answers", and what was
    typed a moment ago is saved first, so the print shows it."""
    from workbook.ui.printing.chooser import _current_entry

    program = opened.workspace.show_screen("program")
    program.open_module("intake")
    reason = program.content.field_widget("reason")
    reason.set_value("Sleeping badly")
    reason.changed.emit()  # as typing does
    current = _current_entry(opened)
    assert current is not None
    module_id, entry = current
    assert module_id == "intake" and entry.answers["reason"] == "Sleeping badly"
    opened.go("home")
    assert _current_entry(opened) is None


@pytest.mark.parametrize("key", ["home", "program", "progress", "goals", "settings"])
def test_every_section_opens(opened: Any, key: str) -> None:
    """Each navigation entry shows its real screen (none is missing from this build)."""
    from workbook.ui.shell.navigation import SCREENS

    spec = next(s for s in SCREENS if s.key == key)
    opened.go(key)
    assert opened.workspace.current_key() == key
    assert type(opened.workspace.current_screen()).__name__ == spec.cls
