"""Which modules to suggest next, from the results so far.

Suggestions that follow from a raised flag (for example thoughts of self-harm
pointing to the safety plan) come first; the rest follow the program's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbook.core.language.evaluation import MappingResolver, evaluate, truthy
from workbook.core.language.expressions import expression_name
from workbook.core.language.model import Module, Program
from workbook.core.scoring.results import Context, _Others


@dataclass(frozen=True)
class Recommendation:
    module: Module
    reason: str
    #: follows from a raised flag (risk first)
    urgent: bool = False


def recommendations(program: Program, context: Context) -> list[Recommendation]:
    others = _Others(context, program)
    resolver = MappingResolver({}, others)
    found: list[tuple[int, int, Recommendation]] = []
    for index, module in enumerate(program.modules):
        if module.recommend_when is None:
            continue
        record = context.get(module.id)
        if record is not None and record.times_completed > 0 and not module.repeatable:
            continue
        if not truthy(evaluate(module.recommend_when, resolver)):
            continue
        urgent = _uses_flag(module, program)
        reason = module.recommend_reason or _default_reason(module, program)
        found.append((0 if urgent else 1, index, Recommendation(module, reason, urgent)))
    return [r for _, _, r in sorted(found, key=lambda t: (t[0], t[1]))]


def _referenced(module: Module, program: Program) -> list[tuple[Module, str]]:
    if module.recommend_when is None:
        return []
    by_name = {expression_name(m.id): m for m in program.modules}
    return [
        (by_name[ref.module], ref.name)
        for ref in module.recommend_when.references()
        if ref.module is not None and ref.module in by_name
    ]


def _uses_flag(module: Module, program: Program) -> bool:
    return any(
        any(expression_name(f.id) == name for f in other.flags)
        for other, name in _referenced(module, program)
    )


def _default_reason(module: Module, program: Program) -> str:
    titles = list(dict.fromkeys(other.title for other, _ in _referenced(module, program)))
    if not titles:
        return "Suggested for you at this point in the program."
    return f"Suggested because of your answers in {' and '.join(titles[:2])}."
