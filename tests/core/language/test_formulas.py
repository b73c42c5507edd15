"""The formula language: what authors can write, how answers behave, and the messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbook.core.language.evaluation import (
    ChoiceValue,
    EvaluationError,
    evaluate,
    evaluate_strict,
)
from workbook.core.language.expressions import ExpressionSyntaxError, parse_expression
from workbook.core.language.model import Source

WHERE = Source(Path("m.md"), 5, 12)


class Values:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def name(self, name: str) -> Any:
        return self.values.get(name)

    def attribute(self, module: str, name: str) -> Any:
        return self.values.get(f"{module}.{name}")


ANSWERS = Values(
    {
        "q1": ChoiceValue("often", 2, "Often", "q1"),
        "q2": ChoiceValue("rarely", 1, "Rarely", "q2"),
        "q3": None,
        "mood": ChoiceValue("low", None, "Low", "mood"),
        "hours": 7.5,
        "ok": True,
        "note": "Felt tired today",
        "helped": [ChoiceValue("walk", 1), ChoiceValue("talk", 2)],
        "phq9.total": 12.0,
        "phq9.self_harm": False,
    }
)


def run(text: str) -> Any:
    return evaluate(parse_expression(text, WHERE), ANSWERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sum(q1, q2, q3)", 3),
        ("mean(q1, q2)", 1.5),
        ("min(q1, q2, hours)", 1),
        ("max(q1, q2, hours)", 7.5),
        ("count(q1, q2, q3)", 2),
        ("count(q1 > 1, q2 > 1)", 1),
        ("count(helped)", 2),
        ("sum(helped)", 3),
        ("answered(q3)", False),
        ("round(2.5)", 3),
        ("round(7 / 3, 1)", 2.3),
        ("abs(q2 - q1)", 1),
        ("q1 + q2 * 2", 4),
        ("-q1", -2),
        ('mood == "low"', True),
        ('mood != "low"', False),
        ('mood in ["low", "flat"]', True),
        ('"walk" in helped', True),
        ('"tired" in note', True),
        ("q1 == 2", True),
        ("ok and hours >= 7", True),
        ("not ok or false", False),
        ("phq9.total >= 10 and not phq9.self_harm", True),
        ("1 < hours < 8", True),
        ("sum(ok, ok)", 2),
    ],
)
def test_formulas_give_what_the_guide_promises(text: str, expected: Any) -> None:
    """Each formula in the guide's style gives the value an author would expect."""
    assert run(text) == expected


@pytest.mark.parametrize(
    "text", ["q3 > 0", "q3 == 0", "q3 != 0", "q3 < 1", '"a" in q3', "q3 not in [1]"]
)
def test_comparisons_with_an_unanswered_question_are_false(text: str) -> None:
    """An unanswered question never makes a condition true."""
    assert run(text) is False


@pytest.mark.parametrize(
    "text", ["q3 + 1", "q1 * q3", "sum(q3)", "mean(q3)", "max(q3)", "round(q3)"]
)
def test_arithmetic_with_nothing_answered_has_no_value(text: str) -> None:
    """A score that depends only on unanswered questions stays blank rather than 0."""
    assert run(text) is None


def test_runtime_problems_give_no_value_but_strict_mode_reports_them() -> None:
    """At run time a division by zero or text used as a number gives nothing; the checker sees why."""
    for text, message in [
        ("hours / 0", "divides by zero"),
        ("note + 1", "cannot be used as a number"),
        ("mood + 1", "has no score"),
    ]:
        expression = parse_expression(text, WHERE)
        assert evaluate(expression, ANSWERS) is None
        with pytest.raises(EvaluationError, match=message):
            evaluate_strict(expression, ANSWERS)


def test_a_choice_without_a_score_names_the_option() -> None:
    """The message says which option lacks a score and how to compare instead."""
    with pytest.raises(EvaluationError) as caught:
        evaluate_strict(parse_expression("sum(mood)", WHERE), ANSWERS)
    assert "`mood`" in caught.value.message and "“Low”" in caught.value.message
    assert caught.value.hint is not None and 'mood == "low"' in caught.value.hint


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        ("q1 = 2", "cannot read this formula", "`==`"),
        ("q1 && q2", "cannot read this formula", "`and`"),
        ("q1 AND q2", "cannot read this formula", "lower case"),
        ("q1 ≥ 2", "cannot read", "`>=`"),
        ("summ(q1)", "unknown function `summ`", "did you mean `sum`?"),
        ("q1 ** 2", "`**` is not part of formulas", None),
        ("sum()", "`sum` takes at least 1 arguments, not 0", None),
        ("abs(q1, q2)", "`abs` takes 1 argument, not 2", None),
        ("q1[0]", "`[ ]` after a name is not part of formulas", None),
        ("a.b.c", "only one dot", None),
        ("(1, 2)", "square brackets", None),
        ("__import__('os')", "unknown function `__import__`", None),
        ("q1.__class__.__bases__", "only one dot", None),
        ("", "the formula is empty", None),
    ],
)
def test_formulas_outside_the_language_are_refused_with_a_reason(
    text: str, message: str, hint: str | None
) -> None:
    """Anything not in the small formula language is refused with words an author understands."""
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse_expression(text, WHERE)
    assert message in caught.value.message
    if hint:
        assert caught.value.hint is not None and hint in caught.value.hint


def test_names_and_modules_are_listed_for_checking() -> None:
    """The checker can see which answers and which other modules a formula reads."""
    expression = parse_expression("sum(q1, q2) + phq9.total > 3 and true", WHERE)
    assert expression.names() == {"q1", "q2"}
    assert expression.modules() == {"phq9"}


def test_positions_point_into_the_file() -> None:
    """A reference's column is where it is written in the module file."""
    expression = parse_expression("  sum(q1, zz)", WHERE)
    ref = next(r for r in expression.references() if r.name == "zz")
    assert expression.column(ref.offset) == Source(Path("m.md"), 5, 12 + 10)
