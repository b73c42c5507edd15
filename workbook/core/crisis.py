"""Crisis lines per country, and the person's own crisis contacts, for the safety panel.

The bundled ``resources/crisis_lines.yaml`` holds only numbers confirmed on each
service's own published page, with that page and the day it was checked beside every
entry; countries it does not list fall back to "call your local emergency number" and
a helpline directory. The person's own contacts are personal, so they live in the
encrypted workbook's settings (anything with ``get_setting``/``set_setting``). The
country is a device preference (it says nothing the person wrote), so the app keeps
it outside the workbook too: the emergency number must show while locked and on
first launch.
"""

from __future__ import annotations

import locale
import re
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from workbook.core.i18n import translate
from workbook.paths import resources_dir

#: Setting keys. The country is kept on the device (and copied into the workbook);
#: contacts only inside the encrypted workbook.
COUNTRY_SETTING = "crisis.country"
CONTACTS_SETTING = "crisis.contacts"

FALLBACK_CODE = ""


class CrisisDataError(Exception):
    """The bundled crisis-lines file is missing or malformed (a packaging bug, not the user's)."""


@dataclass(frozen=True)
class CrisisLine:
    """One helpline: how to reach it and when."""

    name: str
    description: str = ""
    phone: str | None = None
    text: str | None = None  # number to send a text message to
    text_keyword: str | None = None  # what to write in that first text, e.g. "HOME"
    website: str | None = None
    hours: str | None = None
    source: str | None = None  # the page the details were checked against
    checked: date | None = None  # the day they were

    @property
    def text_instruction(self) -> str | None:
        """How to start a text conversation, in words: "Text SHOUT to 85258"."""
        if not self.text:
            return None
        if self.text_keyword:
            return translate("Crisis", "Text {keyword} to {number}").format(
                keyword=self.text_keyword, number=self.text
            )
        return translate("Crisis", "Text {number}").format(number=self.text)


@dataclass(frozen=True)
class CountryLines:
    """What to show for one country: its emergency number(s) and helplines."""

    code: str  # ISO 3166 alpha-2, or "" for the fallback
    name: str
    emergency: tuple[str, ...]
    lines: tuple[CrisisLine, ...]
    emergency_source: str | None = None
    emergency_checked: date | None = None

    @property
    def emergency_phrase(self) -> str:
        """The emergency number(s) as a phrase: "911", "112 or 999", "your local emergency number"."""
        if not self.emergency:
            return translate("Crisis", "your local emergency number")
        return translate("Crisis", " or ").join(self.emergency)


@dataclass(frozen=True)
class CrisisDirectory:
    """Every country the app knows, where the numbers came from and when they were checked."""

    source: str
    last_checked: date
    countries: Mapping[str, CountryLines]
    fallback: CountryLines

    def for_country(self, code: str | None) -> CountryLines:
        """The lines for a country code; the fallback for an unknown or missing one."""
        if code:
            found = self.countries.get(code.upper())
            if found is not None:
                return found
        return self.fallback

    def helplines(self, code: str | None) -> tuple[CrisisLine, ...]:
        """A country's own lines, then the international directory (once) for anything else."""
        own = self.for_country(code).lines
        return own + tuple(line for line in self.fallback.lines if line not in own)

    def choices(self) -> list[tuple[str, str]]:
        """(code, name) pairs sorted by name, then the fallback last, for a country picker."""
        known = sorted(((c.code, c.name) for c in self.countries.values()), key=lambda p: p[1])
        return [*known, (FALLBACK_CODE, self.fallback.name)]


@dataclass(frozen=True)
class PersonalContact:
    """Someone the person chose to list: a friend, a relative, their care team."""

    name: str
    phone: str = ""
    note: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone, "note": self.note}


