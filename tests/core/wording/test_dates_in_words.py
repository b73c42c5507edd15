"""Every date the app shows or prints reads the same way, on every platform and in any locale."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

import workbook
from workbook.core.wording import dates
from workbook.core.wording.dates import date_in_words, date_time_in_words, month_year_in_words

DAY = date(2024, 3, 5)  # a Tuesday
MOMENT = datetime(2024, 3, 5, 14, 5)
#: the real locale rule (the suite's conftest pins day-first dates for every other test)
LOCALE_TERRITORY = dates.locale_territory


def test_a_date_in_words_has_no_leading_zero() -> None:
    assert date_in_words(DAY) == "5 March 2024"
    assert date_in_words(DAY, month="short") == "5 Mar 2024"
    assert date_in_words(DAY, weekday="long", year=False) == "Tuesday 5 March"
    assert date_in_words(DAY, month="short", weekday="short") == "Tue 5 Mar 2024"


def test_a_moment_in_words() -> None:
    assert date_time_in_words(MOMENT) == "5 Mar 2024, 14:05"
    assert date_time_in_words(MOMENT, month="long", weekday="long") == (
        "Tuesday 5 March 2024 at 14:05"
    )
    assert month_year_in_words(DAY) == "March 2024"
    assert month_year_in_words(DAY, month="short") == "Mar 2024"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "March 5, 2024"),
        ({"LANG": "en_GB.UTF-8"}, "5 March 2024"),
        ({"LANG": "C.UTF-8"}, "5 March 2024"),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, "March 5, 2024"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "5 March 2024"),
    ],
)
def test_the_order_follows_the_locale(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    monkeypatch.setattr(dates, "locale_territory", LOCALE_TERRITORY)
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in variables.items():
        monkeypatch.setenv(key, value)
    assert date_in_words(DAY) == expected
    if expected.startswith("March"):
        assert date_in_words(DAY, weekday="short", year=False) == "Tue, March 5"
        assert date_time_in_words(MOMENT) == "Mar 5, 2024, 14:05"


#: strftime codes for words (month and day names, which follow the C locale) and platform-only
#: codes (``%-d`` raises on Windows); machine stamps such as ``%Y%m%d`` are fine.
WORD_CODES = re.compile(r"%-[a-zA-Z]|%[aAbBp]\b|%[aAbBp][^a-zA-Z]")


def test_no_date_is_written_with_strftime_words_outside_the_helper() -> None:
    package = Path(workbook.__file__).parent
    helper = Path(dates.__file__)
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path != helper
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WORD_CODES.search(line)
    ]
    assert offenders == [], "use workbook.core.wording.dates for dates in words"
