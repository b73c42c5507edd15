"""A condition that compares a choice with text its answers can never be: usually the label.

``topic == "Something else"`` looks right to an author but the answer stored is the
option's value (``other``), so the condition is never true and a question silently
never appears. The checker names the valid values instead.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from itertools import pairwise

from workbook.core.language.diagnostics import Report
from workbook.core.language.expressions import Expression, expression_name
from workbook.core.language.model import Field, FieldType, Module

#: finds the field a name in a formula stands for: (module as written or None, name)
FieldLookup = Callable[[str | None, str], Field | None]


def field_lookup(module: Module, others: dict[str, Module]) -> FieldLookup:
    """Questions of ``module`` by bare name, and of other modules as ``module.name``."""

    def lookup(module_name: str | None, name: str) -> Field | None:
        owner = module if module_name is None else others.get(module_name)
        if owner is None:
            return None
        return next((f for f in owner.fields if expression_name(f.id) == name), None)

    return lookup


def check_choice_texts(expression: Expression, lookup: FieldLookup, report: Report) -> None:
    """Report every text compared with a choice question that is not one of its values."""
    for node in ast.walk(expression.tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for left, right in pairwise(sides):
            for named, other in ((left, right), (right, left)):
                found = _choice(named, lookup)
                if found is not None:
                    _check_texts(found, other, expression, report)


def _choice(node: ast.expr, lookup: FieldLookup) -> Field | None:
    if isinstance(node, ast.Name):
        found = lookup(None, node.id)
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        found = lookup(node.value.id, node.attr)
    else:
        return None
    if found is None or found.type not in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
        return None
    return found if found.options else None


def _check_texts(field: Field, node: ast.expr, expression: Expression, report: Report) -> None:
    texts = node.elts if isinstance(node, ast.List) else [node]
    values = [o.value for o in field.options]
    for text in texts:
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        if text.value in values:
            continue
        listed = ", ".join(f'"{v}"' for v in values)
        label = next(
            (o for o in field.options if o.label.casefold() == text.value.casefold()), None
        )
        if label is not None:
            message = (
                f"“{text.value}” is the label of an option of `{field.id}`; "
                f'a condition compares its value, "{label.value}"'
            )
        else:
            message = f"`{field.id}` has no option with the value “{text.value}”"
        report.error(
            expression.column(text.col_offset),
            message,
            f"the values of `{field.id}` are {listed}",
        )