class SettingsReader(Protocol):
    """The part of a Workbook (or this device's preferences) that settings are read from."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...


class SettingsStore(SettingsReader, Protocol):
    """The part of a Workbook (or this device's preferences) that keeps settings."""

    def set_setting(self, key: str, value: Any) -> None: ...


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise CrisisDataError(f"{where}: '{key}' is missing")
        return None
    if not isinstance(value, str | int):
        raise CrisisDataError(f"{where}: '{key}' must be text")
    return str(value).strip() or None


def _checked_source(data: Mapping[str, Any], where: str, prefix: str = "") -> tuple[str, date]:
    """The page an entry was checked against and the day: both required, so nothing unchecked
    ships (an entry that can't be checked is removed, never guessed)."""
    source = _text(data, f"{prefix}source", where, required=True) or ""
    if not source.startswith("https://"):
        raise CrisisDataError(f"{where}: '{prefix}source' must be the https:// page checked")
    checked = data.get(f"{prefix}checked")
    if not isinstance(checked, date):
        raise CrisisDataError(f"{where}: '{prefix}checked' must be the date it was checked")
    return source, checked


def _country(code: str, data: Any, where: str) -> CountryLines:
    if not isinstance(data, Mapping):
        raise CrisisDataError(f"{where}: expected a mapping")
    emergency = data.get("emergency") or []
    if not isinstance(emergency, list) or not all(isinstance(n, str) for n in emergency):
        raise CrisisDataError(f"{where}: 'emergency' must be a list of numbers in quotes")
    raw_lines = data.get("lines") or []
    if not isinstance(raw_lines, list):
        raise CrisisDataError(f"{where}: 'lines' must be a list")
    lines = []
    for index, item in enumerate(raw_lines, start=1):
        spot = f"{where} line {index}"
        if not isinstance(item, Mapping):
            raise CrisisDataError(f"{spot}: expected a mapping")
        source, checked = _checked_source(item, spot)
        line = CrisisLine(
            name=_text(item, "name", spot, required=True) or "",
            description=_text(item, "description", spot) or "",
            phone=_text(item, "phone", spot),
            text=_text(item, "text", spot),
            text_keyword=_text(item, "text_keyword", spot),
            website=_text(item, "website", spot),
            hours=_text(item, "hours", spot),
            source=source,
            checked=checked,
        )
        if not (line.phone or line.text or line.website):
            raise CrisisDataError(f"{spot}: give a phone, text number or website")
        if line.website and not line.website.startswith("https://"):
            raise CrisisDataError(f"{spot}: website must start with https://")
        lines.append(line)
    name = _text(data, "name", where, required=True) or code
    emergency_source, emergency_checked = (
        _checked_source(data, where, "emergency_") if emergency else (None, None)
    )
    return CountryLines(
        code=code,
        name=name,
        emergency=tuple(emergency),
        lines=tuple(lines),
        emergency_source=emergency_source,
        emergency_checked=emergency_checked,
    )


def parse_directory(data: Any) -> CrisisDirectory:
    """Build the directory from the YAML's data, or raise CrisisDataError naming the problem."""
    if not isinstance(data, Mapping):
        raise CrisisDataError("crisis lines: expected a mapping at the top")
    checked = data.get("last_checked")
    if not isinstance(checked, date):
        raise CrisisDataError("crisis lines: 'last_checked' must be a date like 2026-01-31")
    countries_data = data.get("countries")
    if not isinstance(countries_data, Mapping):
        raise CrisisDataError("crisis lines: 'countries' must be a mapping of country codes")
    countries = {}
    for code, entry in countries_data.items():
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise CrisisDataError(f"crisis lines: {code!r} is not a two-letter country code")
        country = _country(code, entry, f"country {code}")
        if not country.emergency:
            raise CrisisDataError(f"country {code}: needs its emergency number")
        countries[code] = country
    fallback = _country(FALLBACK_CODE, data.get("fallback"), "fallback")
    source = _text(data, "source", "crisis lines", required=True) or ""
    return CrisisDirectory(source, checked, countries, fallback)


def load_directory(path: Path | None = None) -> CrisisDirectory:
    """Read the crisis lines shipped with Workbook (or another file, for tests)."""
    if path is None:
        return _bundled_directory()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CrisisDataError(f"{path}: cannot read crisis lines ({error})") from error
    return parse_directory(data)


#: Used only if the bundled file cannot be read: help must still be shown, never an error.
MINIMAL_DIRECTORY = CrisisDirectory(
    source="Workbook's built-in fallback (the crisis lines file could not be read)",
    last_checked=date(2026, 11, 21),
    countries={},
    fallback=CountryLines(
        FALLBACK_CODE,
        "Another country",
        (),
        (
            CrisisLine(
                "Find A Helpline",
                "Free, confidential helplines in many countries.",
                website="https://findahelpline.com",
            ),
        ),
    ),
)


def directory_or_minimal() -> CrisisDirectory:
    """The bundled directory, or a minimal one if it is broken: the safety panel never fails."""
    try:
        return load_directory()
    except CrisisDataError:
        return MINIMAL_DIRECTORY


@lru_cache(maxsize=1)
def _bundled_directory() -> CrisisDirectory:
    return load_directory(resources_dir() / "crisis_lines.yaml")


def country_from_locale(name: str | None = None) -> str | None:
    """The country part of a locale name ("en_GB.UTF-8" → "GB"); the system's when not given."""
    if name is None:
        try:
            name = locale.getlocale()[0]
        except ValueError:
            name = None
    if not name:
        return None
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", name)
    return match.group(1).upper() if match else None


def chosen_country(
    store: SettingsReader | None = None,
    locale_name: str | None = None,
    *,
    device: SettingsStore | None = None,
) -> str:
    """The country whose numbers to show: this device's saved choice; else one an older
    version kept in the workbook ``store`` (then moved to the device); else the locale's.

    Returns FALLBACK_CODE when none of them says (``country_needs_asking`` tells when).
    """
    device = device if device is not None else _device()
    saved = device.get_setting(COUNTRY_SETTING, None)
    if isinstance(saved, str):
        return saved.upper()
    older = store.get_setting(COUNTRY_SETTING, None) if store is not None else None
    if isinstance(older, str):
        with suppress(OSError):  # a read-only config folder must never hide the number
            device.set_setting(COUNTRY_SETTING, older.upper())
        return older.upper()
    return country_from_locale(locale_name) or FALLBACK_CODE


def country_needs_asking(
    store: SettingsReader | None = None,
    locale_name: str | None = None,
    *,
    device: SettingsStore | None = None,
) -> bool:
    """Nobody chose a country and the locale names none (LANG=C.UTF-8, POSIX): ask once
    rather than guess a country whose emergency number could be wrong."""
    device = device if device is not None else _device()
    for source in (device, store):
        if source is not None and isinstance(source.get_setting(COUNTRY_SETTING, None), str):
            return False
    return country_from_locale(locale_name) is None


def save_country(
    store: SettingsStore | None, code: str, *, device: SettingsStore | None = None
) -> None:
    """Keep the choice on this device (so it works while locked), and in the open workbook
    ``store`` too, so a workbook moved to a new computer brings it along."""
    device = device if device is not None else _device()
    device.set_setting(COUNTRY_SETTING, code.upper())
    if store is not None:
        store.set_setting(COUNTRY_SETTING, code.upper())


def _device() -> SettingsStore:
    from workbook.core.device_prefs import DevicePreferences

    return DevicePreferences()


def personal_contacts(store: SettingsReader) -> list[PersonalContact]:
    """The person's own contacts, skipping anything malformed rather than failing."""
    saved = store.get_setting(CONTACTS_SETTING, None)
    contacts = []
    for item in saved if isinstance(saved, list) else []:
        if not isinstance(item, Mapping):
            continue
        name = str(item.get("name") or "").strip()
        phone = str(item.get("phone") or "").strip()
        if name or phone:
            contacts.append(PersonalContact(name, phone, str(item.get("note") or "").strip()))
    return contacts


def save_personal_contacts(store: SettingsStore, contacts: Sequence[PersonalContact]) -> None:
    """Keep the non-empty contacts, in the person's order."""
    kept = [c.to_json() for c in contacts if c.name.strip() or c.phone.strip()]
    store.set_setting(CONTACTS_SETTING, kept)


def dial_uri(number: str, scheme: str = "tel") -> str:
    """A tel: or sms: link for a number as written ("116 123" → "tel:116123")."""
    digits = re.sub(r"[^\d+]", "", number)
    return f"{scheme}:{digits}"
