"""Which language the app speaks: the person's choice, else the system's, else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.core import i18n
from workbook.core.device_prefs import DevicePreferences
from workbook.core.ui_language import chosen_language, language_for_this_device, save_language


def test_the_system_language_is_used_when_workbook_has_it() -> None:
    assert i18n.pick_language(None, ["es-MX", "en-US"]) == "es"
    assert i18n.pick_language(None, ["ar-EG"]) == "ar"
    assert i18n.pick_language(None, ["de-DE", "fr"]) == "en"
    assert i18n.pick_language(None, ["C"]) == "en"  # LANG=C.UTF-8 says nothing


def test_the_persons_choice_wins_over_the_system(tmp_path: Path) -> None:
    prefs = DevicePreferences(tmp_path / "device.json")
    assert language_for_this_device(["es-ES"], prefs) == "es"
    save_language("ar", prefs)
    assert chosen_language(DevicePreferences(prefs.path)) == "ar"
    assert language_for_this_device(["es-ES"], prefs) == "ar"
    save_language(None, prefs)  # back to "the same as my computer"
    assert language_for_this_device(["es-ES"], prefs) == "es"


def test_an_unknown_saved_language_falls_back_to_the_system(tmp_path: Path) -> None:
    prefs = DevicePreferences(tmp_path / "device.json")
    prefs.set_setting(i18n.LANGUAGE_PREFERENCE, "xx")
    assert language_for_this_device(["es"], prefs) == "es"


def test_core_words_are_english_until_the_app_wires_a_translator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "_translator", None)  # as in the command line
    assert i18n.translate("Faults", "Something went wrong while doing that.") == (
        "Something went wrong while doing that."
    )
    # English plurals come from workbook_en.ts, the catalogue the app loads too
    assert i18n.translate("Schedule", "every %n week(s)", None, 1) == "every week"
    assert i18n.translate("Schedule", "every %n week(s)", None, 3) == "every 3 weeks"
    monkeypatch.setattr(i18n, "_translator", lambda _c, text, _d, _n: f"«{text}»")
    from workbook.core.faults import describe_failure

    message, advice = describe_failure(RuntimeError("a bug"))
    assert message.startswith("«") and advice.startswith("«")
