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
    """A text line says exactly what to send, e.g. 'Text HOME to 741741'."""
    us = crisis.load_directory().for_country("US")
    texts = [line.text_instruction for line in us.lines]
    assert "Text 988" in texts
    assert "Text HOME to 741741" in texts


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
    """Until the person picks a country, the locale decides; their choice is kept in the workbook."""
    settings = FakeSettings()
    assert crisis.chosen_country(settings, "en_AU.UTF-8") == "AU"
    crisis.save_country(settings, "ie")
    assert crisis.chosen_country(settings, "en_AU.UTF-8") == "IE"
    assert settings.values[crisis.COUNTRY_SETTING] == "IE"


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
