"""A question's translated words: label, help, placeholder, unit, options, anchors, columns.

Options are matched to the original's in order (or by ``value:`` when one is
written), anchors by their point and columns by their id; what the translation
leaves out keeps the original's words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbook.core.language.fields import ALL_KEYS
from workbook.core.language.model import Anchor, Column, Field, Option, Source
from workbook.core.language.reader import Reader
from workbook.core.language.translation_words import OptionItem, Words, option_items
from workbook.core.language.yaml_loader import YList, YMap


class FieldWords(Words):
    """``Words`` that also translate questions, with the translation's option sets."""

    option_sets: dict[str, list[OptionItem]]

    # ---- questions -----------------------------------------------------------------------
    def _field(self, field: Field, data: YMap, where: Source) -> Field:
        Reader(data, self.report, "a question", ALL_KEYS).check_keys()
        what = f"the question `{field.id}`"
        written_type = data.get("type")
        if written_type is not None and str(written_type) != field.type.value:
            self.report.warning(
                data.value_source("type"),
                f"this says `type: {written_type}` but the original's question is "
                f"`{field.type.value}`; the original's type is used",
                "answers are shared by every language: change the type in the original",
            )
        message = self.text(data, "message", field.validation.message, what, where)
        return replace(
            field,
            label=self.text(data, "label", field.label, what, where) or field.label,
            help=self.text(data, "help", field.help, what, where),
            placeholder=self.text(data, "placeholder", field.placeholder, what, where),
            unit=self.text(data, "unit", field.unit, what, where),
            item_label=self.text(data, "item_label", field.item_label, what, where),
            validation=replace(field.validation, message=message),
            options=self._options(field, data, where),
            anchors=self._anchors(field, data, where),
            columns=self._columns(field, data, where),
        )

    def _options(self, field: Field, data: YMap, where: Source) -> tuple[Option, ...]:
        if not field.options:
            return field.options
        what = f"the options of the question `{field.id}`"
        written = data.get("options")
        at = data.value_source("options") if "options" in data else where
        if isinstance(written, str):
            items = self.option_sets.get(written)
            if items is None:
                self.report.error(
                    at,
                    f"this translation's header has no option set `{written}`",
                    "translate the option set under `option_sets:` in the header, with the "
                    "original's name",
                )
                return field.options
        elif isinstance(written, YList):
            items = option_items(written)
        else:
            self.untranslated(at, what)
            return field.options
        return self._match_options(field, items, at, what)

    def _match_options(
        self, field: Field, items: list[OptionItem], at: Source, what: str
    ) -> tuple[Option, ...]:
        labels: dict[str, str] = {}
        values = [o.value for o in field.options]
        for index, (label, value, where) in enumerate(items):
            if value is not None:
                if value not in values:
                    self.unknown(where, "option value", value, values, f" in `{field.id}`")
                    continue
                target = value
            elif index < len(values):
                target = values[index]
            else:
                self.report.error(
                    where,
                    f"the question `{field.id}` has {len(values)} options in the original and "
                    "more here",
                    "translate the options in the original's order, one for one",
                )
                break
            original = next(o for o in field.options if o.value == target)
            labels[target] = self.words(
                label or "", original.label, where, f"the option “{original.label}”"
            )
        options = []
        for option in field.options:
            if option.value not in labels:
                self.untranslated(at, f"the option “{option.label}” of `{field.id}`")
            options.append(replace(option, label=labels.get(option.value, option.label)))
        return tuple(options)

    def _anchors(self, field: Field, data: YMap, where: Source) -> tuple[Anchor, ...]:
        if not field.anchors:
            return field.anchors
        written = data.get("anchors")
        pairs: list[tuple[Any, Any, Source]] = []
        if isinstance(written, YMap):
            pairs = [(k, v, written.key_source(k)) for k, v in written.items()]
        elif isinstance(written, YList):
            pairs = [
                (item.get("value"), item.get("label"), written.item_source(i))
                for i, item in enumerate(written)
                if isinstance(item, YMap)
            ]
        points = {a.value: a for a in field.anchors}
        labels: dict[float, str] = {}
        for point, label, at in pairs:
            number = (
                float(point)
                if isinstance(point, int | float) and not isinstance(point, bool)
                else None
            )
            if number is None or number not in points:
                known = [f"{p:g}" for p in points]
                self.unknown(at, "anchor point", str(point), known, f" in `{field.id}`")
                continue
            labels[number] = self.words(
                str(label or "").strip(), points[number].label, at, f"the anchor at {number:g}"
            )
        anchors = []
        for anchor in field.anchors:
            if anchor.value not in labels:
                self.untranslated(where, f"the anchor at {anchor.value:g} of `{field.id}`")
            anchors.append(replace(anchor, label=labels.get(anchor.value, anchor.label)))
        return tuple(anchors)

    def _columns(self, field: Field, data: YMap, where: Source) -> tuple[Column, ...]:
        if not field.columns:
            return field.columns
        known = [c.id for c in field.columns]
        written = self.by_id(data, "columns", "column", known, f" in `{field.id}`")
        columns = []
        for column in field.columns:
            what = f"the column `{column.id}` of `{field.id}`"
            if column.id not in written:
                self.untranslated(where, what)
                columns.append(column)
                continue
            item, at = written[column.id]
            label = self.text(item, "label", column.label, what, at) or column.label
            columns.append(
                replace(column, label=label, help=self.text(item, "help", column.help, what, at))
            )
        return tuple(columns)
