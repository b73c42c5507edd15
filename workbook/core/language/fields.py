"""Turning one ```field block into a ``Field``: keys per type, options, anchors, columns, limits."""

from __future__ import annotations

import re
from typing import Any

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.field_types import FIELD_KINDS
from workbook.core.language.model import (
    Anchor,
    Column,
    Field,
    FieldType,
    Option,
    Source,
    Validation,
)
from workbook.core.language.patterns import AmbiguousPattern, compile_pattern
from workbook.core.language.reader import Reader
from workbook.core.language.yaml_loader import YList, YMap

COMMON_KEYS = ("id", "type", "label", "help", "required", "show_when", "message")
TYPE_KEYS: dict[FieldType, tuple[str, ...]] = {t: k.keys for t, k in FIELD_KINDS.items()}
ALL_KEYS = tuple(dict.fromkeys(k for keys in TYPE_KEYS.values() for k in (*COMMON_KEYS, *keys)))
COLUMN_KEYS = ("id", "label", "type", "help", "min", "max")
COLUMN_TYPES = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.NUMBER, FieldType.SCALE)
OPTION_KEYS = ("label", "value", "score")
ANCHOR_KEYS = ("value", "label")

#: words authors may know from forms elsewhere
TYPE_ALIASES = {
    "short_text": "text",
    "string": "text",
    "textarea": "long_text",
    "paragraph": "long_text",
    "longtext": "long_text",
    "integer": "number",
    "slider": "scale",
    "rating": "scale",
    "radio": "choice",
    "select": "choice",
    "single_choice": "choice",
    "checkbox": "multiple_choice",
    "checkboxes": "multiple_choice",
    "multi_choice": "multiple_choice",
    "boolean": "yes_no",
    "yesno": "yes_no",
    "bool": "yes_no",
    "datetime": "date",
}


def slug(label: str) -> str:
    """The value stored for an option written only as its label: ``Several days`` → ``several-days``."""
    value = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
    return value or "option"


def parse_field(
    data: Any, where: Source, report: Report, option_sets: dict[str, tuple[Option, ...]]
) -> Field | None:
    if not isinstance(data, YMap):
        report.error(
            where,
            "a field block should hold `key: value` lines",
            "start with `id: ...`, `type: ...` and `label: ...`",
        )
        return None
    read = Reader(data, report, "a question", ALL_KEYS)
    read.check_keys()
    field_id = read.identifier()
    kind = _field_type(read)
    label = read.text(
        "label", required=True, hint="the label is the question as the person reads it"
    )
    if field_id is None or kind is None or label is None:
        return None
    for key in data:
        if key in ALL_KEYS and key not in COMMON_KEYS and key not in TYPE_KEYS[kind]:
            report.warning(
                read.key(key),
                f"`{key}` does nothing in a {kind.value} question",
                "remove it, or check the `type:`",
            )
    minimum, maximum = read.number("min"), read.number("max")
    if kind == FieldType.SCALE and (minimum is None or maximum is None):
        report.error(data.source, "a scale needs `min:` and `max:`", "e.g. `min: 0` and `max: 10`")
    if minimum is not None and maximum is not None and minimum >= maximum:
        report.error(
            read.at("max"), f"`max` ({maximum:g}) should be larger than `min` ({minimum:g})"
        )
    step = read.number("step")
    if step is not None and step <= 0:
        report.error(read.at("step"), "`step` should be larger than 0")
        step = None
    options: tuple[Option, ...] = ()
    if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
        options = _options(read, option_sets)
    columns = _columns(read) if kind == FieldType.TABLE else ()
    anchors = _anchors(read, minimum, maximum) if kind == FieldType.SCALE else ()
    numeric = kind in (FieldType.NUMBER, FieldType.SCALE)
    return Field(
        id=field_id,
        type=kind,
        label=label,
        source=where,
        help=read.text("help"),
        required=bool(read.boolean("required")),
        show_when=read.expression("show_when"),
        placeholder=read.text("placeholder"),
        validation=_validation(read, minimum if numeric else None, maximum if numeric else None),
        min=minimum if numeric else None,
        max=maximum if numeric else None,
        step=step,
        unit=read.text("unit"),
        anchors=anchors,
        options=options,
        item_label=read.text("item_label"),
        columns=columns,
        rows=read.integer("rows", minimum=1) or 1,
        rows_set="rows" in read,
        lines=read.integer("lines", minimum=1),
    )


