"""Answer sets for the built-in questionnaires and modules, built the way the app stores them."""

from __future__ import annotations

from typing import Any

from workbook.core.language import FieldType, Module, Program
from workbook.core.scoring import Context, ModuleRecord, compute_results

FREQUENCY = ("not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day")
WHO5_TIME = {  # option value by its score, as published (5 = all of the time)
    5: "all-of-the-time",
    4: "most-of-the-time",
    3: "more-than-half-of-the-time",
    2: "less-than-half-of-the-time",
    1: "some-of-the-time",
    0: "at-no-time",
}


def spread(total: int, items: int, top: int) -> list[int]:
    """Item scores (each 0..top) over ``items`` questions that add up to ``total``."""
    assert 0 <= total <= items * top
    scores = []
    for _ in range(items):
        scores.append(min(top, total))
        total -= scores[-1]
    return scores


def frequency_answers(scores: list[int]) -> dict[str, Any]:
    """PHQ-9 / GAD-7 answers q1.. from item scores 0-3."""
    return {f"q{i}": FREQUENCY[s] for i, s in enumerate(scores, start=1)}


def phq9_answers(total: int, item9: int = 0) -> dict[str, Any]:
    """PHQ-9 answers with this total; item 9 is kept at ``item9`` (0 = no self-harm flag)."""
    return frequency_answers([*spread(total - item9, 8, 3), item9])


def gad7_answers(total: int) -> dict[str, Any]:
    return frequency_answers(spread(total, 7, 3))


def who5_answers(raw: int) -> dict[str, Any]:
    """WHO-5 answers whose raw total (0-25) is ``raw``."""
    return {f"q{i}": WHO5_TIME[s] for i, s in enumerate(spread(raw, 5, 5), start=1)}


def full_answers(module: Module) -> dict[str, Any]:
    """An answer to every question: the highest-scoring option, every choice, filled tables."""
    answers: dict[str, Any] = {}
    for field in module.fields:
        kind = field.type
        if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
            answers[field.id] = "Something written here"
        elif kind in (FieldType.NUMBER, FieldType.SCALE):
            answers[field.id] = field.max if field.max is not None else 1
        elif kind == FieldType.CHOICE:
            best = max(field.options, key=lambda o: o.score if o.score is not None else 0)
            answers[field.id] = best.value
        elif kind == FieldType.MULTIPLE_CHOICE:
            answers[field.id] = [o.value for o in field.options]
        elif kind == FieldType.YES_NO:
            answers[field.id] = True
        elif kind == FieldType.DATE:
            answers[field.id] = "2025-03-14"
        elif kind == FieldType.TIME:
            answers[field.id] = "07:30"
        elif kind == FieldType.LIST:
            answers[field.id] = ["First item", "Second item"]
        elif kind == FieldType.TABLE:
            answers[field.id] = [
                {c.id: (c.max if c.max is not None else "A cell") for c in field.columns}
            ]
    return answers


def record(module: Module, answers: dict[str, Any], times: int = 1) -> ModuleRecord:
    """What the app keeps of a module's latest finished entry, for other modules' formulas."""
    return ModuleRecord(module.id, times, answers, compute_results(module, answers), module)


def context_of(program: Program, **answers_by_module: dict[str, Any]) -> Context:
    """A context in which the named modules (``phq9=...``; ``_`` for ``-``) are finished once."""
    found: dict[str, ModuleRecord] = {}
    for name, answers in answers_by_module.items():
        module = program.module(name) or program.module(name.replace("_", "-"))
        assert module is not None, name
        found[module.id] = record(module, answers)
    return found


def full_context(program: Program) -> Context:
    """Every module of the program finished once, with every question answered."""
    return {m.id: record(m, full_answers(m)) for m in program.modules}
