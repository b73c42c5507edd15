"""Settings: personal choices are kept in the encrypted workbook, never in QSettings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot
from screens_fakes import PASSPHRASE, FakeService

from workbook.core import crisis
from workbook.core.store import open_workbook
from workbook.ui.printing.export_dialog import ExportDialog
from workbook.ui.service import AUTO_LOCK_MINUTES, CHECKIN_REMINDER
from workbook.ui.settings.backup_panel import BackupPanel
from workbook.ui.settings.passphrase_dialog import ChangePassphraseDialog
from workbook.ui.settings.view import SettingsScreen
from workbook.ui.widgets import theme


@pytest.fixture
def screen(qtbot: QtBot, service: FakeService) -> SettingsScreen:
    widget = SettingsScreen(service)
    qtbot.addWidget(widget)
    return widget


def qsettings_text() -> str:
    """Everything Qt's settings file holds for this app, as text."""
    settings = QSettings()
    settings.sync()
    return json.dumps({k: str(settings.value(k)) for k in settings.allKeys()})


def test_auto_lock_and_reminder_are_kept_in_the_workbook(
    screen: SettingsScreen, service: FakeService
) -> None:
    """Auto-lock minutes and the reminder time are saved inside the workbook, not QSettings."""
    screen.auto_lock.setCurrentIndex(screen.auto_lock.findData(5))
    screen.reminder_on.setChecked(True)
    screen.reminder_time.setTime(QTime(20, 30))
    assert service.workbook.get_setting(AUTO_LOCK_MINUTES) == 5
    assert service.workbook.get_setting(CHECKIN_REMINDER) == "20:30"
    screen.reminder_on.setChecked(False)
    assert service.workbook.get_setting(CHECKIN_REMINDER) == ""
    assert "20:30" not in qsettings_text()


def test_settings_show_what_was_saved(qtbot: QtBot, service: FakeService) -> None:
    """Opening Settings again shows the saved choices."""
    service.workbook.set_setting(AUTO_LOCK_MINUTES, 30)
    service.workbook.set_setting(CHECKIN_REMINDER, "08:15")
    widget = SettingsScreen(service)
    qtbot.addWidget(widget)
    assert widget.auto_lock.currentData() == 30
    assert widget.reminder_on.isChecked()
    assert widget.reminder_time.time() == QTime(8, 15)


def test_crisis_country_and_contacts_are_kept_in_the_workbook(
    screen: SettingsScreen, service: FakeService
) -> None:
    """Choosing a country and adding a contact saves both in the workbook, not QSettings."""
    editor = screen.contacts
    editor.country.setCurrentIndex(editor.country.findData("NZ"))
    assert "1737" in editor.lines_note.text()
    editor.add_contact()
    editor.table.item(0, 0).setText("Aroha")
    editor.table.item(0, 1).setText("021 555 0199")
    assert crisis.chosen_country(service.workbook) == "NZ"
    assert crisis.personal_contacts(service.workbook) == [
        crisis.PersonalContact("Aroha", "021 555 0199", "")
    ]
    assert "Aroha" not in qsettings_text()
    editor.table.selectRow(0)
    editor.remove_button.click()
    assert crisis.personal_contacts(service.workbook) == []


def test_text_size_and_colours_are_app_preferences(screen: SettingsScreen) -> None:
    """Text size and light/dark are about this computer, so they live in QSettings."""
    screen.text_size.setCurrentIndex(screen.text_size.findData(1.3))
    assert theme.text_scale() == pytest.approx(1.3)
    dark = next(b for b in screen.scheme.buttons() if b.property("key") == "dark")
    dark.setChecked(True)
    assert theme.color_scheme_preference() == "dark"
    theme.set_color_scheme_preference("system")
    theme.set_text_scale(1.0)


def test_change_passphrase_works(qtbot: QtBot, service: FakeService, real_workbook: Any) -> None:
    """After changing the passphrase, the new one opens the workbook and the old one does not."""
    dialog = ChangePassphraseDialog(service)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.old.setText(PASSPHRASE)
    dialog.pair.first.setText("a brand new sentence to remember")
    dialog.pair.second.setText("a brand new sentence to remember")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.succeeded, timeout=20_000):
        dialog.submit()
    assert dialog.old.text() == "" and dialog.pair.first.text() == ""
    path = real_workbook.path
    real_workbook.close()
    from workbook.core.store import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        open_workbook(path, PASSPHRASE)
    open_workbook(path, "a brand new sentence to remember").close()


