"""One Questionnaire item's details as a question's keys: ids, limits, options, table columns.

Part of reading a Questionnaire back (``questionnaire_import``): each function reads the
standard FHIR and SDC elements, and Workbook's own extensions where a Questionnaire
Workbook wrote has them.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping
from typing import Any

from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.questionnaire import QuestionnaireItem
from fhir.resources.R4B.valueset import ValueSet

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.options import option_value
from workbook.core.language.expressions import FUNCTIONS, LITERALS
from workbook.core.language.model import FieldType


def identifier(text: str, taken: set[str], prefix: str = "q") -> str:
    """An id the module language accepts: lowercase letter first, letters, digits, - and _."""
    word = re.sub(r"[^a-z0-9_-]+", "_", text.strip().lower()).strip("_-") or prefix
    if not word[0].isalpha():
        word = f"{prefix}{word}"
    name = word.replace("-", "_")
    if keyword.iskeyword(name) or name in FUNCTIONS or name in LITERALS:
        word = f"{prefix}_{word}"
    found, n = word, 2
    while found.replace("-", "_") in {t.replace("-", "_") for t in taken}:
        found, n = f"{word}_{n}", n + 1
    taken.add(found)
    return found


def clean_number(value: float | None) -> float | int | None:
    """3.0 as 3, so the draft reads as a person would write it."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def parts_of(found: Extension | None) -> list[Extension]:
    """The parts of a complex extension (none when it is missing)."""
    return list(found.extension or []) if found is not None else []


def is_help(item: QuestionnaireItem) -> bool:
    """A display item SDC marks as the help of the item it sits in."""
    control = ext.find(item.extension, v.ITEM_CONTROL)
    if item.type != "display" or control is None or control.valueCodeableConcept is None:
        return False
    return any(c.code == "help" for c in control.valueCodeableConcept.coding or [])


def help_text(item: QuestionnaireItem) -> str | None:
    texts = [c.text for c in item.item or [] if is_help(c) and c.text]
    return " ".join(texts) or None


def limits(item: QuestionnaireItem, kind: FieldType, data: dict[str, Any]) -> None:
    found = item.extension
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        for key, url in (("min", v.MIN_VALUE), ("max", v.MAX_VALUE)):
            value = clean_number(ext.number_of(found, url))
            if value is not None:
                data[key] = value
        if kind == FieldType.SCALE and ("min" not in data or "max" not in data):
            data["type"] = FieldType.NUMBER.value
    else:
        for key, url in (("min_items", v.MIN_OCCURS), ("max_items", v.MAX_OCCURS)):
            value = clean_number(ext.number_of(found, url))
            if value is not None and kind in (
                FieldType.MULTIPLE_CHOICE,
                FieldType.LIST,
                FieldType.TABLE,
            ):
                data[key] = value
    textual = kind in (FieldType.TEXT, FieldType.LONG_TEXT)
    if textual and ext.number_of(found, v.MIN_LENGTH) is not None:
        data["min_length"] = clean_number(ext.number_of(found, v.MIN_LENGTH))
    if textual and item.maxLength:
        data["max_length"] = item.maxLength
    if textual and ext.text_of(found, v.REGEX):
        data["pattern"] = ext.text_of(found, v.REGEX)
    placeholder = ext.text_of(found, v.ENTRY_FORMAT)
    if placeholder and kind in (
        FieldType.TEXT,
        FieldType.LONG_TEXT,
        FieldType.NUMBER,
        FieldType.LIST,
    ):
        data["placeholder"] = placeholder
    unit = ext.find(found, v.UNIT)
    if unit is not None and unit.valueCoding is not None and kind == FieldType.NUMBER:
        data["unit"] = unit.valueCoding.display or unit.valueCoding.code
    anchors = [
        {
            "value": clean_number(ext.number_of(a.extension, "value")),
            "label": ext.text_of(a.extension, "label"),
        }
        for a in ext.find_all(found, v.ANCHOR)
    ]
    if anchors and data["type"] == FieldType.SCALE.value:
        data["anchors"] = anchors
    extras = ext.find(found, v.FIELD_EXTRAS)
    if extras is not None:
        parts = extras.extension
        step = clean_number(ext.number_of(parts, "step"))
        wanted = {
            "step": step if kind in (FieldType.NUMBER, FieldType.SCALE) else None,
            "message": ext.text_of(parts, "message"),
            "item_label": ext.text_of(parts, "item-label"),
            "lines": clean_number(ext.number_of(parts, "lines")),
            "rows": clean_number(ext.number_of(parts, "rows")),
        }
        data.update({k: val for k, val in wanted.items() if val is not None})
    elif kind == FieldType.SCALE and ext.number_of(found, v.SLIDER_STEP) is not None:
        data["step"] = clean_number(ext.number_of(found, v.SLIDER_STEP))


