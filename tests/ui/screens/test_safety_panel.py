"""The safety panel: emergency number, the person's country lines, own contacts and own plan."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from screens_fakes import FakeService, finished_plan

from workbook.core import crisis
from workbook.core.device_prefs import DevicePreferences
from workbook.ui.safety import panel as safety_panel
from workbook.ui.safety.panel import SafetyPanel, show_safety_panel


def texts(panel: SafetyPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def buttons(panel: SafetyPanel) -> list[str]:
    return [b.text() for b in panel.findChildren(QPushButton)]


def open_panel(qtbot: QtBot, service: FakeService, message: str | None = None) -> SafetyPanel:
    panel = show_safety_panel(service, None, flag_message=message)
    qtbot.addWidget(panel)
    return panel


def test_panel_shows_chosen_country_lines_and_own_contacts(
    qtbot: QtBot, fake_service: FakeService
) -> None:
    """Someone in the UK sees 999, Samaritans 116 123 and the people they listed themselves."""
    workbook = fake_service.workbook
    crisis.save_country(workbook, "GB")
    crisis.save_personal_contacts(
        workbook, [crisis.PersonalContact("Sam", "07700 900123", "my sister")]
    )
    panel = open_panel(qtbot, fake_service)
    shown = texts(panel)
    assert "If you are in danger now, call 999." in shown
    assert "Samaritans" in shown
    assert "116 123" in buttons(panel)
    assert "Sam" in shown and "my sister" in shown
    assert "07700 900123" in buttons(panel)
    assert panel.isVisible() and not panel.isModal()


def test_flag_message_is_shown_first(qtbot: QtBot, fake_service: FakeService) -> None:
    """When a result raises a risk flag, its message appears at the top of the panel."""
    panel = open_panel(qtbot, fake_service, "You said you have had thoughts.")
    assert panel.flag_label.text() == "You said you have had thoughts."


def test_own_safety_plan_is_shown_in_order(qtbot: QtBot, fake_service: FakeService) -> None:
    """The person's latest safety plan is shown read-only, steps in the module's order."""
    workbook = fake_service.workbook
    workbook.saved_entries.append(
        finished_plan({"coping": ["Walk the dog", "Music"], "warning_signs": ["Not sleeping"]})
    )
    panel = open_panel(qtbot, fake_service)
    assert panel.plan_view is not None
    titles = [step.title for step in panel.plan_view.steps]
    assert titles == ["Step 1. Warning signs", "Step 2. Things I can do on my own"]
    assert "•  Walk the dog" in texts(panel)


def test_no_plan_yet_says_so_kindly(qtbot: QtBot, fake_service: FakeService) -> None:
    """Without a safety plan the panel says where to make one, without alarm."""
    panel = open_panel(qtbot, fake_service)
    assert panel.plan_view is None
    assert "haven't made a safety plan yet" in texts(panel)


def test_clicking_a_number_copies_it(qtbot: QtBot, fake_service: FakeService) -> None:
    """Clicking a number puts it on the clipboard and says so."""
    workbook = fake_service.workbook
    crisis.save_country(workbook, "US")
    panel = open_panel(qtbot, fake_service)
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "988")
    button.click()
    assert QGuiApplication.clipboard().text() == "988"
    assert "Copied 988" in panel.copied.text()


def test_changing_country_is_saved_in_the_workbook(qtbot: QtBot, fake_service: FakeService) -> None:
    """Picking another country shows its lines and keeps the choice (on the device, and in
    the workbook so it moves with it)."""
    workbook = fake_service.workbook
    crisis.save_country(workbook, "US")
    panel = open_panel(qtbot, fake_service)
    combo = panel.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("AU"))
    qtbot.waitUntil(lambda: "call 000" in texts(panel))
    assert workbook.settings[crisis.COUNTRY_SETTING] == "AU"
    assert DevicePreferences().get_setting(crisis.COUNTRY_SETTING) == "AU"
    assert "Lifeline" in texts(panel)


def test_works_before_unlocking(qtbot: QtBot, locked_service: FakeService) -> None:
    """Before the workbook is unlocked the panel still shows emergency help and crisis lines."""
    panel = open_panel(qtbot, locked_service)
    assert "If you are in danger now, call" in texts(panel)
    assert "Unlock your workbook" in texts(panel)


def test_locked_panel_shows_the_emergency_number_of_the_chosen_country(
    qtbot: QtBot, fake_service: FakeService, locked_service: FakeService, monkeypatch: Any
) -> None:
    """After Ctrl+L a person in crisis still sees their country's emergency number and lines,
    not just a directory: the country is a device preference, outside the locked workbook."""
    monkeypatch.setattr(safety_panel, "system_locale_name", lambda: "en_US")
    crisis.save_country(fake_service.workbook, "GB")  # chosen while unlocked
    panel = open_panel(qtbot, locked_service)
    shown = texts(panel)
    assert "If you are in danger now, call 999." in shown
    assert "Samaritans" in shown and "116 123" in buttons(panel)
    assert "Unlock your workbook" in shown


def test_first_launch_uses_the_locale_country(
    qtbot: QtBot, locked_service: FakeService, monkeypatch: Any
) -> None:
    """Before any workbook exists, the desktop's locale decides: en_NZ shows 111 and 1737."""
    monkeypatch.setattr(safety_panel, "system_locale_name", lambda: "en_NZ")
    panel = open_panel(qtbot, locked_service)
    assert "If you are in danger now, call 111." in texts(panel)
    assert "1737" in buttons(panel)
    assert panel.country_prompt is None


