"""``show_when`` as FHIR ``enableWhen`` where one maps straight onto the other, and back.

``enableWhen`` can only compare one answer with a fixed value (or ask whether it
exists), joined all-``and`` or all-``or``. A condition of that shape becomes
``enableWhen``; anything else (sums, scores, other modules) is not said here, and the
caller writes it as an ``enableWhenExpression`` instead.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.questionnaire import QuestionnaireItemEnableWhen

from workbook.core.fhir.extensions import as_float, number
from workbook.core.fhir.item_types import fhir_item_type
from workbook.core.fhir.options import option_coding, option_value
from workbook.core.language.expressions import LITERALS, Expression, expression_name
from workbook.core.language.model import Field, FieldType, Module

_COMPARE = {
    ast.Eq: "=",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
}


@dataclass(frozen=True)
class EnableWhen:
    conditions: list[QuestionnaireItemEnableWhen]
    behavior: str | None  # "all" / "any" when there is more than one condition


class _NotDirect(Exception):
    pass


class _Exporter:
    def __init__(self, module: Module, option_system: str) -> None:
        self.fields = {expression_name(f.id): f for f in module.fields}
        self.module_id = module.id
        self.option_system = option_system

    def field(self, node: ast.expr) -> Field:
        if isinstance(node, ast.Name) and node.id in self.fields:
            return self.fields[node.id]
        raise _NotDirect

    def conditions(self, node: ast.expr) -> list[QuestionnaireItemEnableWhen]:
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            return [self.compare(node.left, node.ops[0], node.comparators[0])]
        if _is_answered(node):
            assert isinstance(node, ast.Call)
            return [_when(self.field(node.args[0]).id, "exists", answerBoolean=True)]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = node.operand
            if _is_answered(inner):
                assert isinstance(inner, ast.Call)
                return [_when(self.field(inner.args[0]).id, "exists", answerBoolean=False)]
            field = self.field(inner)
            if field.type == FieldType.YES_NO:
                return [_when(field.id, "=", answerBoolean=False)]
        if isinstance(node, ast.Name):
            field = self.field(node)
            if field.type == FieldType.YES_NO:
                return [_when(field.id, "=", answerBoolean=True)]
        raise _NotDirect

    def compare(
        self, left: ast.expr, op: ast.cmpop, right: ast.expr
    ) -> QuestionnaireItemEnableWhen:
        if isinstance(op, ast.In) and isinstance(left, ast.Constant):
            field = self.field(right)
            if field.type == FieldType.MULTIPLE_CHOICE and field.option(str(left.value)):
                return _when(field.id, "=", answerCoding=self.coding(field, str(left.value)))
            raise _NotDirect
        if type(op) not in _COMPARE:
            raise _NotDirect
        field, value, operator = self.field(left), _constant(right), _COMPARE[type(op)]
        if field.type == FieldType.CHOICE and operator in ("=", "!=") and isinstance(value, str):
            if field.option(value) is None:
                raise _NotDirect
            return _when(field.id, operator, answerCoding=self.coding(field, value))
        if field.type == FieldType.YES_NO and operator in ("=", "!=") and isinstance(value, bool):
            return _when(field.id, operator, answerBoolean=value)
        amount = as_float(value)
        if field.type in (FieldType.NUMBER, FieldType.SCALE) and amount is not None:
            if fhir_item_type(field)[0] == "integer" and amount.is_integer():
                return _when(field.id, operator, answerInteger=int(amount))
            return _when(field.id, operator, answerDecimal=number(amount))
        textual = field.type in (FieldType.TEXT, FieldType.LONG_TEXT)
        if textual and isinstance(value, str) and operator in ("=", "!="):
            return _when(field.id, operator, answerString=value)
        raise _NotDirect

    def coding(self, field: Field, value: str) -> Coding:
        return option_coding(self.module_id, self.option_system, field, value)


def _constant(node: ast.expr) -> object:
    """A literal's value (``true``/``false`` are names in the formula language)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in LITERALS:
        return LITERALS[node.id]
    raise _NotDirect


