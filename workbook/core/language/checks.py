"""Checks that need the whole program: names in formulas, requires, and trying every formula.

Each formula is checked three ways: its names must exist where it is written
(answers of this module, earlier scores, ``module.name`` of other modules), and it is
evaluated strictly on an empty and on a complete synthetic set of answers, so type
mismatches, choices without scores and divisions by zero are the author's errors
before anyone uses the module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from workbook.core.language.answers import answer_value, sample_answer
from workbook.core.language.choice_checks import check_choice_texts, field_lookup
from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.evaluation import (
    EvaluationError,
    MappingResolver,
    Value,
    as_number,
    evaluate,
    evaluate_strict,
)
from workbook.core.language.expressions import (
    Expression,
    dashed_module_words,
    dashed_modules,
    expression_name,
)
from workbook.core.language.header import Header
from workbook.core.language.model import Module, Source

MODULE_ATTRIBUTES = ("completed", "times")
RECOMMEND = "`recommend_when`"


class ProgramScope:
    """What formulas can see of the program's modules."""

    def __init__(self, modules: Sequence[Module]) -> None:
        self.modules = {expression_name(m.id): m for m in modules}

    def attribute_names(self, module: Module) -> list[str]:
        names = [*MODULE_ATTRIBUTES]
        names += [expression_name(s.id) for s in module.scores]
        names += [expression_name(f.id) for f in module.flags]
        names += [expression_name(f.id) for f in module.fields]
        return names

    def sample(self, full: bool) -> Callable[[str, str], Value]:
        def other(module_name: str, name: str) -> Value:
            module = self.modules.get(module_name)
            if module is None:
                return None
            if name == "completed":
                return full
            if name == "times":
                return 1 if full else 0
            if not full:
                return None
            for score in module.scores:
                if expression_name(score.id) == name:
                    return score.max if score.max is not None else 1
            if any(expression_name(f.id) == name for f in module.flags):
                return True
            for field in module.fields:
                if expression_name(field.id) == name:
                    return answer_value(field, sample_answer(field))
            return None

        return other


def check_module_formulas(
    module: Module, scope: ProgramScope, report: Report, broken: Iterable[str] = ()
) -> None:
    """Names, order and a strict trial run of every formula in ``module``.

    ``broken`` are ids of questions that could not be read (already reported).
    """
    own = [expression_name(f.id) for f in module.fields]
    fields = own + [b for b in broken if b not in own]
    scores = [expression_name(s.id) for s in module.scores]
    for index, field in enumerate(module.fields):
        if field.show_when is None:
            continue
        _names(field.show_when, fields, (), scope, report, "a condition")
        for ref in field.show_when.references():
            if ref.module is None and ref.name in own[index:]:
                where = field.show_when.column(ref.offset)
                if ref.name == own[index]:
                    report.error(
                        where, f"the question `{field.id}` cannot depend on its own answer"
                    )
                else:
                    report.warning(
                        where,
                        f"`{ref.name}` comes after the question `{field.id}`",
                        "a question can only depend on answers given before it",
                    )
    in_circle = _report_score_circles(module, report)
    for index, score in enumerate(module.scores):
        later = [s for s in scores[index:] if s not in in_circle]
        known = fields + scores[:index] + sorted(in_circle)
        _names(score.formula, known, later, scope, report, "a score")
    for flag in module.flags:
        _names(flag.when, fields + scores, (), scope, report, "a flag")
    if module.recommend_when is not None:
        _names(module.recommend_when, (), (), scope, report, RECOMMEND)
    lookup = field_lookup(module, scope.modules)
    for expression in _expressions(module):
        check_choice_texts(expression, lookup, report)
    failed: set[int] = set()
    for full in (True, False):
        _try(module, scope, full, report, failed)


