"""Every date the app shows or prints, in words: ``5 March 2024``, ``Tue 5 Mar 2024, 14:05``.

One helper so a date reads the same on every screen, page and command. On screen the
words go through the UI catalogue (``language=None``); a printed page names its language, spelled here rather than by ``strftime``: ``%B``
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

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate

MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May (short)"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
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
    names = MONTHS if length == "long" else SHORT_MONTHS
    name = translate("Dates", names[moment.month - 1])
    return name.removesuffix(" (short)")  # "May" is the same word short and long in English


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
        names = WEEKDAYS if weekday == "long" else SHORT_WEEKDAYS
        day_name = translate("Dates", names[moment.weekday()])
    words = {"day": moment.day, "month": _month(moment, month), "year": moment.year}
    if month_first():
        said = (
            translate("Dates", "{month} {day}, {year}")
            if year
            else translate("Dates", "{month} {day}")
        ).format(**words)
        return (
            translate("Dates", "{weekday}, {date}").format(weekday=day_name, date=said)
            if day_name
            else said
        )
    said = (
        translate("Dates", "{day} {month} {year}") if year else translate("Dates", "{day} {month}")
    ).format(**words)
    return (
        translate("Dates", "{weekday} {date}").format(weekday=day_name, date=said)
        if day_name
        else said
    )


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
    said = date_in_words(moment, month=month, weekday=weekday)
    if month == "long":
        return translate("Dates", "{date} at {time}").format(date=said, time=f"{moment:%H:%M}")
    return translate("Dates", "{date}, {time}").format(date=said, time=f"{moment:%H:%M}")


def month_year_in_words(
    moment: date, *, month: Length = "long", language: str | None = None
) -> str:
    """``March 2024`` (``Mar 2024`` short); in Spanish ``marzo de 2024`` (``mar 2024``)."""
    if language is not None and language.split("-")[0].split("_")[0].lower() == "es":
        name = MONTHS_ES[moment.month - 1]
        return f"{name[:3]} {moment.year}" if month == "short" else f"{name} de {moment.year}"
    return translate("Dates", "{month} {year}").format(
        month=_month(moment, month), year=moment.year
    )
