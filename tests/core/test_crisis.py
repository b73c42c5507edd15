"""Crisis lines: the shipped numbers load, each country has help, and choices stay private."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from workbook.core import crisis
from workbook.core.crisis import CrisisDataError, PersonalContact


class FakeSettings:
    """Stands in for the encrypted workbook settings."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.values[key] = value


def test_shipped_file_names_its_source_and_check_date() -> None:
    """Anyone can see where the numbers came from and when they were last checked."""
    directory = crisis.load_directory()
    assert "findahelpline.com" in directory.source
    assert isinstance(directory.last_checked, date)


def test_every_entry_carries_the_page_it_was_checked_against_and_the_date() -> None:
    """Each number, name and address was checked on the service's own page: that page and the
    day are kept beside every line and every emergency number, so anyone can re-check them."""
    directory = crisis.load_directory()
    for country in [*directory.countries.values(), directory.fallback]:
        if country.emergency:
            assert (country.emergency_source or "").startswith("https://"), country.name
            assert isinstance(country.emergency_checked, date), country.name
        for line in country.lines:
            assert (line.source or "").startswith("https://"), line.name
            assert isinstance(line.checked, date), line.name
            assert line.checked <= date.today()


def test_an_entry_without_its_source_does_not_load(tmp_path: Path) -> None:
    """An unchecked entry is refused by name rather than shown (wrong numbers do harm)."""
    path = tmp_path / "lines.yaml"
    path.write_text(
        "source: x\nlast_checked: 2026-01-01\ncountries:\n  GB:\n    name: UK\n"
        "    emergency: ['999']\n    emergency_source: https://example.org\n"
        "    emergency_checked: 2026-01-01\n    lines:\n"
        "      - {name: Samaritans, phone: 116 123}\n"
        "fallback: {name: Other, lines: []}\n",
        encoding="utf-8",
    )
    with pytest.raises(CrisisDataError, match="country GB line 1: 'source' is missing"):
        crisis.load_directory(path)


def test_every_country_also_offers_the_international_directory() -> None:
    """Under a country's own lines the panel lists Find A Helpline too (once)."""
    directory = crisis.load_directory()
    for code in [*directory.countries, None]:
        names = [line.name for line in directory.helplines(code)]
        assert names.count("Find A Helpline") == 1


@pytest.mark.parametrize(
    ("code", "emergency", "number"),
    [
        ("US", "911", "988"),
        ("GB", "999", "116 123"),
        ("IE", "112 or 999", "116 123"),
        ("CA", "911", "988"),
        ("AU", "000", "13 11 14"),
        ("NZ", "111", "1737"),
    ],
)
def test_each_country_has_its_emergency_number_and_main_line(
    code: str, emergency: str, number: str
) -> None:
    """A person in each supported country sees their emergency number and main crisis line."""
    lines = crisis.load_directory().for_country(code)
    assert lines.emergency_phrase == emergency
    assert number in [line.phone for line in lines.lines]


def test_every_line_has_a_way_to_reach_it_and_a_secure_website() -> None:
    """No listed line is a dead end: each has a number or a website, and links are https."""
    directory = crisis.load_directory()
    for country in [*directory.countries.values(), directory.fallback]:
        for line in country.lines:
            assert line.phone or line.text or line.website, line.name
            assert line.website is None or line.website.startswith("https://")


def test_unknown_country_falls_back_to_local_emergency_number_and_directory() -> None:
    """Someone in a country we do not list is told to call their local emergency number."""
    lines = crisis.load_directory().for_country("FR")
    assert lines.emergency_phrase == "your local emergency number"
    assert any("findahelpline.com" in (line.website or "") for line in lines.lines)
    assert crisis.load_directory().for_country(None) is lines


def test_country_choices_are_sorted_with_other_country_last() -> None:
    """The country picker lists known countries by name and ends with 'Another country'."""
    choices = crisis.load_directory().choices()
    names = [name for _, name in choices[:-1]]
    assert names == sorted(names)
    assert choices[-1][0] == crisis.FALLBACK_CODE


def test_text_instruction_includes_the_keyword() -> None:
    """A text line says exactly what to send, e.g. 'Text SHOUT to 85258'."""
    us = crisis.load_directory().for_country("US")
    assert "Text 988" in [line.text_instruction for line in us.lines]
    gb = crisis.load_directory().for_country("GB")
    assert "Text SHOUT to 85258" in [line.text_instruction for line in gb.lines]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB.UTF-8", "GB"),
        ("en-NZ", "NZ"),
        ("fr_ca", "CA"),
        ("C", None),
        ("", None),
        ("en", None),
    ],
)
def test_country_comes_from_the_locale(name: str, expected: str | None) -> None:
    """The default country is the one in the system locale, when it names one."""
    assert crisis.country_from_locale(name) == expected


