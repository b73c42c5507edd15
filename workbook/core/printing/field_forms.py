"""Each type of question on paper, registered once: its blank or fillable space and its filled form.

``PRINTED_FORMS`` has an entry for every type in ``workbook.core.language.field_types``
(a test checks it); a type without one fails with ``UnknownFieldType`` naming it rather
than printing as something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from reportlab.platypus import Flowable, Spacer

from workbook.core.language.field_types import registered
from workbook.core.language.model import Field, FieldType
from workbook.core.printing import filled_fields as filled
from workbook.core.printing import form_fields as space
from workbook.core.printing.filled_fields import is_answered, no_answer
from workbook.core.printing.form_fields import field_heading


class AnswerSpace(Protocol):
    def __call__(self, field: Field, width: float, *, fillable: bool) -> list[Flowable]: ...


@dataclass(frozen=True)
class PrintedForm:
    """How one type of question prints."""

    #: room to answer: for a pen, or (``fillable``) PDF form widgets named by field id
    space: AnswerSpace
    #: the person's answer under the question
    filled: Callable[[Field, Any, float], list[Flowable]]


PRINTED_FORMS: dict[FieldType, PrintedForm] = {
    FieldType.TEXT: PrintedForm(space.text_space, filled.words_filled),
    FieldType.LONG_TEXT: PrintedForm(space.long_text_space, filled.words_filled),
    FieldType.NUMBER: PrintedForm(space.number_space, filled.words_filled),
    FieldType.SCALE: PrintedForm(space.scale_space, filled.words_filled),
    FieldType.CHOICE: PrintedForm(space.options_space, filled.words_filled),
    FieldType.MULTIPLE_CHOICE: PrintedForm(space.options_space, filled.bullets_filled),
    FieldType.YES_NO: PrintedForm(space.yes_no_space, filled.words_filled),
    FieldType.DATE: PrintedForm(space.date_or_time_space, filled.words_filled),
    FieldType.TIME: PrintedForm(space.date_or_time_space, filled.words_filled),
    FieldType.LIST: PrintedForm(space.list_space, filled.bullets_filled),
    FieldType.TABLE: PrintedForm(space.table_space, filled.table_filled),
}


def printed_form(kind: object) -> PrintedForm:
    """How questions of type ``kind`` print; ``UnknownFieldType`` when none is registered."""
    return registered(PRINTED_FORMS, kind, "printed form")


def answer_form(field: Field, width: float, *, fillable: bool = False) -> list[Flowable]:
    """The space to answer one question: lines, boxes, circles or a grid."""
    return printed_form(field.type).space(field, width, fillable=fillable)


def form_field(
    field: Field,
    width: float,
    *,
    fillable: bool = False,
    number: int | None = None,
    cue: str | None = None,
    turned: bool = False,
) -> list[Flowable]:
    """Question, when it applies (``cue``), help and answer space, kept on one page.

    ``turned``: the question is on a turned page of its own, where a table's grid fills
    the room left (see ``worksheet_story``).
    """
    heading = field_heading(field, number, cue)
    if turned and field.type is FieldType.TABLE:
        return [space.filling_grid(heading, field, width, fillable=fillable)]
    return [*heading, *answer_form(field, width, fillable=fillable), Spacer(1, 4)]


def answer_flowables(field: Field, value: Any, width: float) -> list[Flowable]:
    """The answer itself, laid out for its kind."""
    form = printed_form(field.type)
    return form.filled(field, value, width) if is_answered(value) else no_answer()


def filled_field(field: Field, value: Any, width: float) -> list[Flowable]:
    """Question, help and the person's answer."""
    return [*field_heading(field), *answer_flowables(field, value, width), Spacer(1, 3)]


__all__ = [
    "PRINTED_FORMS",
    "PrintedForm",
    "answer_flowables",
    "answer_form",
    "filled_field",
    "form_field",
    "printed_form",
]
