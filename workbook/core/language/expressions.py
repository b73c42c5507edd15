"""The small, safe formula language of conditions and scores, parsed without ever running ``eval``.

A formula is parsed with Python's own parser (its grammar is close to what authors
expect: ``q1 + q2``, ``total >= 10 and not answered(q3)``) and then only a short
whitelist of node kinds is accepted. Evaluation walks that tree itself
(``workbook.core.language.evaluation``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from workbook.core.language.diagnostics import did_you_mean
from workbook.core.language.model import Source

#: function name -> (fewest, most) arguments; None means "any number"
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "sum": (1, None),
    "mean": (1, None),
    "min": (1, None),
    "max": (1, None),
    "count": (1, None),
    "answered": (1, 1),
    "round": (1, 2),
    "abs": (1, 1),
}

#: words that are values, not names
LITERALS = {"true": True, "false": False}

_ALLOWED_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)
_ALLOWED_CMPOPS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn)
_SYMBOLS = {
    ast.Pow: "**",
    ast.Mod: "%",
    ast.FloorDiv: "//",
    ast.BitAnd: "&",
    ast.BitOr: "|",
    ast.BitXor: "^",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.MatMult: "@",
    ast.Is: "is",
    ast.IsNot: "is not",
}


def expression_name(name: str) -> str:
    """How an id is written in a formula: ``sleep-diary`` becomes ``sleep_diary``."""
    return name.replace("-", "_")


@dataclass(frozen=True)
class Reference:
    """A name a formula uses: an answer or score (``q1``) or another module's (``phq9.total``)."""

    name: str  # as written, e.g. "q1" or "total"
    module: str | None  # as written, e.g. "phq9"; None for a name of this module
    offset: int  # 0-based column within the formula


@dataclass(frozen=True)
class Expression:
    """A parsed formula or condition, with where it was written."""

    text: str
    source: Source
    tree: ast.Expression = field(compare=False, repr=False)
    #: False when written over several lines: columns then point at the formula's start
    one_line: bool = field(default=True, compare=False, repr=False)

    def references(self) -> tuple[Reference, ...]:
        found: list[Reference] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                found.append(Reference(node.attr, node.value.id, node.col_offset))
        module_nodes = {id(n.value) for n in ast.walk(self.tree) if isinstance(n, ast.Attribute)}
        call_nodes = {id(n.func) for n in ast.walk(self.tree) if isinstance(n, ast.Call)}
        for node in ast.walk(self.tree):
            if (
                isinstance(node, ast.Name)
                and id(node) not in module_nodes
                and id(node) not in call_nodes
                and node.id not in LITERALS
            ):
                found.append(Reference(node.id, None, node.col_offset))
        return tuple(sorted(found, key=lambda r: r.offset))

    def names(self) -> frozenset[str]:
        """The bare names (answers and scores of this module) the formula uses."""
        return frozenset(r.name for r in self.references() if r.module is None)

    def modules(self) -> frozenset[str]:
        """The other modules the formula reads, as written (``sleep_diary``)."""
        return frozenset(r.module for r in self.references() if r.module is not None)

    def column(self, offset: int) -> Source:
        """Where in the file the character at ``offset`` of the formula is."""
        if not self.one_line or "\n" in self.text[:offset]:
            return self.source
        return Source(self.source.path, self.source.line, self.source.column + offset)


