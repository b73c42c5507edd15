"""The one door every word the core says goes through on its way to the person's language.

The core decides messages (faults, wording, use cases) but imports no Qt. It calls
``translate(context, text)`` here; the desktop app wires that to
``QCoreApplication.translate`` when it starts, so the same Qt catalogue translates core
and GUI. Without the app (CLI, tests) it answers the English text.

``pyside6-lupdate`` finds a call by the function's name, so the calls must read
``translate("Context", "literal text")`` (or ``i18n.translate``) and, for texts kept in
tables, ``QT_TRANSLATE_NOOP("Context", "literal text")`` with ``translate`` at the point
of use. A plural count goes fourth, positional and as a plain name
(``translate(ctx, "%n days", None, n)``): lupdate does not see a keyword argument and
drops the whole call when the count is an expression such as ``x.count``. Never pass an f-string: lupdate would extract
the braces literally and the running text would never match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

Translator = Callable[[str, str, "str | None", int], str]

#: The UI languages Workbook ships, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}
#: Device preference key holding the language the person chose ("" or absent: the system's).
LANGUAGE_PREFERENCE = "ui_language"
DEFAULT_LANGUAGE = "en"

_translator: Translator | None = None


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """English without Qt (the command line, tests): the source text, with the English plural
    forms from the same catalogue the app loads (``workbook_en.ts``)."""
    del disambiguation
    if n < 0:
        return text
    forms = _english_plurals().get((context, text))
    if forms:
        text = forms[0] if n == 1 else forms[-1]
    return text.replace("%n", str(n))


@cache
def _english_plurals() -> dict[tuple[str, str], list[str]]:
    import xml.etree.ElementTree as ET

    from workbook.paths import resources_dir

    found: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(resources_dir() / "translations" / "workbook_en.ts").getroot()
    except (OSError, ET.ParseError):
        return found  # "%n day(s)" then reads "3 day(s)": clumsy, never wrong
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if forms and all(forms):
                found[(name, message.findtext("source", ""))] = forms
    return found


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language (``%n`` replaced by ``n`` when given)."""
    return (_translator or _english)(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue without translating it yet (it is kept in a table)."""
    del context
    return text


_decimal_point = "."


def decimal_point() -> str:
    """The decimal mark of the app's language ("." until the app says otherwise)."""
    return _decimal_point


def install_decimal_point(mark: str) -> None:
    """Set by the app from ``QLocale().decimalPoint()`` as it picks the language."""
    global _decimal_point
    _decimal_point = mark or "."


def install_translator(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (the GUI's Qt catalogue); None: English."""
    global _translator
    _translator = translator


def pick_language(preference: str | None, system_languages: Sequence[str]) -> str:
    """The UI language: the person's choice when Workbook has it, else the first system
    language it has (``es-MX`` → ``es``), else English."""
    if preference and preference in LANGUAGES:
        return preference
    for name in system_languages:
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE
