"""What to do next: the rule Home's "Your next step" and every finish screen share.

Urgent suggestions come first (a safety plan after a worrying answer), then the draft
left off most recently, then measures due again (``workbook.core.schedule``), then other
suggestions, then the next module in the program's order whose requirements are met.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from workbook.core.i18n import translate

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.schedule import DueMeasure
    from workbook.core.scoring import Recommendation
    from workbook.core.store import Entry, ModuleProgress


@dataclass(frozen=True)
class NextStep:
    module: Module
    reason: str
    kind: Literal["urgent", "continue", "due", "recommended", "next"]
    entry_id: str | None = None  # the draft to carry on, if there is one


def next_steps(
    program: Program,
    progress: Mapping[str, ModuleProgress],
    drafts: Sequence[Entry],
    recommended: Sequence[Recommendation],
    limit: int = 3,
    due: Sequence[DueMeasure] = (),
    today: date | None = None,
) -> list[NextStep]:
    """Urgent suggestions first, then the draft left off most recently, then measures due
    again, then other suggestions, then the next module in the program's order."""
    steps: list[NextStep] = []
    seen: set[str] = set()

    def add(step: NextStep) -> None:
        if step.module.id not in seen and len(steps) < limit:
            seen.add(step.module.id)
            steps.append(step)

    for rec in recommended:
        if rec.urgent:
            add(NextStep(rec.module, rec.reason, "urgent", draft_for(drafts, rec.module.id)))
    for draft in sorted(drafts, key=lambda e: e.updated_at, reverse=True)[:1]:
        module = program.module(draft.module_id)
        if module is not None:
            add(
                NextStep(
                    module,
                    translate("NextSteps", "Carry on where you left off."),
                    "continue",
                    draft.id,
                )
            )
    for measure in due:
        why = measure.why(today or date.today())
        add(NextStep(measure.module, why, "due", draft_for(drafts, measure.module.id)))
    for rec in recommended:
        add(NextStep(rec.module, rec.reason, "recommended", draft_for(drafts, rec.module.id)))
    # a measure due again must not push the program's next module off the list
    if not steps or all(s.kind in ("urgent", "due") for s in steps):
        module = next_in_order(program, progress, started_too=False)
        if module is not None:
            add(
                NextStep(
                    module,
                    module.summary or translate("NextSteps", "Next in your program."),
                    "next",
                )
            )
    return steps


def after_finishing(
    program: Program,
    progress: Mapping[str, ModuleProgress],
    drafts: Sequence[Entry],
    recommended: Sequence[Recommendation],
    finished: str,
) -> NextStep | None:
    """The one step a finish screen offers after ``finished``: an urgent suggestion, else
    the next module in the program after it, else any other suggestion or draft.
    None when everything is done."""
    others = [r for r in recommended if r.module.id != finished]
    for rec in others:
        if rec.urgent:
            return NextStep(rec.module, rec.reason, "urgent", draft_for(drafts, rec.module.id))
    module = next_in_order(program, progress, after=finished)
    if module is not None:
        reason = module.summary or translate("NextSteps", "Next in your program.")
        draft = draft_for(drafts, module.id)
        return NextStep(module, reason, "continue" if draft else "next", draft)
    rest = [s for s in next_steps(program, progress, drafts, others) if s.module.id != finished]
    return rest[0] if rest else None


def next_in_order(
    program: Program,
    progress: Mapping[str, ModuleProgress],
    after: str | None = None,
    *,
    started_too: bool = True,
) -> Module | None:
    """The first module offered in order (``in_order``) not yet done (with
    ``started_too=False``: not yet started) whose requirements are met, looking from just after ``after`` to the end and then from the
    start (so nothing earlier is forgotten)."""
    wanted = {"not_started", "in_progress"} if started_too else {"not_started"}
    modules = list(program.modules)
    start = next((i + 1 for i, m in enumerate(modules) if m.id == after), 0)
    for module in modules[start:] + modules[:start]:
        if module.id == after or not module.in_order:
            continue
        if status(progress, module.id) in wanted and requirements_met(module, progress):
            return module
    return None


def status(progress: Mapping[str, ModuleProgress], module_id: str) -> str:
    record = progress.get(module_id)
    return "not_started" if record is None else record.status


def requirements_met(module: Module, progress: Mapping[str, ModuleProgress]) -> bool:
    return all(status(progress, req) == "completed" for req in module.requires)


def draft_for(drafts: Sequence[Entry], module_id: str) -> str | None:
    return next((d.id for d in drafts if d.module_id == module_id), None)
