"""Two header keys of validated measures: how often to repeat them, and their licence terms.

``repeat_every: 2 weeks`` says how often a questionnaire should be given again (Home
and the reminder say when it is due). ``licence`` is either one line of terms or the
structured form, so anyone reusing a module can see at a glance whether they need
permission and whether commercial use is allowed.
"""

from __future__ import annotations

import re

from workbook.core.language.model import Licence
from workbook.core.language.reader import Reader

INTERVAL = re.compile(r"\s*(\d+)\s*(day|days|week|weeks)\s*\Z", re.IGNORECASE)
INTERVAL_HINT = "write a number of days or weeks, e.g. `repeat_every: 2 weeks` or `14 days`"
LICENCE_KEYS = ("terms", "permission_needed", "commercial_use", "url")


def interval_days(text: str) -> int | None:
    """``"2 weeks"`` → 14, ``"10 days"`` → 10; None when it is not a whole, positive interval."""
    found = INTERVAL.match(text)
    if found is None:
        return None
    count = int(found.group(1))
    days = count * 7 if found.group(2).lower().startswith("week") else count
    return days if days > 0 else None


def read_repeat_every(read: Reader, repeatable: bool) -> int | None:
    """``repeat_every`` in days, reported when it cannot be read or the module is not repeatable."""
    if "repeat_every" not in read:
        return None
    written = read.text("repeat_every")
    days = interval_days(written) if written is not None else None
    if days is None:
        read.report.error(
            read.at("repeat_every"),
            f"`repeat_every` should be a number of days or weeks, not `{written}`",
            INTERVAL_HINT,
        )
        return None
    if not repeatable:
        read.report.error(
            read.key("repeat_every"),
            "`repeat_every` needs `repeatable: true`",
            "a module done only once cannot come due again",
        )
        return None
    return days


def read_licence(read: Reader) -> Licence | None:
    """One line of terms, or ``terms``, ``permission_needed``, ``commercial_use`` and ``url``."""
    key = "licence" if "licence" in read else "license"
    if key not in read:
        return None
    value = read.data.get(key)
    if isinstance(value, str):
        terms = read.text(key)
        return Licence(terms) if terms else None
    data = read.mapping(key)
    if data is None:
        return None
    lic = Reader(data, read.report, f"`{key}`", LICENCE_KEYS)
    lic.check_keys()
    terms = lic.text("terms", required=True, hint="one sentence of the terms of reuse")
    permission = lic.boolean("permission_needed")
    commercial = lic.boolean("commercial_use")
    if terms is None:
        return None
    return Licence(terms, permission, commercial, lic.text("url"))
