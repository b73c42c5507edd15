"""Every type of question, defined once: its keys, answer model, validation and text form.

``FIELD_KINDS`` holds one entry per ``FieldType``. The other layers register against
the same type names: the screen's widget in ``workbook.ui.fields`` (``WIDGETS``) and the
printed blank, fillable and filled forms in ``workbook.core.printing.field_forms``
(``PRINTED_FORMS``). Adding a type is one entry in each; a test fails while any layer
lacks one, and looking up a type no layer knows raises ``UnknownFieldType`` naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from workbook.core.language.evaluation import Value
from workbook.core.language.field_types import checks, values, words
from workbook.core.language.model import Field, FieldType

Entry = TypeVar("Entry")


class UnknownFieldType(LookupError):
    """A question's type has no entry in a layer's registry (a new type half added)."""

    def __init__(self, kind: object, layer: str, known: Iterable[object]) -> None:
        names = ", ".join(str(k) for k in known)
        super().__init__(
            f"no {layer} is defined for the question type `{kind}`; the types with one are: {names}"
        )
        self.kind = kind
        self.layer = layer


@dataclass(frozen=True)
class FieldKind:
    """What one type of question is, apart from how a screen or a page shows it."""

    type: FieldType
    #: the keys an author may write for this type, besides ``id``, ``label``, ``help`` ...
    keys: tuple[str, ...]
    #: the stored answer (JSON), in words, for the module guide and error messages
    stored: str
    #: the stored answer as a formula sees it; None when unanswered or of the wrong shape
    value: Callable[[Field, Any], Value]
    #: what is wrong with an answer that is not empty (None when it is fine)
    check: Callable[[Field, Any], str | None]
    #: a plausible complete answer, for the checker to try every formula
    sample: Callable[[Field], Any]
    #: the answer in words, one part per option, item or row
    words: Callable[[Field, Any], tuple[str, ...]]


_TEXT_KEYS = ("placeholder", "min_length", "max_length", "pattern", "lines")

_KINDS = (
    FieldKind(
        FieldType.TEXT,
        _TEXT_KEYS,
        "a string (one line)",
        values.text_value,
        checks.text_check,
        values.text_sample,
        words.text_words,
    ),
    FieldKind(
        FieldType.LONG_TEXT,
        _TEXT_KEYS,
        "a string (paragraphs)",
        values.text_value,
        checks.text_check,
        values.text_sample,
        words.text_words,
    ),
    FieldKind(
        FieldType.NUMBER,
        ("min", "max", "step", "unit", "placeholder"),
        "a number",
        values.number_value,
        checks.number_check,
        values.number_sample,
        words.number_words,
    ),
    FieldKind(
        FieldType.SCALE,
        ("min", "max", "step", "anchors"),
        "a number on the scale",
        values.number_value,
        checks.scale_check,
        values.number_sample,
        words.scale_words,
    ),
    FieldKind(
        FieldType.CHOICE,
        ("options",),
        "the chosen option's value",
        values.choice_value,
        checks.choice_check,
        values.choice_sample,
        words.choice_words,
    ),
    FieldKind(
        FieldType.MULTIPLE_CHOICE,
        ("options", "min_items", "max_items"),
        "a list of the chosen options' values",
        values.multiple_choice_value,
        checks.multiple_choice_check,
        values.multiple_choice_sample,
        words.multiple_choice_words,
    ),
    FieldKind(
        FieldType.YES_NO,
        (),
        "true or false",
        values.yes_no_value,
        checks.yes_no_check,
        values.yes_no_sample,
        words.yes_no_words,
    ),
    FieldKind(
        FieldType.DATE,
        (),
        'a string "YYYY-MM-DD"',
        values.text_value,
        checks.date_check,
        values.date_sample,
        words.date_words,
    ),
    FieldKind(
        FieldType.TIME,
        (),
        'a string "HH:MM"',
        values.text_value,
        checks.time_check,
        values.time_sample,
        words.text_words,
    ),
    FieldKind(
        FieldType.LIST,
        ("item_label", "placeholder", "min_items", "max_items", "lines"),
        "a list of strings",
        values.list_value,
        checks.list_check,
        values.list_sample,
        words.list_words,
    ),
    FieldKind(
        FieldType.TABLE,
        ("columns", "rows", "min_items", "max_items", "lines"),
        "a list of rows, each an object from column id to its value",
        values.table_value,
        checks.table_check,
        values.table_sample,
        words.table_words,
    ),
)

FIELD_KINDS: dict[FieldType, FieldKind] = {kind.type: kind for kind in _KINDS}


def registered(registry: dict[FieldType, Entry], kind: object, layer: str) -> Entry:
    """The entry for ``kind`` in one layer's registry; ``UnknownFieldType`` names what is missing."""
    for known, entry in registry.items():
        if known == kind:  # (a FieldType, or the same word as a plain string)
            return entry
    raise UnknownFieldType(kind, layer, registry)


def field_kind(kind: object) -> FieldKind:
    """The definition of a question type (a ``FieldType`` or its name)."""
    return registered(FIELD_KINDS, kind, "definition")


__all__ = ["FIELD_KINDS", "FieldKind", "UnknownFieldType", "field_kind", "registered"]