def _expressions(module: Module) -> list[Expression]:
    """Every condition and formula written in ``module``."""
    found = [f.show_when for f in module.fields if f.show_when is not None]
    found += [s.formula for s in module.scores] + [f.when for f in module.flags]
    if module.recommend_when is not None:
        found.append(module.recommend_when)
    return found


def _report_score_circles(module: Module, report: Report) -> set[str]:
    """Report scores that use each other in a circle, once per circle; returns their names.

    "Move this score below it" would only move the error, so a circle is named as one.
    """
    scores = {expression_name(s.id): s for s in module.scores}
    uses = {name: [n for n in s.formula.names() if n in scores] for name, s in scores.items()}
    in_circle: set[str] = set()
    for name in scores:
        if name in in_circle:
            continue
        cycle = _cycle_from(name, uses)
        if not cycle or cycle[0] != name:
            continue
        in_circle.update(cycle)
        first = scores[cycle[0]]
        if len(cycle) == 1:
            message = f"the score `{name}` uses itself, so it can never be worked out"
        elif len(cycle) == 2:
            message = (
                f"the scores `{cycle[0]}` and `{cycle[1]}` depend on each other in a circle, "
                "so neither can be worked out"
            )
        else:
            chain = " → ".join(f"`{n}`" for n in [*cycle, cycle[0]])
            message = f"these scores depend on each other in a circle: {chain}"
        report.error(
            first.formula.source,
            message,
            "a circle of scores never ends: work one of them out from the answers alone",
        )
    return in_circle


def _dashed_module_names(
    expression: Expression, scope: ProgramScope, report: Report
) -> list[tuple[int, int]]:
    """``sleep-diary.total`` reads as ``sleep`` minus ``diary.total``: when ``sleep_diary``
    is a module, say that once instead of "no question `sleep`" and "no module `diary`"."""
    spans = []
    for module, name, start, end in dashed_modules(expression.text):
        if expression_name(module) in scope.modules:
            report.error(expression.column(start), *dashed_module_words(module, name))
            spans.append((start, end))
    return spans


def _names(
    expression: Expression,
    names: Sequence[str],
    later_scores: Sequence[str],
    scope: ProgramScope,
    report: Report,
    what: str,
) -> None:
    hidden = _dashed_module_names(expression, scope, report)
    for ref in expression.references():
        if any(start <= ref.offset < end for start, end in hidden):
            continue  # part of `sleep-diary.total`, already reported as one mistake
        where = expression.column(ref.offset)
        if ref.module is None:
            if ref.name in names:
                continue
            if ref.name in later_scores:
                report.error(
                    where,
                    f"the score `{ref.name}` is worked out after this one",
                    "scores are worked out from top to bottom: move this score below it",
                )
            elif what == RECOMMEND:
                report.error(
                    where,
                    f"`{ref.name}` here must name another module's result",
                    "write it as `module.name`, e.g. `phq9.total` or `intake.completed`",
                )
            else:
                hint = _module_hint(ref.name, scope) or _known_names_hint(ref.name, names)
                report.error(where, f"{what} uses `{ref.name}`, which is not a question here", hint)
            continue
        module = scope.modules.get(ref.module)
        if module is None:
            hint = did_you_mean(ref.module, scope.modules) or "check the module's `id:`"
            report.error(where, f"there is no module `{ref.module}` in this program", hint)
            continue
        attributes = scope.attribute_names(module)
        if ref.name not in attributes:
            hint = did_you_mean(ref.name, attributes) or (
                "a module has `completed`, `times`, its scores, flags and question ids"
            )
            report.error(
                expression.column(ref.offset + len(ref.module) + 1),
                f"the module `{module.id}` has no score, flag or question `{ref.name}`",
                hint,
            )


def _known_names_hint(name: str, names: Sequence[str]) -> str | None:
    """ "did you mean …?" with the names that exist, so a misspelling can be matched by eye."""
    if not names:
        return None
    guess = did_you_mean(name, names)
    unique = list(dict.fromkeys(names))
    listed = "the names here are " + ", ".join(f"`{n}`" for n in unique[:25])
    listed += ", …" if len(unique) > 25 else ""
    return f"{guess} ({listed})" if guess else listed