def test_without_a_locale_country_it_asks_once_instead_of_guessing(
    qtbot: QtBot, locked_service: FakeService, monkeypatch: Any
) -> None:
    """Under LANG=C.UTF-8 nothing is guessed: the panel asks, and the answer is remembered."""
    monkeypatch.setattr(safety_panel, "system_locale_name", lambda: "C")
    panel = open_panel(qtbot, locked_service)
    assert panel.country_prompt is not None
    assert "call your local emergency number" in texts(panel)
    combo = panel.country_box
    assert combo is not None and combo.currentText() == "Choose your country…"
    combo.setCurrentIndex(combo.findData("IE"))
    qtbot.waitUntil(lambda: "call 112 or 999" in texts(panel))
    panel.close()
    again = open_panel(qtbot, locked_service)
    assert again.country_prompt is None
    assert "call 112 or 999" in texts(again)


def test_no_plan_offers_to_start_one(qtbot: QtBot, fake_service: FakeService) -> None:
    """ "Start my safety plan" opens the Safety plan module when there is no plan yet."""
    opened: list[str] = []
    fake_service.request_module = lambda module_id, entry_id=None: opened.append(module_id)  # type: ignore[attr-defined]
    panel = open_panel(qtbot, fake_service)
    assert panel.start_plan_button is not None
    panel.start_plan_button.click()
    assert opened == ["safety-plan"]
    assert not panel.isVisible()


def test_lock_clears_the_persons_words(qtbot: QtBot, fake_service: FakeService) -> None:
    """Locking the app removes contacts and plan from the panel and hides it."""
    workbook = fake_service.workbook
    crisis.save_personal_contacts(workbook, [crisis.PersonalContact("Sam", "123")])
    workbook.saved_entries.append(finished_plan({"coping": ["Walk the dog"]}))
    service = fake_service
    panel = open_panel(qtbot, service)
    service.locked.emit()
    assert not panel.isVisible()
    assert "Sam" not in texts(panel) and "Walk the dog" not in texts(panel)


def test_plan_card_prints_the_persons_own_plan(
    qtbot: QtBot, real_workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a finished safety plan, 'Print plan card' makes a PDF of it for the print preview."""
    import screens_sample

    from workbook.core.language import load_program
    from workbook.paths import builtin_program_dir

    program = load_program(builtin_program_dir())
    module = program.module("safety-plan")
    assert module is not None
    screens_sample.complete(real_workbook, module, {"coping": ["Walk the dog"]}, date.today())
    made: list[bytes] = []
    monkeypatch.setattr(
        "workbook.ui.printing.bridge.preview_pdf",
        lambda make, name, parent: made.append(make()),
    )
    panel = open_panel(qtbot, FakeService(program, real_workbook))
    assert panel.print_button is not None
    panel.print_button.click()
    assert made and made[0].startswith(b"%PDF")


def test_flag_message_is_not_repeated_after_closing(
    qtbot: QtBot, fake_service: FakeService
) -> None:
    """Reopening the panel from the toolbar later does not repeat an old flag's message."""
    panel = open_panel(qtbot, fake_service, "You said you have had thoughts.")
    panel.close()
    panel = open_panel(qtbot, fake_service)
    assert "You said you have had thoughts." not in texts(panel)