def _is_answered(node: ast.expr) -> bool:
    """``answered(name)``."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "answered"
        and len(node.args) == 1
    )


def _when(question: str, operator: str, **answer: object) -> QuestionnaireItemEnableWhen:
    # model_validate: the answer[x] field is named by the caller, so not a checked keyword
    return QuestionnaireItemEnableWhen.model_validate(
        {"question": question, "operator": operator, **answer}
    )


def to_enable_when(condition: Expression, module: Module, option_system: str) -> EnableWhen | None:
    """The condition as ``enableWhen`` when it maps directly; None when it needs an expression."""
    exporter = _Exporter(module, option_system)
    body = condition.tree.body
    try:
        if isinstance(body, ast.BoolOp):
            conditions = [c for value in body.values for c in exporter.conditions(value)]
            if len(conditions) != len(body.values):
                return None
            return EnableWhen(conditions, "all" if isinstance(body.op, ast.And) else "any")
        return EnableWhen(exporter.conditions(body), None)
    except _NotDirect:
        return None


# -- reading back ------------------------------------------------------------------------------

_OPERATOR_WORDS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _literal(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return f"{float(value):g}" if not float(value).is_integer() else str(int(value))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return None


def _answer(when: QuestionnaireItemEnableWhen) -> object:
    if when.answerCoding is not None:
        return option_value(when.answerCoding)
    for value in (
        when.answerBoolean,
        when.answerInteger,
        when.answerDecimal,
        when.answerString,
        when.answerDate,
        when.answerTime,
    ):
        if value is not None:
            return value if isinstance(value, bool | int | str | Decimal) else str(value)
    return None


_EQUALITY = ("=", "!=")


def _fits(kind: FieldType, operator: str, answer: object) -> bool:
    """Whether the module language can ask this of this kind of question."""
    if operator not in _OPERATOR_WORDS:
        return False
    if kind == FieldType.YES_NO:
        return isinstance(answer, bool) and operator in _EQUALITY
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        return isinstance(answer, int | float | Decimal) and not isinstance(answer, bool)
    if kind in (FieldType.LIST, FieldType.TABLE):
        return False
    return isinstance(answer, str) and operator in _EQUALITY


def from_enable_when(
    conditions: list[QuestionnaireItemEnableWhen],
    behavior: str | None,
    names: Mapping[str, tuple[str, FieldType]],
    values: Mapping[str, Sequence[str]] | None = None,
) -> tuple[str | None, list[str]]:
    """(a ``show_when`` condition, what could not be said); ``names`` maps a ``linkId``
    to the question id and type it became, ``values`` a choice's ``linkId`` to its
    option values (a condition on any other value cannot be kept)."""
    parts: list[str] = []
    lost: list[str] = []
    for when in conditions:
        target = names.get(when.question or "")
        if target is None:
            lost.append(f"a condition on `{when.question}`, which is not a question here")
            continue
        name, kind = expression_name(target[0]), target[1]
        answer = _answer(when)
        if when.operator == "exists":
            parts.append(f"answered({name})" if answer is not False else f"not answered({name})")
            continue
        literal = _literal(answer)
        choices = (values or {}).get(when.question or "")
        unknown_option = choices is not None and str(answer) not in choices
        if literal is None or unknown_option or not _fits(kind, when.operator or "", answer):
            lost.append(
                f"the condition `{when.question} {when.operator} {literal or '…'}` (it does not "
                f"fit a {kind.value} question)"
            )
            continue
        if kind == FieldType.MULTIPLE_CHOICE and when.operator in ("=", "!="):
            word = "in" if when.operator == "=" else "not in"
            parts.append(f"{literal} {word} {name}")
        else:
            parts.append(f"{name} {_OPERATOR_WORDS[when.operator or '']} {literal}")
    if not parts:
        return None, lost
    joiner = " or " if behavior == "any" else " and "
    return joiner.join(parts), lost