def test_wrong_current_passphrase_is_explained(qtbot: QtBot, service: FakeService) -> None:
    """A mistyped current passphrase gets a calm message and changes nothing."""
    dialog = ChangePassphraseDialog(service)
    qtbot.addWidget(dialog)
    dialog.old.setText("not the passphrase")
    dialog.pair.first.setText("a brand new sentence to remember")
    dialog.pair.second.setText("a brand new sentence to remember")
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.submit()
    assert dialog.status.text()
    assert "Traceback" not in dialog.status.text()


def test_back_up_now_and_restore_after_confirming(
    qtbot: QtBot, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Back up now lists a backup; restoring it (after saying yes) brings back what it held."""
    panel = BackupPanel(service)
    qtbot.addWidget(panel)
    service.workbook.add_goal("Before the backup")
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.backup_button.click()
    assert len(panel.backups) == 1 and "Backup you made" in panel.list.item(0).text()
    service.workbook.add_goal("After the backup")
    # The question counts what the restore takes away (the goal added after the backup).
    assert "1 goal written or changed after" in panel._what_restoring_loses(panel.backups[0])
    asked: list[Any] = []
    monkeypatch.setattr(panel, "confirm_restore", lambda info: asked.append(info) or False)
    panel.list.setCurrentRow(0)
    panel.restore_button.click()
    assert asked and len(service.workbook.goals()) == 2  # said no: nothing changed
    monkeypatch.setattr(panel, "confirm_restore", lambda info: True)
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.restore_button.click()
    assert [g.goal for g in service.workbook.goals()] == ["Before the backup"]
    assert any("Before a restore" in panel.list.item(i).text() for i in range(panel.list.count()))


def test_export_warns_it_is_not_encrypted(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    """The export dialog says plainly the files are not encrypted, then writes them."""
    service.workbook.add_goal("Walk after lunch")
    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    assert "NOT encrypted" in dialog.warning.text()
    assert "understand" in dialog.go.text()
    target = tmp_path / "export.json"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(target, "json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "NOT encrypted" in data["warning"]
    assert data["goals"][0]["goal"] == "Walk after lunch"


def test_lock_clears_contacts(screen: SettingsScreen, service: FakeService) -> None:
    """Locking empties the contacts table."""
    crisis.save_personal_contacts(service.workbook, [crisis.PersonalContact("Sam", "1")])
    screen.refresh()
    assert screen.contacts.table.rowCount() == 1
    screen.clear_content()
    assert screen.contacts.table.rowCount() == 0


def test_text_size_does_not_grow_each_time_the_look_is_applied(screen: SettingsScreen) -> None:
    """Choosing 130% twice, or switching light/dark after it, keeps the text at 130%."""
    screen.text_size.setCurrentIndex(screen.text_size.findData(1.3))
    first = theme.base_point_size()
    theme.apply_theme()
    theme.set_color_scheme_preference("dark")
    try:
        assert theme.base_point_size() == first
    finally:
        theme.set_color_scheme_preference("system")
        theme.set_text_scale(1.0)


def test_a_new_recovery_key_can_be_made_and_works(
    qtbot: QtBot,
    screen: SettingsScreen,
    real_workbook: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After confirming, a new key is shown once, and it opens the workbook."""
    from workbook.core.store import recover_workbook
    from workbook.ui.settings import recovery_key_dialog
    from workbook.ui.widgets import dialogs

    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_problem", lambda _p, message, *_a, **_k: asked.append(message) or "new"
    )
    monkeypatch.setattr(
        recovery_key_dialog, "show_new_recovery_key", lambda _p, _n, key, _r: shown.append(key)
    )
    old_envelope = real_workbook._envelope
    screen.recovery_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert asked == ["Make a new recovery key?"]
    assert screen.passphrase_status.text() == "New recovery key made."
    assert old_envelope.recovery is not real_workbook._envelope.recovery
    path = real_workbook.path
    real_workbook.close()
    with recover_workbook(path, shown[0], "after the new key"):
        pass
    assert len(shown[0].split("-")) == 7


def test_settings_show_the_text_size_set_from_the_view_menu(screen: SettingsScreen) -> None:
    """Ctrl+= (View > Bigger text) moves the size; Settings says the size really in use."""
    theme.set_text_scale(1.0)
    try:
        theme.step_text_scale(+1)
        assert screen.text_size.currentData() == pytest.approx(theme.text_scale())
        assert screen.text_size.currentData() == pytest.approx(1.15)
        theme.set_color_scheme_preference("dark")
        dark = next(b for b in screen.scheme.buttons() if b.property("key") == "dark")
        assert dark.isChecked()
    finally:
        theme.set_color_scheme_preference("system")
        theme.set_text_scale(1.0)