def _value_set_options(value_set: ValueSet) -> list[dict[str, Any]]:
    """The codes a ValueSet the Questionnaire holds lists: its expansion, else its concepts."""
    found = []
    listed = [
        (c.code, c.display, c.extension)
        for c in (value_set.expansion.contains or [] if value_set.expansion else [])
    ]
    if not listed and value_set.compose is not None:
        listed = [
            (c.code, c.display, c.extension)
            for include in value_set.compose.include or []
            for c in include.concept or []
        ]
    for code, display, extensions in listed:
        if not code:
            continue
        entry: dict[str, Any] = {"label": display or code, "value": code}
        score = ext.number_of(extensions, v.ITEM_WEIGHT)
        if score is None:
            score = ext.number_of(extensions, v.ORDINAL_VALUE)
        if score is not None:
            entry["score"] = clean_number(score)
        found.append(entry)
    return found


def options(
    item: QuestionnaireItem,
    notes: list[str],
    warn: Callable[[str], str],
    value_sets: Mapping[str, ValueSet] | None = None,
) -> list[dict[str, Any]]:
    """The item's answer options; a ValueSet the Questionnaire contains is read for them
    (SDC's ``answerValueSet: "#id"``), one on a terminology server cannot be."""
    held = (value_sets or {}).get(item.answerValueSet or "")
    if not item.answerOption and held is not None:
        return _value_set_options(held)
    options = []
    seen: set[str] = set()
    for option in item.answerOption or []:
        score = ext.number_of(option.extension, v.ITEM_WEIGHT)
        if option.valueCoding is not None:
            coding = option.valueCoding
            if score is None:
                score = ext.number_of(coding.extension, v.ORDINAL_VALUE)
            value = option_value(coding) or coding.display or ""
            label = coding.display or coding.code or ""
        else:
            raw = next(
                (
                    x
                    for x in (
                        option.valueString,
                        option.valueInteger,
                        option.valueDate,
                        option.valueTime,
                    )
                    if x is not None
                ),
                None,
            )
            if raw is None:
                notes.append(
                    warn(f"`{item.linkId}` has an answer option of a kind a module cannot list.")
                )
                continue
            value = label = str(raw)
        if not value or value in seen:
            continue
        seen.add(value)
        entry: dict[str, Any] = {"label": label, "value": value}
        if score is not None:
            entry["score"] = clean_number(score)
        options.append(entry)
    return options


def table_columns(group: QuestionnaireItem) -> list[dict[str, Any]] | None:
    columns = []
    for child in group.item or []:
        if is_help(child):
            continue
        said = ext.text_of(child.extension, v.FIELD_TYPE)
        kind = said or {
            "string": "text",
            "text": "long_text",
            "integer": "number",
            "decimal": "number",
        }.get(child.type or "")
        if kind not in ("text", "long_text", "number", "scale") or (
            child.item and not all(is_help(c) for c in child.item)
        ):
            return None
        columns.append((child, kind))
    if not columns:
        return None
    taken: set[str] = set()
    found = []
    for child, kind in columns:
        link = child.linkId or ""
        own = link.split(".", 1)[1] if link.startswith(f"{group.linkId}.") else link
        column: dict[str, Any] = {
            "id": identifier(own, taken, "c"),
            "label": child.text or own,
            "type": kind,
        }
        said_help = help_text(child)
        if said_help:
            column["help"] = said_help
        for key, url in (("min", v.MIN_VALUE), ("max", v.MAX_VALUE)):
            value = clean_number(ext.number_of(child.extension, url))
            if value is not None and kind in ("number", "scale"):
                column[key] = value
        found.append(column)
    return found
