"""A module formula written as FHIRPath, for SDC's calculated and enable-when expressions.

FHIR forms evaluate FHIRPath over the QuestionnaireResponse, so each answer name becomes
the answer's value at its ``linkId`` (a scored choice's ``weight()``, its score). The
translation is best effort: a formula naming another module, or using a construct
FHIRPath cannot say the same way, gives None, and the original formula always travels
in Workbook's own extension beside it, which is what Workbook reads back.
"""

from __future__ import annotations

import ast
import json

from workbook.core.language.expressions import Expression, expression_name
from workbook.core.language.model import FieldType, Module

_OPERATORS = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.Eq: "=",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
}
_AGGREGATES = {"sum": "sum()", "mean": "avg()", "min": "min()", "max": "max()", "count": "count()"}


class _Untranslatable(Exception):
    """This part of a formula has no FHIRPath twin."""


class _Translator:
    def __init__(self, module: Module, link_ids: dict[str, str]) -> None:
        self.fields = {expression_name(f.id): f for f in module.fields}
        self.scores = {expression_name(s.id): s for s in module.scores}
        self.link_ids = link_ids

    def answer(self, name: str) -> str:
        if name in self.fields:
            field = self.fields[name]
            link = self.link_ids.get(field.id, field.id)
            path = f"%resource.repeat(item).where(linkId={_string(link)}).answer.value"
            scored = field.type in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE) and any(
                o.score is not None for o in field.options
            )
            return f"{path}.weight()" if scored else path
        if name in self.scores:
            score = self.scores[name]
            link = self.link_ids.get(score.id, score.id)
            return f"%resource.repeat(item).where(linkId={_string(link)}).answer.value"
        raise _Untranslatable(name)

    def value(self, node: ast.expr) -> str:
        if isinstance(node, ast.Name):
            if node.id in ("true", "false"):
                return node.id
            return self.answer(node.id)
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool):
                return "true" if node.value else "false"
            if isinstance(node.value, int | float):
                return repr(node.value)
            if isinstance(node.value, str):
                return _string(node.value)
            raise _Untranslatable(repr(node.value))
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return f"({self.value(node.operand)}).not()"
            if isinstance(node.op, ast.USub):
                return f"-({self.value(node.operand)})"
        if isinstance(node, ast.BoolOp):
            joiner = " and " if isinstance(node.op, ast.And) else " or "
            return "(" + joiner.join(self.value(v) for v in node.values) + ")"
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            op = _OPERATORS[type(node.op)]
            return f"({self.value(node.left)} {op} {self.value(node.right)})"
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self.call(node.func.id, node.args)
        if isinstance(node, ast.List | ast.Tuple):
            return "(" + " | ".join(self.value(e) for e in node.elts) + ")"
        raise _Untranslatable(type(node).__name__)

    def compare(self, node: ast.Compare) -> str:
        parts = []
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.In | ast.NotIn):
                text = f"({self.value(left)} in {self.value(right)})"
                parts.append(f"{text}.not()" if isinstance(op, ast.NotIn) else text)
            elif type(op) in _OPERATORS:
                parts.append(f"({self.value(left)} {_OPERATORS[type(op)]} {self.value(right)})")
            else:
                raise _Untranslatable(type(op).__name__)
            left = right
        return parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"

    def call(self, name: str, args: list[ast.expr]) -> str:
        if name in _AGGREGATES:
            combined = self.value(args[0])
            for arg in args[1:]:
                combined = f"{combined}.combine({self.value(arg)})"
            return f"({combined}).{_AGGREGATES[name]}"
        if name == "answered":
            return f"({self.value(args[0])}).exists()"
        if name == "abs":
            return f"({self.value(args[0])}).abs()"
        if name == "round":
            digits = self.value(args[1]) if len(args) > 1 else "0"
            return f"({self.value(args[0])}).round({digits})"
        raise _Untranslatable(name)


def _string(text: str) -> str:
    """A FHIRPath string literal (single quotes; JSON's escapes are FHIRPath's too)."""
    return "'" + json.dumps(text, ensure_ascii=False)[1:-1].replace("'", "\\'") + "'"


def to_fhirpath(expression: Expression, module: Module, link_ids: dict[str, str]) -> str | None:
    """The formula in FHIRPath over a QuestionnaireResponse; None when it cannot be said there."""
    try:
        return _Translator(module, link_ids).value(expression.tree.body)
    except _Untranslatable:
        return None