def test_chosen_country_defaults_to_locale_until_the_person_chooses() -> None:
    """Until the person picks a country, the locale decides; the choice is kept on the device
    (so it works while locked) and in the workbook (so it moves with it)."""
    settings, device = FakeSettings(), FakeSettings()
    assert crisis.chosen_country(settings, "en_AU.UTF-8", device=device) == "AU"
    crisis.save_country(settings, "ie", device=device)
    assert crisis.chosen_country(None, "en_AU.UTF-8", device=device) == "IE"
    assert settings.values[crisis.COUNTRY_SETTING] == "IE"
    assert device.values[crisis.COUNTRY_SETTING] == "IE"


def test_a_country_kept_only_in_an_older_workbook_moves_to_the_device() -> None:
    """A workbook from before the device preference still brings its country along."""
    settings, device = FakeSettings(), FakeSettings()
    settings.values[crisis.COUNTRY_SETTING] = "NZ"
    assert crisis.chosen_country(settings, "C", device=device) == "NZ"
    assert device.values[crisis.COUNTRY_SETTING] == "NZ"


def test_no_guess_under_the_c_locale_so_the_person_is_asked() -> None:
    """LANG=C.UTF-8 / POSIX name no country: ask once; a locale or a choice answers it."""
    device = FakeSettings()
    assert crisis.country_needs_asking(None, "C", device=device)
    assert crisis.chosen_country(None, "C", device=device) == crisis.FALLBACK_CODE
    assert not crisis.country_needs_asking(None, "en_GB", device=device)
    crisis.save_country(None, crisis.FALLBACK_CODE, device=device)
    assert not crisis.country_needs_asking(None, "C", device=device)


def test_the_device_preference_file_round_trips(tmp_path: Path) -> None:
    """The device file keeps the country between launches; a damaged file reads as empty."""
    from workbook.core.device_prefs import DevicePreferences

    prefs = DevicePreferences(tmp_path / "config" / "device.json")
    assert prefs.get_setting(crisis.COUNTRY_SETTING) is None
    prefs.set_setting(crisis.COUNTRY_SETTING, "GB")
    assert DevicePreferences(prefs.path).get_setting(crisis.COUNTRY_SETTING) == "GB"
    prefs.path.write_text("{not json", encoding="utf-8")
    assert prefs.get_setting(crisis.COUNTRY_SETTING) is None


def test_personal_contacts_round_trip_and_skip_blank_rows() -> None:
    """Own contacts are kept in order; blank rows are dropped and bad data is ignored."""
    settings = FakeSettings()
    contacts = [
        PersonalContact("Sam (sister)", "07700 900123", "evenings"),
        PersonalContact("", ""),
        PersonalContact("Dr Ahmed's clinic", "020 7946 0000"),
    ]
    crisis.save_personal_contacts(settings, contacts)
    assert crisis.personal_contacts(settings) == [contacts[0], contacts[2]]
    settings.values[crisis.CONTACTS_SETTING] = [{"name": "Jo"}, "junk", 3, {"name": ""}]
    assert crisis.personal_contacts(settings) == [PersonalContact("Jo")]


def test_dial_links_strip_spaces() -> None:
    """Numbers written with spaces still make a working tel: or sms: link."""
    assert crisis.dial_uri("116 123") == "tel:116123"
    assert crisis.dial_uri("1-800-668-6868", "sms") == "sms:18006686868"


def test_a_broken_file_is_reported_by_name(tmp_path: Path) -> None:
    """A malformed crisis file names what is wrong instead of crashing with a traceback."""
    bad = tmp_path / "lines.yaml"
    bad.write_text(
        "source: x\nlast_checked: 2026-01-01\ncountries:\n  US:\n    name: US\n"
        "    emergency: ['911']\n    lines:\n      - name: Nothing\n",
        encoding="utf-8",
    )
    with pytest.raises(CrisisDataError, match="country US line 1"):
        crisis.load_directory(bad)
    bad.write_text("countries: [", encoding="utf-8")
    with pytest.raises(CrisisDataError, match="cannot read"):
        crisis.load_directory(bad)


def test_a_broken_bundled_file_still_gives_help(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the shipped file cannot be read, the panel still says to call the emergency number."""

    def broken() -> crisis.CrisisDirectory:
        raise CrisisDataError("broken")

    monkeypatch.setattr(crisis, "load_directory", broken)
    directory = crisis.directory_or_minimal()
    assert directory.for_country("GB").emergency_phrase == "your local emergency number"
    assert directory.fallback.lines[0].website == "https://findahelpline.com"