class ExpressionSyntaxError(Exception):
    """A formula that is not part of the language; ``offset`` is a 0-based column in it."""

    def __init__(self, message: str, offset: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.hint = hint


def parse_expression(text: str, source: Source) -> Expression:
    """Parse and check the shape of a formula; raises ExpressionSyntaxError."""
    stripped = text.strip()
    if not stripped:
        raise ExpressionSyntaxError("the formula is empty", 0, "write a condition or a formula")
    lead = len(text) - len(text.lstrip())
    # Python needs a multi-line formula inside brackets; authors should not have to know that.
    code = "(" + stripped.replace("\n", " ") + ")"
    try:
        tree = ast.parse(code, mode="eval")
    except SyntaxError as exc:
        plain = _plain_cause(stripped)
        if plain is not None:
            raise ExpressionSyntaxError(plain[0], lead + plain[2], plain[1]) from None
        offset = max((exc.offset or 1) - 2, 0)
        raise ExpressionSyntaxError(
            f"cannot read this formula: {_plain_syntax_message(exc)}",
            lead + min(offset, len(stripped)),
            _syntax_hint(stripped),
        ) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionSyntaxError("cannot read this formula", lead) from None
    for node in ast.walk(tree):
        if hasattr(node, "col_offset"):
            node.col_offset = max(node.col_offset - 1, 0)
    try:
        _check_shape(tree.body)
    except ExpressionSyntaxError as exc:
        exc.offset += lead
        raise
    return Expression(
        text=stripped, source=Source(source.path, source.line, source.column + lead), tree=tree
    )


_CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a"
_DASHED_MODULE = re.compile(r"\b([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\.([A-Za-z_]\w*)")


def _plain_cause(text: str) -> tuple[str, str, int] | None:
    """(message, hint, offset) for the mistakes authors make, named in their own words."""
    curly = next((i for i, c in enumerate(text) if c in _CURLY_QUOTES), None)
    if curly is not None:
        return (
            f"this formula has curly quotes ({text[curly]}), which a formula cannot read",
            'type straight quotes `"` instead (word processors turn them curly), '
            'e.g. `mood == "low"`',
            curly,
        )
    dashed = _DASHED_MODULE.search(text)
    if dashed is not None:
        return (*dashed_module_words(*dashed.groups()), dashed.start())
    return None


def dashed_module_words(module: str, name: str) -> tuple[str, str]:
    """(message, hint) for ``sleep-diary.total``, which reads as ``sleep`` minus ``diary.total``."""
    return (
        f"a module id with `-` is written with `_` in a formula: "
        f"`{expression_name(module)}.{name}`, not `{module}.{name}`",
        "a `-` in a formula means minus",
    )


def dashed_modules(text: str) -> list[tuple[str, str, int, int]]:
    """Each ``some-module.name`` in a formula: (module, name, start, end) offsets."""
    return [(m[1], m[2], m.start(), m.end()) for m in _DASHED_MODULE.finditer(text)]


def _plain_syntax_message(exc: SyntaxError) -> str:
    msg = (exc.msg or "invalid syntax").replace("'(' was never closed", "a bracket is not closed")
    if msg.startswith("invalid syntax"):
        return "something here is not a formula"
    return msg


def _syntax_hint(text: str) -> str | None:
    if re.search(r"(?<![=!<>])=(?!=)", text):
        return "to compare two things, write `==` (two equals signs)"
    if "&&" in text or "||" in text:
        return "write `and` and `or` instead of `&&` and `||`"
    if re.search(r"\b(AND|OR|NOT)\b", text):
        return "write `and`, `or` and `not` in lower case"
    if any(c in text for c in "≥≤≠"):
        return "write `>=`, `<=` and `!=` instead of `≥`, `≤` and `≠`"
    if re.search(r"[a-z0-9]\s+[a-z]", text, re.IGNORECASE):
        return "between two names there must be an operator, such as `+`, `and` or `>=`"
    if text.count("(") != text.count(")"):
        return "every `(` needs a matching `)`"
    return 'a formula looks like `sum(q1, q2) >= 10` or `mood == "low"`'


def _check_shape(node: ast.AST) -> None:
    offset = getattr(node, "col_offset", 0)
    match node:
        case ast.Constant(value=value):
            if not isinstance(value, bool | int | float | str):
                raise ExpressionSyntaxError(
                    'only numbers, "text", true and false are values', offset
                )
        case ast.Name():
            return
        case ast.Attribute(value=ast.Name()):
            return
        case ast.Attribute():
            raise ExpressionSyntaxError("only one dot is allowed, as in `phq9.total`", offset)
        case ast.List(elts=items):
            for item in items:
                _check_shape(item)
        case ast.Tuple():
            raise ExpressionSyntaxError(
                "a list of values is written in square brackets", offset, 'e.g. `q1 in ["a", "b"]`'
            )
        case ast.BoolOp(values=operands):
            for operand in operands:
                _check_shape(operand)
        case ast.UnaryOp(op=unary, operand=operand):
            if not isinstance(unary, ast.Not | ast.USub | ast.UAdd):
                raise ExpressionSyntaxError("`~` is not part of formulas", offset)
            _check_shape(operand)
        case ast.BinOp(op=op, left=left, right=right):
            if not isinstance(op, _ALLOWED_BINOPS):
                symbol = _SYMBOLS.get(type(op), "this operator")
                raise ExpressionSyntaxError(
                    f"`{symbol}` is not part of formulas", offset, "use `+`, `-`, `*` or `/`"
                )
            _check_shape(left)
            _check_shape(right)
        case ast.Compare(left=left, ops=comparisons, comparators=rights):
            for comparison in comparisons:
                if not isinstance(comparison, _ALLOWED_CMPOPS):
                    symbol = _SYMBOLS.get(type(comparison), "this comparison")
                    raise ExpressionSyntaxError(
                        f"`{symbol}` is not part of formulas", offset, "use `==` or `!=`"
                    )
            _check_shape(left)
            for right in rights:
                _check_shape(right)
        case ast.Call(func=func, args=args, keywords=keywords):
            _check_call(func, args, keywords, offset)
        case _:
            raise ExpressionSyntaxError(_describe(node), offset, None)


def _check_call(
    func: ast.expr, args: list[ast.expr], keywords: list[ast.keyword], offset: int
) -> None:
    if not isinstance(func, ast.Name):
        raise ExpressionSyntaxError("only the formula functions can be called", offset)
    name = func.id
    if name not in FUNCTIONS:
        hint = did_you_mean(name, FUNCTIONS) or "the functions are " + ", ".join(FUNCTIONS)
        raise ExpressionSyntaxError(f"unknown function `{name}`", offset, hint)
    if keywords:
        raise ExpressionSyntaxError(f"`{name}` takes no named arguments", offset)
    fewest, most = FUNCTIONS[name]
    if any(isinstance(a, ast.Starred) for a in args):
        raise ExpressionSyntaxError("`*` is not part of formulas", offset)
    if len(args) < fewest or (most is not None and len(args) > most):
        if most is None:
            wanted = f"at least {fewest}"
        elif fewest == most:
            wanted = str(fewest)
        else:
            wanted = f"{fewest} or {most}"
        got = len(args)
        raise ExpressionSyntaxError(
            f"`{name}` takes {wanted} argument{'' if most == 1 else 's'}, not {got}", offset
        )
    for arg in args:
        _check_shape(arg)


def _describe(node: ast.AST) -> str:
    kinds = {
        ast.IfExp: "`… if … else …`",
        ast.Subscript: "`[ ]` after a name",
        ast.Lambda: "`lambda`",
        ast.Dict: "`{ }`",
        ast.Set: "`{ }`",
        ast.ListComp: "`for`",
        ast.GeneratorExp: "`for`",
        ast.JoinedStr: "f-strings",
        ast.NamedExpr: "`:=`",
    }
    what = next((v for k, v in kinds.items() if isinstance(node, k)), "this")
    return f"{what} is not part of formulas"
