"""The locale the system asks for, read as the C library reads it, where "C" and "POSIX" name no country.

Python maps the ``C.UTF-8`` locale to ``en_US`` (``locale.getlocale()`` answers
``('en_US', 'UTF-8')`` under it), so a container, server or minimal install with
``LANG=C.UTF-8`` would look American: US Letter paper, US crisis lines. The C and
POSIX locales are the absence of a choice, so callers get ``None`` and use their
neutral default (A4) or ask the person.
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Mapping

#: Locale names that say nothing about where the person is.
NEUTRAL = frozenset({"C", "POSIX"})


def is_neutral(name: str) -> bool:
    """``C``, ``POSIX``, ``C.UTF-8``, ``C.utf8`` ... (any encoding or modifier)."""
    return name.split(".")[0].split("@")[0] in NEUTRAL


def locale_name(category: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The locale in force for ``category`` (e.g. ``"LC_PAPER"``), or None when it is C/POSIX or unset.

    The environment decides as the C library decides: ``LC_ALL``, then the category's
    own variable, then ``LANG``; the first one set wins, even when it is ``C``. Only
    when none is set (Windows, macOS app bundles) is Python's locale module asked.
    """
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", category, "LANG"):
        value = env.get(variable, "")
        if value:
            return None if is_neutral(value) else value
    if environ is not None:
        return None
    with contextlib.suppress(ValueError):
        name = locale.getlocale()[0]
        if name and not is_neutral(name):
            return name
    return None


def territory(name: str | None) -> str | None:
    """The country part of a locale name: ``en_GB.UTF-8`` → ``GB``; None when it has none."""
    if not name or is_neutral(name):
        return None
    language = name.split(".")[0].split("@")[0]
    if "_" not in language:
        return None
    return language.split("_")[1].upper() or None