def _field_type(read: Reader) -> FieldType | None:
    written = read.text(
        "type", required=True, hint="e.g. `type: text`, `type: scale` or `type: choice`"
    )
    if written is None:
        return None
    try:
        return FieldType(written)
    except ValueError:
        pass
    normal = written.lower().replace(" ", "_").replace("-", "_")
    alias = TYPE_ALIASES.get(normal, normal if normal in FieldType.__members__.values() else None)
    types = [t.value for t in FieldType]
    hint = f"did you mean `{alias}`?" if alias else did_you_mean(written, types)
    read.report.error(
        read.at("type"),
        f"unknown question type `{written}`",
        hint or "the types are: " + ", ".join(types),
    )
    return None


def _validation(read: Reader, minimum: float | None, maximum: float | None) -> Validation:
    min_length = read.integer("min_length")
    max_length = read.integer("max_length")
    if min_length is not None and max_length is not None and min_length > max_length:
        read.report.error(read.at("max_length"), "`max_length` is smaller than `min_length`")
    min_items = read.integer("min_items")
    max_items = read.integer("max_items")
    if min_items is not None and max_items is not None and min_items > max_items:
        read.report.error(read.at("max_items"), "`max_items` is smaller than `min_items`")
    pattern = read.text("pattern")
    if pattern is not None:
        try:
            compile_pattern(pattern, strict=True)
        except re.error as exc:
            read.report.error(
                read.at("pattern"),
                f"this pattern is not a valid regular expression: {exc.msg}",
                "put the pattern in single quotes, e.g. `pattern: '[0-9]{4}'`",
            )
            pattern = None
        except AmbiguousPattern as exc:
            read.report.warning(
                read.at("pattern"),
                f"this pattern may mean something else in a later Python ({exc})",
                "inside [ ], put a backslash before a `-`, `[`, `&`, `~` or `|` you mean literally",
            )
    if minimum is None and maximum is None:
        minimum = float(min_items) if min_items is not None else None
        maximum = float(max_items) if max_items is not None else None
    return Validation(
        min=minimum,
        max=maximum,
        min_length=min_length,
        max_length=max_length,
        pattern=pattern,
        message=read.text("message"),
    )


def parse_options(items: YList, report: Report) -> tuple[Option, ...]:
    """Options written as plain labels or as ``{label, value, score}``."""
    options: list[Option] = []
    seen: dict[str, Source] = {}
    for index, item in enumerate(items):
        where = items.item_source(index)
        if isinstance(item, YMap):
            read = Reader(item, report, "an option", OPTION_KEYS)
            read.check_keys()
            label = read.text("label", required=True, hint="e.g. `- label: Not at all`")
            value = read.text("value")
            score = read.number("score")
            if label is None:
                continue
        elif item is None or isinstance(item, list):
            report.error(where, "this option is empty or not one line of text")
            continue
        else:
            label = _label_text(item)
            value, score = None, None
            if isinstance(item, bool):
                word = str(item)
                report.warning(
                    where,
                    f"`{word}` here is read as yes/no, so this option becomes “{label}” "
                    f"with the value `{slug(label)}`",
                    f'to keep the word, put it in quotes: `- "{word}"`',
                )
            if not label:
                report.error(where, "this option has no label")
                continue
        value = value or slug(label)
        if value in seen:
            report.error(
                where,
                f"two options have the value `{value}` (the other is on line {seen[value].line})",
                "give one of them its own `value:` or a different label",
            )
            continue
        seen[value] = where
        options.append(Option(value=value, label=label, score=score))
    return tuple(options)


def _label_text(item: Any) -> str:
    if isinstance(item, bool):
        return "Yes" if item else "No"
    if isinstance(item, float) and item.is_integer():
        return str(int(item))
    return str(item).strip()


