"""Risk answers kept in view: every raised risk flag with its date and the answers behind it.

A clinician reading a history, a chart or a report needs to act on a risk answer, so
each one is told in words that say what was answered and when ("Mood questionnaire
(PHQ-9): item 9 (“Thoughts that …”) answered “Several days” on 12 November 2026"),
not only that a flag was raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from workbook.core.i18n import translate
from workbook.core.language.answer_words import answer_text
from workbook.core.language.expressions import expression_name
from workbook.core.language.model import Flag, FlagLevel, Module
from workbook.core.scoring.results import Results, saved_results
from workbook.core.wording import date_in_words, format_number

_ITEM_ID = re.compile(r"q(\d+)\Z")


class EntryLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def answers(self) -> dict[str, Any]: ...
    @property
    def results(self) -> dict[str, Any] | None: ...
    @property
    def completed_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime: ...


@dataclass(frozen=True)
class RaisedRisk:
    """One risk flag raised by one finished entry."""

    module: Module
    flag: Flag
    entry_id: str
    when: datetime
    #: what the flag's condition read, in words: "item 9 (“…”) answered “Several days”"
    answers: tuple[str, ...]
    #: the same, shorter, for a table cell: "item 9 answered “Several days”"
    brief: tuple[str, ...] = ()

    @property
    def day(self) -> date:
        return self.when.date()

    def words(self) -> str:
        """ "Mood questionnaire (PHQ-9): item 9 (“…”) answered “Several days” on 12 November 2026"."""
        said = translate("Risk", " and ").join(self.answers) or translate(
            "Risk", "the “{flag}” flag was raised"
        ).format(flag=self.flag.id)
        return translate("Risk", "{title}: {said} on {date}").format(
            title=self.module.title, said=said, date=date_in_words(self.day)
        )


def _question_name(field_id: str, label: str, *, brief: bool = False) -> str:
    """Numbered items as "item 9 (“…”)" (just "item 9" when brief); others by their wording."""
    numbered = _ITEM_ID.match(field_id)
    if numbered is None:
        return f"“{label}”"
    if brief:
        return translate("Risk", "item {number}").format(number=numbered.group(1))
    return translate("Risk", "item {number} (“{question}”)").format(
        number=numbered.group(1), question=label
    )


def answers_behind(
    flag: Flag, module: Module, answers: Mapping[str, Any], results: Results, *, brief: bool = False
) -> tuple[str, ...]:
    """What the flag's condition read, in words, in the order the condition names them."""
    said: list[str] = []
    for name in dict.fromkeys(r.name for r in flag.when.references() if r.module is None):
        field = next((f for f in module.fields if expression_name(f.id) == name), None)
        if field is not None:
            raw = answers.get(field.id)
            if raw is not None:
                asked = _question_name(field.id, field.label, brief=brief)
                said.append(
                    translate("Risk", "{question} answered “{answer}”").format(
                        question=asked, answer=answer_text(field, raw)
                    )
                )
            continue
        result = next((r for r in results.scores if expression_name(r.score.id) == name), None)
        if result is not None and result.value is not None:
            said.append(f"{result.score.label} {format_number(result.value)}")
    return tuple(said)


def raised_risks(module: Module, entries: Iterable[EntryLike]) -> list[RaisedRisk]:
    """Every risk flag raised by these finished entries of ``module``, oldest first."""
    found = []
    for entry in entries:
        results = saved_results(module, entry.answers, entry.results)
        when = entry.completed_at or entry.updated_at
        for flag in results.flags:
            if flag.level is FlagLevel.RISK:
                said = answers_behind(flag, module, entry.answers, results)
                brief = answers_behind(flag, module, entry.answers, results, brief=True)
                found.append(RaisedRisk(module, flag, entry.id, when, said, brief))
    return sorted(found, key=lambda r: r.when)
