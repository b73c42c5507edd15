"""Working out a module's scores, bands and raised flags from a person's answers.

Hidden questions (whose ``show_when`` is false) do not count: if someone answers a
follow-up and then changes the question it depends on, the stale answer is ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbook.core.language.answers import answer_value
from workbook.core.language.evaluation import (
    EvaluationError,
    MappingResolver,
    Value,
    as_number,
    evaluate,
    truthy,
)
from workbook.core.language.expressions import expression_name
from workbook.core.language.model import Band, Field, Flag, Module, Program, Score
from workbook.core.wording.numbers import format_number


@dataclass(frozen=True)
class ScoreResult:
    """One score's value (None when it cannot be worked out yet) and its band."""

    score: Score
    value: float | None
    band: Band | None = None

    @property
    def display(self) -> str:
        """The value as people write it: ``12``, ``7.5``, or ``–`` when there is none."""
        return format_number(self.value)


@dataclass(frozen=True)
class Results:
    """What finishing a module produced: its scores and the flags that were raised."""

    scores: tuple[ScoreResult, ...] = ()
    flags: tuple[Flag, ...] = ()

    def score_value(self, score_id: str) -> float | None:
        found = self.score_result(score_id)
        return None if found is None else found.value

    def score_result(self, score_id: str) -> ScoreResult | None:
        key = expression_name(score_id)
        return next((r for r in self.scores if expression_name(r.score.id) == key), None)

    def flagged(self, flag_id: str) -> bool:
        key = expression_name(flag_id)
        return any(expression_name(f.id) == key for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON to store with an entry (ids, values, band labels)."""
        return {
            "scores": {r.score.id: r.value for r in self.scores},
            "bands": {r.score.id: r.band.label for r in self.scores if r.band is not None},
            "flags": [f.id for f in self.flags],
        }

    @classmethod
    def from_json(cls, module: Module, data: Any) -> Results:
        """Results stored earlier, read against the module as it is now (unknown ids skipped)."""
        if not isinstance(data, Mapping):
            return cls()
        stored = data.get("scores")
        stored = stored if isinstance(stored, Mapping) else {}
        scores = []
        for score in module.scores:
            value = stored.get(score.id)
            number = (
                float(value)
                if isinstance(value, int | float) and not isinstance(value, bool)
                else None
            )
            band = score.band_for(number) if number is not None else None
            scores.append(ScoreResult(score, number, band))
        raised = data.get("flags")
        raised_ids = {str(f) for f in raised} if isinstance(raised, list) else set()
        flags = tuple(f for f in module.flags if f.id in raised_ids)
        return cls(tuple(scores), flags)


@dataclass(frozen=True)
class ModuleRecord:
    """What other modules' formulas can see of a module: its latest completed entry."""

    module_id: str
    times_completed: int
    answers: Mapping[str, Any]
    results: Results | None = None
    #: the module's definition, if known (lets `intake.mood` count as a choice's score)
    module: Module | None = None


Context = Mapping[str, ModuleRecord]


class _Others:
    """``module.name`` in a formula: another module's scores, flags, answers and progress."""

    def __init__(self, context: Context | None, program: Program | None) -> None:
        self.records = {expression_name(k): v for k, v in (context or {}).items()}
        self.program = program

    def __call__(self, module_name: str, name: str) -> Value:
        record = self.records.get(module_name)
        if name == "completed":
            return record is not None and record.times_completed > 0
        if name == "times":
            return record.times_completed if record is not None else 0
        definition = self._module(module_name, record)
        if record is None:
            return False if definition is not None and _is_flag(definition, name) else None
        if record.results is not None:
            result = record.results.score_result(name)
            if result is not None:
                return result.value
            if record.results.flagged(name):
                return True
        if definition is not None:
            if _is_flag(definition, name):
                return False
            field = next((f for f in definition.fields if expression_name(f.id) == name), None)
            if field is not None:
                return answer_value(field, record.answers.get(field.id))
        for key, raw in record.answers.items():
            if expression_name(str(key)) == name:
                return raw if raw not in ("", []) else None
        return None

    def _module(self, module_name: str, record: ModuleRecord | None) -> Module | None:
        if record is not None and record.module is not None:
            return record.module
        if self.program is None:
            return None
        return next((m for m in self.program.modules if expression_name(m.id) == module_name), None)


def _is_flag(module: Module, name: str) -> bool:
    return any(expression_name(f.id) == name for f in module.flags)


def visible_fields(
    module: Module,
    answers: Mapping[str, Any],
    context: Context | None = None,
    *,
    program: Program | None = None,
) -> tuple[Field, ...]:
    """The questions the person sees now: those whose ``show_when`` holds for earlier answers."""
    values: dict[str, Value] = {}
    resolver = MappingResolver(values, _Others(context, program))
    shown = []
    for field in module.fields:
        if field.show_when is None or truthy(evaluate(field.show_when, resolver)):
            shown.append(field)
            values[expression_name(field.id)] = answer_value(field, answers.get(field.id))
    return tuple(shown)


def compute_results(
    module: Module,
    answers: Mapping[str, Any],
    context: Context | None = None,
    *,
    program: Program | None = None,
) -> Results:
    """Scores (in order, so later scores can use earlier ones), their bands, and raised flags."""
    values: dict[str, Value] = {}
    resolver = MappingResolver(values, _Others(context, program))
    for field in visible_fields(module, answers, context, program=program):
        values[expression_name(field.id)] = answer_value(field, answers.get(field.id))
    scores = []
    for score in module.scores:
        number = _number(evaluate(score.formula, resolver))
        values[expression_name(score.id)] = number
        band = score.band_for(number) if number is not None else None
        scores.append(ScoreResult(score, number, band))
    flags = tuple(f for f in module.flags if truthy(evaluate(f.when, resolver)))
    return Results(tuple(scores), flags)


def saved_results(module: Module, answers: Mapping[str, Any], saved: Any) -> Results:
    """The results saved with an entry, or worked out again from its answers if none were saved."""
    if saved:
        try:
            return Results.from_json(module, saved)
        except (KeyError, TypeError, ValueError):
            pass  # saved by another version of the module: recompute from the answers
    return compute_results(module, answers)


def _number(value: Value) -> float | None:
    try:
        number = as_number(value)
    except EvaluationError:
        return None
    if number is None:
        return None
    # Keep 0.1 + 0.2 from showing as 0.30000000000000004.
    return round(float(number), 9)
