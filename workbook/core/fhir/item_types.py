"""Which FHIR Questionnaire item type each question type becomes, and back.

One entry per ``FieldType`` (looked up with ``registered``, so a type added to the
language without an entry here fails naming itself, like every other layer). Reading a
Questionnaire, a FHIR type maps back to the closest question type; Workbook's
``field-type`` extension, when present, says exactly which one it was.
"""

from __future__ import annotations

from collections.abc import Callable

from workbook.core.language.field_types import registered
from workbook.core.language.model import Column, Field, FieldType


def _whole(value: float | None) -> bool:
    return value is None or float(value).is_integer()


def number_item_type(field: Field | Column) -> str:
    """``integer`` when every allowed answer is whole (a whole step, or a scale's default
    step of 1, with whole limits); else ``decimal``."""
    step = field.step if isinstance(field, Field) else None
    is_scale = field.type == FieldType.SCALE
    whole_step = (step is None and is_scale) or (step is not None and _whole(step))
    return "integer" if whole_step and _whole(field.min) and _whole(field.max) else "decimal"


#: FieldType -> (the FHIR item type, whether the item repeats)
FHIR_ITEM_TYPES: dict[FieldType, Callable[[Field], tuple[str, bool]]] = {
    FieldType.TEXT: lambda f: ("string", False),
    FieldType.LONG_TEXT: lambda f: ("text", False),
    FieldType.NUMBER: lambda f: (number_item_type(f), False),
    FieldType.SCALE: lambda f: (number_item_type(f), False),
    FieldType.CHOICE: lambda f: ("choice", False),
    FieldType.MULTIPLE_CHOICE: lambda f: ("choice", True),
    FieldType.YES_NO: lambda f: ("boolean", False),
    FieldType.DATE: lambda f: ("date", False),
    FieldType.TIME: lambda f: ("time", False),
    FieldType.LIST: lambda f: ("string", True),
    FieldType.TABLE: lambda f: ("group", True),
}


def fhir_item_type(field: Field) -> tuple[str, bool]:
    """(FHIR item type, repeats) for a question."""
    return registered(FHIR_ITEM_TYPES, field.type, "FHIR item type")(field)


def column_item_type(column: Column) -> str:
    if column.type in (FieldType.NUMBER, FieldType.SCALE):
        return number_item_type(column)
    return "text" if column.type == FieldType.LONG_TEXT else "string"


#: Every answerable FHIR R4 item type, and the question type it reads back as.
QUESTION_TYPES: dict[str, FieldType] = {
    "string": FieldType.TEXT,
    "text": FieldType.LONG_TEXT,
    "integer": FieldType.NUMBER,
    "decimal": FieldType.NUMBER,
    "choice": FieldType.CHOICE,
    "open-choice": FieldType.CHOICE,
    "boolean": FieldType.YES_NO,
    "date": FieldType.DATE,
    "dateTime": FieldType.DATE,
    "time": FieldType.TIME,
    "url": FieldType.TEXT,
    "quantity": FieldType.NUMBER,
}
#: FHIR types that hold no answer of their own.
STRUCTURE_TYPES = ("group", "display")
#: FHIR types Workbook cannot take an answer of (files, references to other resources).
UNSUPPORTED_TYPES = ("attachment", "reference")