def _options(read: Reader, option_sets: dict[str, tuple[Option, ...]]) -> tuple[Option, ...]:
    value = read.data.get("options")
    if value is None:
        read.missing("options", "list the answers to pick from, or name an `option_sets` entry")
        return ()
    if isinstance(value, str):
        if value in option_sets:
            return option_sets[value]
        hint = did_you_mean(value, option_sets) or (
            "define it in the header under `option_sets:`"
            if option_sets
            else "list the options under `options:` (one `- ` line each), or define an option set in the header"
        )
        read.report.error(read.at("options"), f"there is no option set called `{value}`", hint)
        return ()
    items = read.listing("options")
    if items is None:
        return ()
    options = parse_options(items, read.report)
    if not items:
        read.report.error(read.at("options"), "`options` is empty", "list at least two answers")
    return options


def _anchors(read: Reader, minimum: float | None, maximum: float | None) -> tuple[Anchor, ...]:
    value = read.data.get("anchors")
    if value is None:
        return ()
    pairs: list[tuple[Any, Any, Source]] = []
    if isinstance(value, YMap):
        pairs = [(k, v, value.key_source(k)) for k, v in value.items()]
    elif isinstance(value, YList):
        for index, item in enumerate(value):
            where = value.item_source(index)
            if not isinstance(item, YMap):
                read.report.error(
                    where, "an anchor is written `value: label`, e.g. `0: Not at all`"
                )
                continue
            Reader(item, read.report, "an anchor", ANCHOR_KEYS).check_keys()
            pairs.append((item.get("value"), item.get("label"), where))
    else:
        read.wrong("anchors", "labelled points, e.g. `{0: Not at all, 10: Extremely}`")
        return ()
    anchors = []
    for point, label, where in pairs:
        if isinstance(point, bool) or not isinstance(point, int | float):
            read.report.error(
                where,
                f"an anchor's point should be a number, not `{point}`",
                "e.g. `0: Not at all`",
            )
            continue
        if (
            not isinstance(label, str | int | float)
            or isinstance(label, bool)
            or str(label).strip() == ""
        ):
            read.report.error(
                where, f"the anchor at {point:g} needs a label", "e.g. `0: Not at all`"
            )
            continue
        if minimum is not None and maximum is not None and not minimum <= point <= maximum:
            read.report.error(
                where, f"the anchor at {point:g} is outside the scale ({minimum:g} to {maximum:g})"
            )
            continue
        anchors.append(Anchor(value=float(point), label=str(label).strip()))
    return tuple(sorted(anchors, key=lambda a: a.value))


def _columns(read: Reader) -> tuple[Column, ...]:
    items = read.listing("columns")
    if items is None:
        if "columns" not in read.data:
            read.missing("columns", "a table needs `columns:`, each with an `id:` and a `label:`")
        return ()
    if not items:
        read.report.error(read.at("columns"), "`columns` is empty", "add at least one column")
    columns: list[Column] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = items.item_source(index)
        if not isinstance(item, YMap):
            read.report.error(
                where, "a column needs `id:` and `label:` lines", "e.g. `- id: situation`"
            )
            continue
        col = Reader(item, read.report, "a table column", COLUMN_KEYS)
        col.check_keys()
        column_id = col.identifier()
        label = col.text("label", required=True)
        kind = FieldType.TEXT
        written = col.text("type")
        if written is not None:
            try:
                kind = FieldType(written)
            except ValueError:
                kind = FieldType.TEXT
                written_ok = False
            else:
                written_ok = kind in COLUMN_TYPES
            if not written_ok:
                read.report.error(
                    col.at("type"),
                    f"a table column cannot be of type `{written}`",
                    "a column is text, long_text, number or scale",
                )
        minimum, maximum = col.number("min"), col.number("max")
        if minimum is not None and maximum is not None and minimum >= maximum:
            read.report.error(col.at("max"), "`max` should be larger than `min`")
        if column_id is None or label is None:
            continue
        if column_id in seen:
            read.report.error(col.at("id"), f"two columns have the id `{column_id}`")
            continue
        seen.add(column_id)
        columns.append(Column(column_id, label, kind, col.text("help"), minimum, maximum))
    return tuple(columns)
