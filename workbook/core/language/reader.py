"""Reading typed values out of a YAML mapping, reporting each wrong key or value by its line."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.expressions import (
    FUNCTIONS,
    LITERALS,
    Expression,
    ExpressionSyntaxError,
    parse_expression,
)
from workbook.core.language.model import Source
from workbook.core.language.yaml_loader import YList, YMap

ID_PATTERN = re.compile(r"[a-z][a-z0-9_-]*\Z")
_TRUE = {"true", "yes"}
_FALSE = {"false", "no"}


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of keys"
    return "nothing"


class Reader:
    """Typed access to one YAML mapping (a header, a question, a score …)."""

    def __init__(self, data: YMap, report: Report, what: str, known: Iterable[str]) -> None:
        self.data = data
        self.report = report
        self.what = what
        self.known = tuple(known)

    def check_keys(self, also_known: Iterable[str] = ()) -> None:
        """Report keys that are not part of the language, with a guess at what was meant."""
        known = (*self.known, *also_known)
        for key in self.data:
            if key in known:
                continue
            hint = did_you_mean(str(key), known) or "the keys here are: " + ", ".join(
                f"`{k}`" for k in self.known
            )
            self.report.error(self.key(key), f"unknown key `{key}` in {self.what}", hint)

    def __contains__(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def key(self, key: str) -> Source:
        return self.data.key_source(key)

    def at(self, key: str) -> Source:
        return self.data.value_source(key)

    def missing(self, key: str, hint: str | None = None) -> None:
        self.report.error(self.data.source, f"{self.what} needs `{key}:`", hint)

    def wrong(self, key: str, wanted: str, hint: str | None = None) -> None:
        got = describe(self.data.get(key))
        self.report.error(self.at(key), f"`{key}` should be {wanted}, not {got}", hint)

    def text(self, key: str, *, required: bool = False, hint: str | None = None) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.missing(key, hint)
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return _number_text(value)
        if not isinstance(value, str):
            self.wrong(key, "text", "put the text on the same line as the key, or use `|`")
            return None
        value = value.strip()
        if required and not value:
            self.missing(key, hint)
            return None
        return value

    def identifier(self, key: str = "id", *, required: bool = True) -> str | None:
        value = self.text(
            key, required=required, hint="ids are short: lowercase letters, digits, `-` and `_`"
        )
        if value is None:
            return None
        check_id(value, self.at(key), self.report)
        return value

    def number(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong(key, "a number")
            return None
        if value != value or value in (float("inf"), float("-inf")):
            self.wrong(key, "an ordinary number")
            return None
        return float(value)

    def integer(self, key: str, *, minimum: int = 0) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong(key, "a whole number")
            return None
        if not float(value).is_integer() or value < minimum:
            self.report.error(
                self.at(key), f"`{key}` should be a whole number of at least {minimum}"
            )
            return None
        return int(value)

    def boolean(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        self.wrong(key, "`true` or `false`")
        return None

    def mapping(self, key: str) -> YMap | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, YMap):
            self.wrong(key, "a group of `key: value` lines, indented under it")
            return None
        return value

    def listing(self, key: str, *, single_ok: bool = False) -> YList | None:
        value = self.data.get(key)
        if value is None:
            return None
        if single_ok and isinstance(value, str | int | float) and not isinstance(value, bool):
            one = YList([str(value)])
            one.source = self.at(key)
            one.item_sources = [self.at(key)]
            return one
        if not isinstance(value, YList):
            self.wrong(key, "a list (lines starting with `- `, or `[a, b]`)")
            return None
        return value

    def expression(self, key: str, *, required: bool = False) -> Expression | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.missing(key)
            return None
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, int | float):
            value = _number_text(value)
        if not isinstance(value, str):
            self.wrong(key, "a formula on one line", 'e.g. `sum(q1, q2)` or `mood == "low"`')
            return None
        where = self.at(key)
        block = key in getattr(self.data, "block_keys", ())
        try:
            expression = parse_expression(value, where)
        except ExpressionSyntaxError as exc:
            at = (
                where
                if block or "\n" in value[: exc.offset]
                else Source(where.path, where.line, where.column + exc.offset)
            )
            self.report.error(at, exc.message, exc.hint)
            return None
        return replace(expression, one_line=False) if block else expression


def check_id(value: str, where: Source, report: Report) -> bool:
    """Ids are lowercase words, usable in formulas; report one that is not."""
    if not ID_PATTERN.match(value):
        suggestion = re.sub(r"[^a-z0-9_-]+", "_", value.lower()).strip("_-")
        if suggestion and not suggestion[0].isalpha():
            suggestion = "q" + suggestion
        report.error(
            where,
            f"`{value}` cannot be an id",
            "an id starts with a lowercase letter and has only lowercase letters, digits, `-` "
            "and `_`" + (f", e.g. `{suggestion}`" if suggestion else ""),
        )
        return False
    name = value.replace("-", "_")
    if keyword.iskeyword(name) or name in LITERALS or keyword.iskeyword(name.capitalize()):
        report.error(
            where,
            f"`{value}` cannot be an id: it is a word of the formula language",
            f"choose another id, e.g. `{value}_answer`",
        )
        return False
    if name in FUNCTIONS:
        report.warning(
            where,
            f"the id `{value}` is also the name of a formula function",
            f"it works, but `{value}_answer` would be easier to read in formulas",
        )
    return True


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
