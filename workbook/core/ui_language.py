"""Which language the app speaks on this device: the person's choice, else the system's.

The choice is a device preference (``device.json``), not a workbook setting: the
lock screen and the welcome screen speak it before any workbook is open.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbook.core.device_prefs import DevicePreferences
from workbook.core.i18n import LANGUAGE_PREFERENCE, LANGUAGES, pick_language


def chosen_language(prefs: DevicePreferences | None = None) -> str | None:
    """The language the person picked in Settings, or None to follow the system."""
    value = (prefs or DevicePreferences()).get_setting(LANGUAGE_PREFERENCE)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(code: str | None, prefs: DevicePreferences | None = None) -> None:
    """Remember ``code`` (None: follow the system); raises OSError when it can't be saved."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"Workbook has no {code!r} translation")
    (prefs or DevicePreferences()).set_setting(LANGUAGE_PREFERENCE, code or "")


def language_for_this_device(
    system_languages: Sequence[str], prefs: DevicePreferences | None = None
) -> str:
    """The code of the language to start in (``en``, ``es``, ``ar`` …)."""
    return pick_language(chosen_language(prefs), system_languages)
