"""A ``show_when`` condition in a sentence a client understands on paper.

A printed worksheet can't hide a follow-up question, so it says when to answer it:
``decision == "adjust"`` becomes *Only if you answered “Adjust it” to “What now?”*.
Only the simple shapes authors write are put in words (a choice, yes/no, a ticked
box, a number compared with a value, joined by ``and``/``or``); anything else gets a
plain general cue rather than a wrong one. The fixed words come from the printed
catalogue, in the language the worksheet is printed in.
"""

from __future__ import annotations

import ast
from typing import Any

from workbook.core.language.expressions import LITERALS, Expression, expression_name
from workbook.core.language.model import Field, FieldType, Module, Program
from workbook.core.wording.catalogue import fixed_words

_COMPARISONS = {
    ast.Gt: "cue_more_than",
    ast.GtE: "cue_at_least",
    ast.Lt: "cue_less_than",
    ast.LtE: "cue_at_most",
}


class _Words:
    """The fixed words in one language."""

    def __init__(self, language: str | None) -> None:
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        return fixed_words(key, self.language, **values)


def general_cue(language: str | None = None) -> str:
    """The cue when a condition is too involved to put in words."""
    return fixed_words("cue_general", language)


def condition_cue(
    expression: Expression,
    module: Module,
    program: Program | None = None,
    language: str | None = None,
) -> str:
    """The printed cue for a question shown only when ``expression`` holds."""
    words = _Words(language)
    clause = _clause(expression.tree.body, module, program, words)
    return words("cue_only_if", clause=clause) if clause else general_cue(language)


def _clause(node: ast.AST, module: Module, program: Program | None, words: _Words) -> str | None:
    if isinstance(node, ast.BoolOp):
        same = _one_question_any_of(node, module, program, words)
        if same is not None:
            return same
        parts = [_clause(v, module, program, words) for v in node.values]
        if any(p is None for p in parts):
            return None
        joiner = words("cue_and" if isinstance(node.op, ast.And) else "cue_or")
        return joiner.join(str(p) for p in parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        field = _field(node.operand, module, program)
        if field is not None and field.type is FieldType.YES_NO:
            return words("cue_answered", answers=_quoted(words("no")), question=_question(field))
        return None
    field = _field(node, module, program)
    if field is not None and field.type is FieldType.YES_NO:
        return words("cue_answered", answers=_quoted(words("yes")), question=_question(field))
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        return _comparison(node.left, node.ops[0], node.comparators[0], module, program, words)
    return None


def _one_question_any_of(
    node: ast.BoolOp, module: Module, program: Program | None, words: _Words
) -> str | None:
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
    shown = words("cue_or").join(_quoted(_answer(fields[0], v, words)) for v in values)
    return words("cue_answered", answers=shown, question=_question(fields[0]))


def _comparison(
    left: ast.AST,
    op: ast.cmpop,
    right: ast.AST,
    module: Module,
    program: Program | None,
    words: _Words,
) -> str | None:
    if isinstance(op, ast.In) and isinstance(left, ast.Constant):
        field = _field(right, module, program)
        if field is None:
            return None
        answer = _quoted(_answer(field, left.value, words))
        return words("cue_ticked", answer=answer, question=_question(field))
    field = _field(left, module, program)
    if isinstance(right, ast.Name) and right.id in LITERALS:  # `true` and `false`
        right = ast.Constant(LITERALS[right.id])
    if field is None or not isinstance(right, ast.Constant):
        return None
    value = right.value
    if isinstance(op, ast.Eq):
        answer = _quoted(_answer(field, value, words))
        return words("cue_answered", answers=answer, question=_question(field))
    if isinstance(op, ast.NotEq):
        answer = _quoted(_answer(field, value, words))
        return words("cue_not_answered", answer=answer, question=_question(field))
    key = _COMPARISONS.get(type(op))
    if key is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return words(key, question=_question(field), n=f"{value:g}")


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


def _quoted(text: str) -> str:
    return f"“{text}”"


def _question(field: Field) -> str:
    return _quoted(field.label.rstrip())


def _answer(field: Field, value: Any, words: _Words) -> str:
    if isinstance(value, bool):
        return words("yes" if value else "no")
    option = field.option(str(value)) if field.options else None
    return option.label if option is not None else str(value)
