"""The matching every part of a translation shares: finding a text, and saying what is wrong.

A missing text keeps the original's words and is warned about (an error for a
validated questionnaire, which is translated only as a whole); a text that is still
the original's word for word counts as missing; an id the original lacks is an
error that names the original and suggests the nearest id.
"""

from __future__ import annotations

import re

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.model import Module, Source
from workbook.core.language.yaml_loader import YList, YMap

#: two words or more: a text that is still the original's word for word was probably forgotten
_WORDS = re.compile(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}")

OptionItem = tuple[str | None, str | None, Source]  # (label, value written, where)


def is_instrument(module: Module) -> bool:
    """A validated questionnaire: it names its source or its licence."""
    return module.source is not None or module.licence is not None


class Words:
    """Looks up translated texts for one module; problems go to ``report`` as they are found."""

    def __init__(self, module: Module, report: Report) -> None:
        self.module = module
        self.report = report
        self.strict = is_instrument(module)

    # ---- messages ------------------------------------------------------------------------
    def untranslated(self, where: Source, what: str) -> None:
        if self.strict:
            self.report.error(
                where,
                f"{what} is not translated",
                "a validated questionnaire is shown translated only as a whole: "
                "add the official translation's words here",
            )
        else:
            self.report.warning(
                where,
                f"{what} is not translated, so the original's words are shown",
                "write the translated text here",
            )

    def unknown(
        self, where: Source, what: str, name: str, known: list[str], within: str = ""
    ) -> None:
        """An id or value the original lacks; ``within`` names the question it was looked for in."""
        hint = did_you_mean(name, known)
        self.report.error(
            where,
            f"the original ({self.module.path.name}) has no {what} `{name}`{within}",
            (hint + " " if hint else "")
            + "ids and values stay exactly as in the original; translate only the words",
        )

    def text(
        self, data: YMap, key: str, original: str | None, what: str, where: Source
    ) -> str | None:
        """The translated text under ``key``, or the original's when it is missing."""
        value = data.get(key)
        here = data.key_source(key) if key in data else where
        if original is None:
            if value not in (None, ""):
                self.report.warning(
                    here,
                    f"the original has no {key} for {what}, so this text is never shown",
                    f"remove `{key}:` here, or add it to {self.module.path.name} first",
                )
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.untranslated(here, f"the {key} of {what}")
            return original
        return self.words(str(value).strip(), original, here, f"the {key} of {what}")

    def words(self, written: str, original: str, where: Source, what: str) -> str:
        if not written:
            self.untranslated(where, what)
            return original
        if written == original.strip() and _WORDS.search(original):
            self.untranslated(where, what + " (it is the same as the original)")
        return written

    # ---- the module ----------------------------------------------------------------------
    def listed(self, data: YMap, key: str) -> list[tuple[YMap, Source]]:
        items = data.get(key)
        if not isinstance(items, YList):
            return []
        return [
            (item, items.item_source(i)) for i, item in enumerate(items) if isinstance(item, YMap)
        ]

    def by_id(
        self, data: YMap, key: str, what: str, known: list[str], within: str = ""
    ) -> dict[str, tuple[YMap, Source]]:
        found: dict[str, tuple[YMap, Source]] = {}
        for item, where in self.listed(data, key):
            item_id = str(item.get("id", ""))
            if item_id not in known:
                self.unknown(item.value_source("id"), what, item_id, known, within)
            else:
                found[item_id] = (item, where)
        return found


def option_items(items: YList) -> list[OptionItem]:
    found: list[OptionItem] = []
    for index, item in enumerate(items):
        where = items.item_source(index)
        if isinstance(item, YMap):
            label, value = item.get("label"), item.get("value")
            found.append(
                (
                    None if label is None else str(label).strip(),
                    None if value is None else str(value),
                    where,
                )
            )
        elif isinstance(item, str | int | float) and not isinstance(item, bool):
            found.append((str(item).strip(), None, where))
        else:
            found.append((None, None, where))
    return found