def _module_hint(name: str, scope: ProgramScope) -> str | None:
    if name in scope.modules:
        return f"to use a result of the module `{name}`, write e.g. `{name}.completed`"
    return None


def _try(module: Module, scope: ProgramScope, full: bool, report: Report, failed: set[int]) -> None:
    """Evaluate every formula strictly on empty (``full`` False) or complete answers."""
    values: dict[str, Value] = {}
    if full:
        for field in module.fields:
            values[expression_name(field.id)] = answer_value(field, sample_answer(field))
    resolver = MappingResolver(values, scope.sample(full))
    for field in module.fields:
        if field.show_when is not None:
            _strict(field.show_when, resolver, full, report, failed)
    for score in module.scores:
        result = _strict(score.formula, resolver, full, report, failed)
        try:
            values[expression_name(score.id)] = as_number(result)
        except EvaluationError as exc:
            if id(score.formula) not in failed:
                failed.add(id(score.formula))
                report.error(score.formula.source, exc.message, exc.hint)
    for flag in module.flags:
        _strict(flag.when, resolver, full, report, failed)
    if module.recommend_when is not None:
        _strict(module.recommend_when, resolver, full, report, failed)


def _strict(
    expression: Expression,
    resolver: MappingResolver,
    full: bool,
    report: Report,
    failed: set[int],
) -> Value:
    """Evaluate strictly; report a problem once per formula (complete answers are tried first)."""
    try:
        return evaluate_strict(expression, resolver)
    except EvaluationError as exc:
        where = expression.column(exc.offset)
        if id(expression) in failed:
            return None
        if full:
            failed.add(id(expression))
            report.error(where, exc.message, exc.hint)
        elif "divides by zero" in exc.message:
            report.warning(
                where,
                "when nothing is answered yet, this formula divides by zero",
                "the result stays blank then; check it with `answered(...)` or `count(...)`",
            )
        else:
            report.error(where, exc.message + " (when nothing is answered yet)", exc.hint)
        return evaluate(expression, resolver)


def check_requires(
    entries: Iterable[tuple[Module, Header]], report: Report, neighbours: Sequence[Module] = ()
) -> None:
    """Every ``requires`` names a module, and no chain of them leads back to where it started."""
    pairs = list(entries)
    ids = {m.id for m, _ in pairs} | {n.id for n in neighbours}
    graph: dict[str, list[str]] = {n.id: list(n.requires) for n in neighbours}
    where: dict[tuple[str, str], Source] = {}
    for module, header in pairs:
        graph[module.id] = []
        for required, source in header.requires:
            if required not in ids:
                hint = did_you_mean(required, ids) or "check the module's `id:` (not its file name)"
                report.error(
                    source, f"`requires` names `{required}`, which is not a module here", hint
                )
                continue
            graph[module.id].append(required)
            where[(module.id, required)] = source
    reported: set[frozenset[str]] = set()
    for start in graph:
        cycle = _cycle_from(start, graph)
        if (
            cycle
            and frozenset(cycle) not in reported
            and cycle[0] == start
            and (cycle[0], cycle[1] if len(cycle) > 1 else cycle[0]) in where
        ):
            reported.add(frozenset(cycle))
            chain = " → ".join([*cycle, cycle[0]])
            report.error(
                where[(cycle[0], cycle[1] if len(cycle) > 1 else cycle[0])],
                f"`requires` goes round in a circle: {chain}",
                "remove one of these `requires` so that some module can come first",
            )


def _cycle_from(start: str, graph: dict[str, list[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return path[path.index(node) :]
        if node in done:
            return None
        path.append(node)
        on_path.add(node)
        for nxt in graph.get(node, []):
            found = visit(nxt)
            if found:
                return found
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    return visit(start)
