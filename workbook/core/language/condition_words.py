"""A ``show_when`` condition in a sentence a client understands on paper.

A printed worksheet can't hide a follow-up question, so it says when to answer it:
``decision == "adjust"`` becomes *Only if you answered “Adjust it” to “What now?”*. Only
the simple shapes authors write are put in words (a choice, yes/no, a ticked box, a
number compared with a value, joined by ``and``/``or``); anything else gets a plain
general cue rather than a wrong one.
"""

from __future__ import annotations

import ast
from typing import Any

from workbook.core.language.expressions import LITERALS, Expression, expression_name
from workbook.core.language.model import Field, FieldType, Module, Program

#: the cue when a condition is too involved to put in words
GENERAL_CUE = "Only if it applies to you, from your earlier answers"

_COMPARISONS = {
    ast.Gt: "was more than {n}",
    ast.GtE: "was {n} or more",
    ast.Lt: "was less than {n}",
    ast.LtE: "was {n} or less",
}


def condition_cue(expression: Expression, module: Module, program: Program | None = None) -> str:
    """The printed cue for a question shown only when ``expression`` holds."""
    words = _words(expression.tree.body, module, program)
    return f"Only {words}" if words else GENERAL_CUE


def _words(node: ast.AST, module: Module, program: Program | None) -> str | None:
    if isinstance(node, ast.BoolOp):
        same = _one_question_any_of(node, module, program)
        if same is not None:
            return same
        parts = [_words(v, module, program) for v in node.values]
        if any(p is None for p in parts):
            return None
        joiner = " and " if isinstance(node.op, ast.And) else " or "
        return "if " + joiner.join(str(p).removeprefix("if ") for p in parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        field = _field(node.operand, module, program)
        if field is not None and field.type is FieldType.YES_NO:
            return f"if you answered “No” to {_question(field)}"
        return None
    field = _field(node, module, program)
    if field is not None and field.type is FieldType.YES_NO:
        return f"if you answered “Yes” to {_question(field)}"
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        return _comparison(node.left, node.ops[0], node.comparators[0], module, program)
    return None


def _one_question_any_of(node: ast.BoolOp, module: Module, program: Program | None) -> str | None:
    """``practice == "a" or practice == "b"``: one question, any of these answers."""
    if not isinstance(node.op, ast.Or):
        return None
    fields: list[Field] = []
    values: list[Any] = []
    for value in node.values:
        if not (
            isinstance(value, ast.Compare)
            and len(value.ops) == 1
            and isinstance(value.ops[0], ast.Eq)
            and isinstance(value.comparators[0], ast.Constant)
        ):
            return None
        field = _field(value.left, module, program)
        if field is None:
            return None
        fields.append(field)
        values.append(value.comparators[0].value)
    if len({f.id for f in fields}) != 1:
        return None
    shown = " or ".join(f"“{_answer(fields[0], v)}”" for v in values)
    return f"if you answered {shown} to {_question(fields[0])}"


def _comparison(
    left: ast.AST, op: ast.cmpop, right: ast.AST, module: Module, program: Program | None
) -> str | None:
    if isinstance(op, ast.In) and isinstance(left, ast.Constant):
        field = _field(right, module, program)
        if field is None:
            return None
        return f"if you ticked “{_answer(field, left.value)}” for {_question(field)}"
    field = _field(left, module, program)
    if isinstance(right, ast.Name) and right.id in LITERALS:  # `true` and `false`
        right = ast.Constant(LITERALS[right.id])
    if field is None or not isinstance(right, ast.Constant):
        return None
    value = right.value
    if isinstance(op, ast.Eq | ast.NotEq):
        did = "answered" if isinstance(op, ast.Eq) else "did not answer"
        return f"if you {did} “{_answer(field, value)}” to {_question(field)}"
    words = _COMPARISONS.get(type(op))
    if words is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = f"{value:g}"
    return f"if your answer to {_question(field)} {words.format(n=number)}"


def _field(node: ast.AST, module: Module, program: Program | None) -> Field | None:
    """The question a name in the condition stands for (this module's, or another's)."""
    if isinstance(node, ast.Name):
        return _find(module, node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and program:
        other = next((m for m in program.modules if expression_name(m.id) == node.value.id), None)
        return _find(other, node.attr) if other is not None else None
    return None


def _find(module: Module, name: str) -> Field | None:
    return next((f for f in module.fields if expression_name(f.id) == name), None)


def _question(field: Field) -> str:
    return f"“{field.label.rstrip()}”"


def _answer(field: Field, value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    option = field.option(str(value)) if field.options else None
    return option.label if option is not None else str(value)
