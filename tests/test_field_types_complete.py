"""Every question type is defined once in the core and has a screen widget, a printed form
and a text form; a type any layer lacks fails loudly, naming itself, instead of showing
or printing as something else."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from workbook.core.language.field_types import FIELD_KINDS, UnknownFieldType
from workbook.core.language.model import Field, FieldType, Source
from workbook.core.printing.field_forms import PRINTED_FORMS, answer_form, filled_field
from workbook.ui.fields import WIDGETS, widget_for

TEXT = Field(id="q", type=FieldType.TEXT, label="A question", source=Source(Path("m.md"), 1))


def test_every_type_is_defined_in_the_core() -> None:
    """A ``FieldType`` without a core entry has no keys, answer model, checks or words."""
    assert set(FIELD_KINDS) == set(FieldType)
    for kind in FIELD_KINDS.values():
        assert kind.stored, f"{kind.type} does not say what its answer is stored as"


def test_every_core_type_has_a_widget_a_printed_form_and_a_text_form() -> None:
    """Adding a type to the core alone fails here until the screen and the page know it too."""
    missing = {
        "screen widget (workbook/ui/fields/__init__.py WIDGETS)": set(FIELD_KINDS) - set(WIDGETS),
        "printed form (workbook/core/printing/field_forms.py PRINTED_FORMS)": set(FIELD_KINDS)
        - set(PRINTED_FORMS),
        "text form (FieldKind.words)": {t for t, k in FIELD_KINDS.items() if k.words is None},
    }
    assert {layer: kinds for layer, kinds in missing.items() if kinds} == {}
    # and no layer knows a type the core does not
    assert set(WIDGETS) <= set(FIELD_KINDS)
    assert set(PRINTED_FORMS) <= set(FIELD_KINDS)


@pytest.fixture
def unknown() -> Field:
    """A question whose type no layer has an entry for (a new type half added)."""
    return dataclasses.replace(TEXT, type="signature")  # type: ignore[arg-type]


def test_an_unknown_type_does_not_print_as_a_table(unknown: Field) -> None:
    """It used to fall through to the table form; now the error names the type and the layer."""
    with pytest.raises(UnknownFieldType, match=r"printed form .*`signature`.*text, long_text"):
        answer_form(unknown, 400.0)
    with pytest.raises(UnknownFieldType, match="`signature`"):
        filled_field(unknown, "an answer", 400.0)


def test_an_unknown_type_has_no_widget(qtbot: object, unknown: Field) -> None:
    with pytest.raises(UnknownFieldType, match=r"screen widget .*`signature`"):
        widget_for(unknown)


def test_an_unknown_type_cannot_be_scored_or_checked(unknown: Field) -> None:
    from workbook.core.language.answer_words import answer_parts
    from workbook.core.language.answers import answer_value
    from workbook.core.scoring.validation import problem_with

    for use in (answer_value, problem_with, answer_parts):
        with pytest.raises(UnknownFieldType, match=r"definition .*`signature`"):
            use(unknown, "an answer")
