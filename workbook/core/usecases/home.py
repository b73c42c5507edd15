"""What Home shows: stage progress, next steps, goals due, recent results, today's check-in.

Worked out here, without Qt, so the rules are easy to read and to test; the Home
screen only lays ``HomeSummary`` out. Which goals are due is ``goal_review``'s rule,
the same one the Goals screen uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from workbook.core.i18n import translate

if TYPE_CHECKING:
    from workbook.core.authoring.packs.assignment import AssignedStep
    from workbook.core.language.model import Module, Program, Stage
    from workbook.core.scoring import Context, Recommendation
    from workbook.core.store import CheckIn, Entry, Goal, ModuleProgress, Workbook

from workbook.core.goal_review import DueGoal, goals_due

# the next-step rule has its own home (finish screens use it too); Home shows it
from workbook.core.next_steps import NextStep as NextStep
from workbook.core.next_steps import next_steps as next_steps
from workbook.core.next_steps import status as _status

#: How many recent questionnaire results Home lists.
RECENT_RESULTS = 4


@dataclass(frozen=True)
class StageProgress:
    stage: Stage
    done: int
    started: int
    total: int

    @property
    def summary(self) -> str:
        if self.total == 0:
            return translate("StageProgress", "No modules yet")
        text = translate("StageProgress", "{done} of {total} done").format(
            done=self.done, total=self.total
        )
        if self.started:
            text += translate("StageProgress", ", {started} in progress").format(
                started=self.started
            )
        return text


@dataclass(frozen=True)
class RecentResult:
    entry: Entry
    module: Module
    summary: str  # "Total score 12 — Moderate"
    when: datetime


def stage_progress(program: Program, progress: Mapping[str, ModuleProgress]) -> list[StageProgress]:
    """For each stage: how many of its modules are done and how many are started.

    A module kept out of the running order (``in_order: false``, such as the PCL-5)
    counts only once the person has opened it: a stage is not "4 of 8 done" for
    someone who has done everything it asks of them."""
    found = []
    for stage in program.stages:
        modules = [
            m
            for m in program.modules_in(stage.id)
            if m.in_order or _status(progress, m.id) != "not_started"
        ]
        done = sum(1 for m in modules if _status(progress, m.id) == "completed")
        started = sum(1 for m in modules if _status(progress, m.id) == "in_progress")
        found.append(StageProgress(stage, done, started, len(modules)))
    return found


def recent_results(
    program: Program, entries_by_module: Mapping[str, Sequence[Entry]], limit: int = 4
) -> list[RecentResult]:
    """The latest scored results across modules, newest first."""
    from workbook.core.scoring import Results

    found = []
    for module_id, entries in entries_by_module.items():
        module = program.module(module_id)
        if module is None or not module.scores:
            continue
        for entry in entries[:limit]:
            if not entry.results:
                continue
            results = Results.from_json(module, entry.results)
            main = next((r for r in results.scores if r.value is not None), None)
            if main is None:
                continue
            summary = f"{main.score.label} {main.display}"
            if main.band is not None:
                summary += f" — {main.band.label}"
            when = entry.completed_at or entry.updated_at
            found.append(RecentResult(entry, module, summary, when))
    found.sort(key=lambda r: r.when, reverse=True)
    return found[:limit]


@dataclass(frozen=True)
class HomeSummary:
    """Everything Home shows about the open workbook on ``today``."""

    stages: list[StageProgress]
    next_steps: list[NextStep]
    goals_due: list[DueGoal[Goal]]
    active_goals: int
    recent_results: list[RecentResult]
    todays_checkin: CheckIn | None
    #: the modules a clinician's pack assigns, in their order ("From your clinician")
    from_clinician: list[AssignedStep] = field(default_factory=list)


def suggestions(program: Program, context: Context) -> list[Recommendation]:
    """Modules the program suggests now, given what was recorded (Home and the Program
    outline show the same ones)."""
    from workbook.core.scoring import recommendations

    return list(recommendations(program, context))


def home_summary(
    program: Program, workbook: Workbook, context: Context, today: date
) -> HomeSummary:
    """Read what Home needs from the workbook and decide what it shows."""
    from workbook.core.authoring.packs.assignment import (
        assigned_ids,
        clinician_steps,
        last_finished_of,
    )
    from workbook.core.authoring.packs.installed import installed_packs
    from workbook.core.schedule import due_measures, last_finished

    progress = workbook.progress()
    due = due_measures(program, last_finished(program, workbook), today)
    drafts = workbook.entries(status="draft")
    recommended = suggestions(program, context)
    goals = workbook.goals()
    scored: dict[str, list[Entry]] = {
        module.id: workbook.entries(module.id, status="complete", limit=RECENT_RESULTS)
        for module in program.modules
        if module.scores and module.id in progress
    }
    todays = workbook.checkins(today, today)
    packs = installed_packs()
    assigned = last_finished_of(workbook, assigned_ids(packs))
    return HomeSummary(
        stages=stage_progress(program, progress),
        next_steps=next_steps(program, progress, drafts, recommended, due=due, today=today),
        goals_due=goals_due(goals, today),
        active_goals=sum(1 for g in goals if g.status == "active"),
        recent_results=recent_results(program, scored, limit=RECENT_RESULTS),
        todays_checkin=todays[-1] if todays else None,
        from_clinician=clinician_steps(program, packs, assigned, today),
    )
