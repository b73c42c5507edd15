"""Evaluating formulas: how answers behave as values, what an unanswered question does.

The rules authors are promised (see modules/README.md):
- an unanswered question is ``None``: ``sum`` and ``mean`` skip it, a comparison
  with it is false, arithmetic with it gives ``None`` (the score stays blank);
- a choice answer counts as its option's score in arithmetic and in comparisons
  with numbers, and as its option value when compared with text (``mood == "low"``);
- a type mismatch or a division by zero gives ``None`` when the app runs; the
  checker evaluates every formula in ``strict`` mode, where they are errors.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

from workbook.core.language.expressions import LITERALS, Expression


@dataclass(frozen=True)
class ChoiceValue:
    """The answer to a choice question: the stored option value and that option's score."""

    value: str
    score: float | None = None
    label: str | None = None  # for messages about options without a score
    field_id: str | None = None


Value = Any  # None | bool | int | float | str | ChoiceValue | list[Value] | dict[str, Any]


class Resolver(Protocol):
    """Where a formula's names get their values (answers, scores, other modules)."""

    def name(self, name: str) -> Value: ...

    def attribute(self, module: str, name: str) -> Value: ...


class EvaluationError(Exception):
    """A formula went wrong on these answers: a type mismatch or a division by zero."""

    def __init__(self, message: str, offset: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.hint = hint


def evaluate(expression: Expression, resolver: Resolver) -> Value:
    """The formula's value, or None when it cannot be worked out from these answers."""
    try:
        return _Walker(resolver).value(expression.tree.body)
    except (EvaluationError, OverflowError, ValueError, ArithmeticError, RecursionError):
        return None


def evaluate_strict(expression: Expression, resolver: Resolver) -> Value:
    """Like ``evaluate``, but raises EvaluationError instead of quietly giving None."""
    try:
        return _Walker(resolver).value(expression.tree.body)
    except (OverflowError, ArithmeticError) as exc:
        raise EvaluationError(f"this formula's numbers get out of hand ({exc})", 0) from None


def truthy(value: Value) -> bool:
    """Whether a condition holds: unanswered and false things do not."""
    if isinstance(value, ChoiceValue):
        return True
    return bool(value)


def as_number(value: Value, offset: int = 0) -> float | int | None:
    """A value used in arithmetic: a choice counts as its score, yes/no as 1/0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, ChoiceValue):
        if value.score is None:
            what = f"its option “{value.label or value.value}”"
            name = f"`{value.field_id}`" if value.field_id else "a choice answer"
            raise EvaluationError(
                f"{name} is used as a number, but {what} has no score",
                offset,
                "give every option a `score:`, or compare the answer with text, e.g. "
                f'`{value.field_id or "q"} == "{value.value}"`',
            )
        return value.score
    raise EvaluationError(
        f"{_kind(value)} cannot be used as a number",
        offset,
        'compare text with `==`, e.g. `mood == "low"`, or count items with `count(...)`',
    )


def _kind(value: Value) -> str:
    if isinstance(value, str):
        return f'the text "{value}"' if len(value) < 30 else "a text answer"
    if isinstance(value, list):
        return "a list of answers"
    if isinstance(value, dict):
        return "a table row"
    return "this value"


def _flatten(values: Sequence[Value]) -> list[Value]:
    flat: list[Value] = []
    for value in values:
        if isinstance(value, list):
            flat.extend(_flatten(value))
        else:
            flat.append(value)
    return flat


def _numbers(values: Sequence[Value], offset: int) -> list[float | int]:
    found = []
    for value in _flatten(values):
        number = as_number(value, offset)
        if number is not None:
            found.append(number)
    return found


def _sum(args: list[Value], offset: int) -> Value:
    numbers = _numbers(args, offset)
    return sum(numbers) if numbers else None


def _mean(args: list[Value], offset: int) -> Value:
    numbers = _numbers(args, offset)
    return sum(numbers) / len(numbers) if numbers else None


def _min(args: list[Value], offset: int) -> Value:
    numbers = _numbers(args, offset)
    return min(numbers) if numbers else None


def _max(args: list[Value], offset: int) -> Value:
    numbers = _numbers(args, offset)
    return max(numbers) if numbers else None


def _count(args: list[Value], offset: int) -> Value:
    # Answered things count, false conditions do not: count(q1 > 0, q2 > 0) works too.
    return sum(1 for v in _flatten(args) if v is not None and v is not False and v != "")


def _answered(args: list[Value], offset: int) -> Value:
    return args[0] is not None


def _round(args: list[Value], offset: int) -> Value:
    number = as_number(args[0], offset)
    digits = as_number(args[1], offset) if len(args) > 1 else 0
    if number is None or digits is None:
        return None
    if not float(digits).is_integer():
        raise EvaluationError("`round` needs a whole number of decimal places", offset)
    exponent = Decimal(1).scaleb(-int(digits))
    # Half up (2.5 -> 3), as people round, not Python's round-half-to-even.
    result = Decimal(str(number)).quantize(exponent, rounding=ROUND_HALF_UP)
    return int(result) if int(digits) <= 0 else float(result)


def _abs(args: list[Value], offset: int) -> Value:
    number = as_number(args[0], offset)
    return None if number is None else abs(number)


_FUNCTIONS: dict[str, Callable[[list[Value], int], Value]] = {
    "sum": _sum,
    "mean": _mean,
    "min": _min,
    "max": _max,
    "count": _count,
    "answered": _answered,
    "round": _round,
    "abs": _abs,
}


def equal(left: Value, right: Value) -> bool:
    """``==`` as formulas mean it: a choice equals its value when compared with text."""
    if left is None or right is None:
        return False
    if isinstance(left, ChoiceValue) or isinstance(right, ChoiceValue):
        choice, other = (left, right) if isinstance(left, ChoiceValue) else (right, left)
        if isinstance(other, ChoiceValue):
            return choice.value == other.value
        if isinstance(other, str):
            return choice.value == other
        if isinstance(other, int | float) and not isinstance(other, bool):
            return choice.score is not None and choice.score == other
        return False
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(
            equal(a, b) for a, b in zip(left, right, strict=True)
        )
    if isinstance(left, str) != isinstance(right, str):
        return False
    return bool(left == right)


def _ordered(left: Value, right: Value, op: ast.cmpop, offset: int) -> bool:
    if left is None or right is None:
        return False
    if isinstance(left, str) and isinstance(right, str):
        a: Any = left
        b: Any = right
    elif isinstance(left, str) or isinstance(right, str):
        raise EvaluationError(
            "this compares text with a number using `<` or `>`",
            offset,
            'compare text with `==`, e.g. `mood == "low"`, or use a number question',
        )
    else:
        a = as_number(left, offset)
        b = as_number(right, offset)
        if a is None or b is None:
            return False
    if isinstance(op, ast.Lt):
        return bool(a < b)
    if isinstance(op, ast.LtE):
        return bool(a <= b)
    if isinstance(op, ast.Gt):
        return bool(a > b)
    return bool(a >= b)


def _contains(item: Value, container: Value, offset: int) -> bool:
    if item is None or container is None:
        return False
    if isinstance(container, list):
        return any(equal(item, element) for element in container)
    if isinstance(container, ChoiceValue):
        return equal(item, container)
    if isinstance(container, str):
        if isinstance(item, ChoiceValue):
            item = item.value
        if not isinstance(item, str):
            raise EvaluationError("only text can be looked for in text", offset)
        return item.lower() in container.lower()
    raise EvaluationError(f"`in` needs a list or text on its right, not {_kind(container)}", offset)


class _Walker:
    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def value(self, node: ast.expr) -> Value:
        offset = node.col_offset
        match node:
            case ast.Constant(value=value):
                return value
            case ast.Name(id=name):
                if name in LITERALS:
                    return LITERALS[name]
                return self.resolver.name(name)
            case ast.Attribute(value=ast.Name(id=module), attr=attr):
                return self.resolver.attribute(module, attr)
            case ast.List(elts=items):
                return [self.value(item) for item in items]
            case ast.BoolOp(op=op, values=values):
                # Every operand is worked out (no short cut) so the checker sees them all.
                results = [truthy(self.value(v)) for v in values]
                return all(results) if isinstance(op, ast.And) else any(results)
            case ast.UnaryOp(op=ast.Not(), operand=operand):
                return not truthy(self.value(operand))
            case ast.UnaryOp(op=op, operand=operand):
                number = as_number(self.value(operand), offset)
                if number is None:
                    return None
                return -number if isinstance(op, ast.USub) else number
            case ast.BinOp(op=op, left=left, right=right):
                return self._arithmetic(op, self.value(left), self.value(right), offset)
            case ast.Compare(left=left, ops=ops, comparators=rights):
                return self._compare(left, ops, rights)
            case ast.Call(func=ast.Name(id=name), args=args):
                return _FUNCTIONS[name]([self.value(a) for a in args], offset)
        raise EvaluationError("this is not part of formulas", offset)

    def _arithmetic(self, op: ast.operator, left: Value, right: Value, offset: int) -> Value:
        a = as_number(left, offset)
        b = as_number(right, offset)
        if a is None or b is None:
            return None
        if isinstance(op, ast.Add):
            return a + b
        if isinstance(op, ast.Sub):
            return a - b
        if isinstance(op, ast.Mult):
            return a * b
        if b == 0:
            raise EvaluationError(
                "this formula divides by zero",
                offset,
                "check what it divides by, e.g. with `count(...)` when nothing is answered",
            )
        result = a / b
        return (
            int(result)
            if float(result).is_integer() and isinstance(a, int) and isinstance(b, int)
            else result
        )

    def _compare(self, left: ast.expr, ops: list[ast.cmpop], rights: list[ast.expr]) -> bool:
        current = self.value(left)
        current_node = left
        outcome = True
        for op, right_node in zip(ops, rights, strict=True):
            right = self.value(right_node)
            offset = current_node.col_offset
            if isinstance(op, ast.Eq):
                holds = equal(current, right)
            elif isinstance(op, ast.NotEq):
                holds = current is not None and right is not None and not equal(current, right)
            elif isinstance(op, ast.In):
                holds = _contains(current, right, offset)
            elif isinstance(op, ast.NotIn):
                holds = (
                    current is not None
                    and right is not None
                    and not _contains(current, right, offset)
                )
            else:
                holds = _ordered(current, right, op, offset)
            outcome = outcome and holds
            current, current_node = right, right_node
        return outcome


@dataclass
class MappingResolver:
    """Names from a mapping (already written as in formulas); other modules from a function."""

    values: Mapping[str, Value]
    other: Callable[[str, str], Value]

    def name(self, name: str) -> Value:
        return self.values.get(name)

    def attribute(self, module: str, name: str) -> Value:
        return self.other(module, name)
