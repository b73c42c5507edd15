"""The language a PDF is being printed in, and its fixed words and dates in that language.

A worksheet prints in its module's language and a progress report in its
program's (``Module.language``, ``Program.language``: the language they were
loaded in). Headings, table heads, the footer and dates are spread over many
small builders, so the language travels with the build in a context variable
rather than through every function's arguments; each build sets it and restores it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from workbook.core.wording.catalogue import fixed_words
from workbook.core.wording.dates import Length, date_in_words, month_year_in_words

_LANGUAGE: ContextVar[str] = ContextVar("printing_language", default="en")


@contextmanager
def printing_in(language: str | None) -> Iterator[None]:
    """Print everything built inside this block in ``language`` (English when None)."""
    token = _LANGUAGE.set(language or "en")
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def printing_language() -> str:
    return _LANGUAGE.get()


def printed(key: str, **values: object) -> str:
    """A fixed printed text (``catalogue`` key) in the language being printed."""
    return fixed_words(key, _LANGUAGE.get(), **values)


def printed_day(day: date, *, month: Length = "long", year: bool = True) -> str:
    """A date as the page being printed says it: ``5 March 2024``, ``5 de marzo de 2024``."""
    return date_in_words(day, month=month, year=year, language=_LANGUAGE.get())


def printed_month(day: date, *, month: Length = "long") -> str:
    """``March 2024``, ``marzo de 2024``: for chart axes over long spans."""
    return month_year_in_words(day, month=month, language=_LANGUAGE.get())
