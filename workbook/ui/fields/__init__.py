"""A native, keyboard-operable widget for every kind of question a module can ask.

``widget_for(field)`` returns a ``FieldWidget`` with ``value()`` (a JSON value or None),
``set_value(v)``, ``set_read_only(bool)``, ``clear()``, ``set_error(msg)`` and a
``changed`` signal that fires only on the person's own edits. ``WIDGETS`` is this
layer's entry per type in the field-type registry (``workbook.core.language.field_types``).
"""

from __future__ import annotations

from workbook.core.language.field_types import registered
from workbook.core.language.model import Field, FieldType
from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.choice_fields import ChoiceField, MultipleChoiceField, YesNoField
from workbook.ui.fields.date_time_fields import DateField, TimeField
from workbook.ui.fields.list_field import ListField
from workbook.ui.fields.number_field import NumberField
from workbook.ui.fields.scale_field import ScaleField
from workbook.ui.fields.table_field import TableField
from workbook.ui.fields.text_fields import LongTextField, TextField

WIDGETS: dict[FieldType, type[FieldWidget]] = {
    FieldType.TEXT: TextField,
    FieldType.LONG_TEXT: LongTextField,
    FieldType.NUMBER: NumberField,
    FieldType.SCALE: ScaleField,
    FieldType.CHOICE: ChoiceField,
    FieldType.MULTIPLE_CHOICE: MultipleChoiceField,
    FieldType.YES_NO: YesNoField,
    FieldType.DATE: DateField,
    FieldType.TIME: TimeField,
    FieldType.LIST: ListField,
    FieldType.TABLE: TableField,
}


def widget_for(field: Field) -> FieldWidget:
    """The answer widget for a question (a new, empty, editable widget).

    ``UnknownFieldType`` names a type that has no widget registered here.
    """
    return registered(WIDGETS, field.type, "screen widget")(field)


__all__ = ["WIDGETS", "FieldWidget", "widget_for"]
