"""Building and reading FHIR extensions: typed ``Extension`` objects, never loose dicts.

Workbook's own extensions nest: a score is one extension whose parts (``formula``,
``band`` …) are extensions inside it, the way FHIR writes complex extensions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.expression import Expression as FhirExpression
from fhir.resources.R4B.extension import Extension


def number(value: float | int) -> Decimal:
    """A number as FHIR's decimal: 3.0 is written 3, 0.5 stays 0.5 (no binary noise)."""
    if float(value).is_integer():
        return Decimal(int(value))
    return Decimal(repr(float(value)))


def as_float(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        return float(value)
    return None


def string(url: str, value: str) -> Extension:
    return Extension(url=url, valueString=value)


def markdown(url: str, value: str) -> Extension:
    return Extension(url=url, valueMarkdown=value)


def decimal(url: str, value: float | int) -> Extension:
    return Extension(url=url, valueDecimal=number(value))


def integer(url: str, value: int) -> Extension:
    return Extension(url=url, valueInteger=value)


def boolean(url: str, value: bool) -> Extension:
    return Extension(url=url, valueBoolean=value)


def code(url: str, value: str) -> Extension:
    return Extension(url=url, valueCode=value)


def coding(url: str, value: Coding) -> Extension:
    return Extension(url=url, valueCoding=value)


def expression(url: str, fhirpath: str, description: str | None = None) -> Extension:
    return Extension(
        url=url,
        valueExpression=FhirExpression(
            language="text/fhirpath", expression=fhirpath, description=description
        ),
    )


def nested(url: str, parts: Iterable[Extension | None]) -> Extension:
    """A complex extension: the parts that are not None, in order."""
    return Extension(url=url, extension=[p for p in parts if p is not None])


def optional_string(url: str, value: str | None) -> Extension | None:
    return None if value is None else string(url, value)


def optional_decimal(url: str, value: float | None) -> Extension | None:
    return None if value is None else decimal(url, value)


def optional_boolean(url: str, value: bool | None) -> Extension | None:
    return None if value is None else boolean(url, value)


# -- reading ---------------------------------------------------------------------------------


def find(extensions: Sequence[Extension] | None, url: str) -> Extension | None:
    return next((e for e in extensions or () if e.url == url), None)


def find_all(extensions: Sequence[Extension] | None, url: str) -> list[Extension]:
    return [e for e in extensions or () if e.url == url]


def text_of(extensions: Sequence[Extension] | None, url: str) -> str | None:
    found = find(extensions, url)
    if found is None:
        return None
    for value in (found.valueString, found.valueCode, found.valueMarkdown, found.valueUri):
        if value is not None:
            return str(value)
    return None


def number_of(extensions: Sequence[Extension] | None, url: str) -> float | None:
    found = find(extensions, url)
    if found is None:
        return None
    for value in (found.valueDecimal, found.valueInteger):
        if value is not None:
            return as_float(value)
    return None


def boolean_of(extensions: Sequence[Extension] | None, url: str) -> bool | None:
    found = find(extensions, url)
    return None if found is None else found.valueBoolean


def expression_of(extensions: Sequence[Extension] | None, url: str) -> str | None:
    found = find(extensions, url)
    if found is None or found.valueExpression is None:
        return None
    return found.valueExpression.expression
