"""Header keys of validated measures: how often to repeat them, their licence, their source.

``repeat_every: 2 weeks`` says how often a questionnaire should be given again (Home
and the reminder say when it is due). ``licence`` is either one line of terms or the
structured form, so anyone reusing a module can see at a glance whether they need
permission and whether commercial use is allowed. A module that carries a licence or
published outcome thresholds is a validated instrument, and without ``source`` nobody
can check its wording against the original, so the checker warns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbook.core.language.model import Licence, Score
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


def warn_unsourced_instrument(
    read: Reader, source: str | None, licence: Licence | None, scores: Sequence[Score]
) -> None:
    """Warn when a module looks like a validated instrument but does not say where it is from.

    Published thresholds (``reliable_change``, ``caseness``, ``norms``) and a ``licence``
    only come with a published instrument; its wording must then be checkable word for
    word against the source it names.
    """
    if source:
        return
    published = [
        s.id
        for s in scores
        if s.reliable_change is not None or s.caseness is not None or s.norms is not None
    ]
    if licence is None and not published:
        return
    why = (
        f"the score `{published[0]}` gives published outcome thresholds"
        if published
        else "it carries a `licence`"
    )
    read.report.warning(
        read.data.source,
        f"this looks like a validated questionnaire ({why}) but has no `source`",
        "add `source:` with the citation and exactly where the wording was taken from,"
        " so anyone can check it word for word",
    )
