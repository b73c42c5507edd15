"""Every date the app shows or prints, in words: ``5 March 2024``, ``Tue 5 Mar 2024, 14:05``.

One helper so a date reads the same on every screen, page and command. The words are
English like the rest of the app, spelled here rather than by ``strftime``: ``%B``
follows whatever C locale Qt switched to (German month names in an English sentence)
and codes such as ``%-d`` raise on Windows. The order follows the person's locale:
month first where that is how dates are written (``March 5, 2024`` in the US), day
first everywhere else and when the locale says nothing (``C.UTF-8``).
"""

from __future__ import annotations

import locale
import os
from datetime import date, datetime
from typing import Literal

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Spanish months and weekdays, written lower-case as Spanish writes them (``5 de marzo de 2024``)
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Territories whose dates are written month first (``en_US`` and the US territories).
MONTH_FIRST = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM"})

Length = Literal["long", "short"]


def locale_territory() -> str | None:
    """The country part of the locale dates follow (``en_US.UTF-8`` → ``US``), if any.

    The POSIX order: ``LC_ALL``, then ``LC_TIME``, then ``LANG``; then what Python was told.
    """
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        name = os.environ.get(key, "")
        if name:
            return _territory(name)
    try:
        return _territory(locale.getlocale(locale.LC_TIME)[0] or "")
    except ValueError:
        return None


def _territory(name: str) -> str | None:
    language = name.split(".")[0].split("@")[0]
    return language.split("_")[1].upper() if "_" in language else None


def month_first() -> bool:
    """Whether this person's locale writes the month before the day."""
    return locale_territory() in MONTH_FIRST


def _month(moment: date, length: Length) -> str:
    name = MONTHS[moment.month - 1]
    return name if length == "long" else name[:3]


def date_in_words(
    moment: date,
    *,
    month: Length = "long",
    weekday: Length | None = None,
    year: bool = True,
    language: str | None = None,
) -> str:
    """``5 March 2024``; short months ``5 Mar 2024``; with the weekday ``Tuesday 5 March 2024``;
    without the year ``5 March``. Month first where the locale says so: ``March 5, 2024``.

    ``language="es"`` says it in Spanish: ``5 de marzo de 2024``, short ``5 mar 2024``.
    """
    if language is not None and language.split("-")[0].split("_")[0].lower() == "es":
        return _spanish(moment, month, weekday, year)
    day_name = ""
    if weekday is not None:
        name = WEEKDAYS[moment.weekday()]
        day_name = name if weekday == "long" else name[:3]
    month_name = _month(moment, month)
    if month_first():
        said = f"{month_name} {moment.day}" + (f", {moment.year}" if year else "")
        return f"{day_name}, {said}" if day_name else said
    said = f"{moment.day} {month_name}" + (f" {moment.year}" if year else "")
    return f"{day_name} {said}" if day_name else said


def _spanish(moment: date, month: Length, weekday: Length | None, year: bool) -> str:
    name = MONTHS_ES[moment.month - 1]
    if month == "short":
        said = f"{moment.day} {name[:3]}" + (f" {moment.year}" if year else "")
    else:
        said = f"{moment.day} de {name}" + (f" de {moment.year}" if year else "")
    if weekday is None:
        return said
    day_name = WEEKDAYS_ES[moment.weekday()]
    return f"{day_name if weekday == 'long' else day_name[:3]} {said}"


def date_time_in_words(
    moment: datetime, *, month: Length = "short", weekday: Length | None = None
) -> str:
    """``5 Mar 2024, 14:05``; with long months ``Tuesday 5 March 2024 at 14:05``.

    The time is the moment's own (convert to local time first when it is stored in UTC).
    """
    joiner = " at " if month == "long" else ", "
    return f"{date_in_words(moment, month=month, weekday=weekday)}{joiner}{moment:%H:%M}"


def month_year_in_words(
    moment: date, *, month: Length = "long", language: str | None = None
) -> str:
    """``March 2024`` (``Mar 2024`` short); in Spanish ``marzo de 2024`` (``mar 2024``)."""
    if language is not None and language.split("-")[0].split("_")[0].lower() == "es":
        name = MONTHS_ES[moment.month - 1]
        return f"{name[:3]} {moment.year}" if month == "short" else f"{name} de {moment.year}"
    return f"{_month(moment, month)} {moment.year}"
