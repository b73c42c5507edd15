"""Each type's text form: a stored answer as the words a person reads, one part per item.

A part is one option, list item or table row; most answers are one part. Nothing
(an empty tuple) means there is no answer to show. An answer of the wrong shape (saved
by an older version of the module) is shown as it was stored, never dropped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from workbook.core.i18n import translate
from workbook.core.language.field_types.values import filled
from workbook.core.language.model import Column, Field
from workbook.core.wording.dates import date_in_words
from workbook.core.wording.numbers import format_number

Parts = tuple[str, ...]

#: Between the values of one table row when it is written on one line.
ROW_SEPARATOR = " · "


def plain(value: Any) -> str:
    """Any stored value as text: numbers without a trailing ``.0``, booleans as Yes or No."""
    if isinstance(value, bool):
        return translate("AnswerWords", "Yes") if value else translate("AnswerWords", "No")
    if isinstance(value, int | float):
        return format_number(value)
    return str(value).strip()


def _one(text: str) -> Parts:
    return (text,) if text else ()


def text_words(field: Field, raw: Any) -> Parts:
    return _one(plain(raw)) if not isinstance(raw, list | dict) else listed(raw)


def number_words(field: Field, raw: Any) -> Parts:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return text_words(field, raw)
    return (f"{format_number(raw)} {field.unit or ''}".strip(),)


def scale_words(field: Field, raw: Any) -> Parts:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return text_words(field, raw)
    low = field.min if field.min is not None else 0
    high = field.max if field.max is not None else 10
    said = translate("AnswerWords", "{value} on a scale of {low} to {high}").format(
        value=format_number(raw), low=format_number(low), high=format_number(high)
    )
    anchor = next((a.label for a in field.anchors if a.value == raw), None)
    return (f"{said} ({anchor})" if anchor else said,)


def choice_words(field: Field, raw: Any) -> Parts:
    if isinstance(raw, list):
        return multiple_choice_words(field, raw)
    option = field.option(str(raw))
    return _one(option.label if option else plain(raw))


def multiple_choice_words(field: Field, raw: Any) -> Parts:
    if not isinstance(raw, list):
        return choice_words(field, raw)
    return tuple(
        label
        for value in raw
        if (label := (o.label if (o := field.option(str(value))) else plain(value)))
    )


def yes_no_words(field: Field, raw: Any) -> Parts:
    if raw is True or raw == "yes":
        return (translate("AnswerWords", "Yes"),)
    if raw is False or raw == "no":
        return (translate("AnswerWords", "No"),)
    return text_words(field, raw)


def date_words(field: Field, raw: Any) -> Parts:
    try:
        return (date_in_words(date.fromisoformat(str(raw))),)
    except ValueError:
        return text_words(field, raw)


def list_words(field: Field, raw: Any) -> Parts:
    return listed(raw) if isinstance(raw, list) else text_words(field, raw)


def table_words(field: Field, raw: Any) -> Parts:
    if not isinstance(raw, list):
        return text_words(field, raw)
    return tuple(row for value in raw if (row := row_words(field, value)))


def row_words(field: Field, row: Any) -> str:
    """One table row on one line: its filled cells in column order (then any the module
    no longer has), e.g. ``Mum · 07700 900123``."""
    if not isinstance(row, dict):
        return plain(row)
    known = [c.id for c in field.columns]
    order = known + [key for key in row if key not in known]
    return ROW_SEPARATOR.join(plain(row[k]) for k in order if filled(row.get(k)))


def labelled_row_words(field: Field, row: Any) -> Parts:
    """One table row as ``Column: value`` lines (filled cells only), for reading rows apart."""
    if not isinstance(row, dict):
        return _one(plain(row))
    labels = {c.id: c.label for c in field.columns}
    order = list(labels) + [key for key in row if key not in labels]
    return tuple(f"{labels.get(k, k)}: {plain(row[k])}" for k in order if filled(row.get(k)))


def cell_words(column: Column, value: Any) -> str:
    """One table cell in words (empty when blank)."""
    return plain(value) if filled(value) else ""


def listed(raw: list[Any] | dict[str, Any]) -> Parts:
    """Items (or a row's values) as parts; a row inside a list on one line."""
    items = raw.values() if isinstance(raw, dict) else raw
    return tuple(
        text
        for item in items
        if (text := (_row_of_mapping(item) if isinstance(item, dict) else plain(item)))
    )


def _row_of_mapping(row: dict[str, Any]) -> str:
    return ROW_SEPARATOR.join(plain(v) for v in row.values() if filled(v))
