"""What goes into a progress report, gathered from a workbook for a date range and nothing more.

Gathering is separate from layout so the person's choices (which sections, which
dates, which entries) are applied in one place, before anything is drawn: what they
left out never reaches the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypedDict, Unpack

from workbook.core.language.model import Module, Program, Score

SECTIONS = ("measures", "goals", "checkins", "plans", "entries")
DEFAULT_SECTIONS = ("measures", "goals", "checkins", "plans")
#: Modules whose answers are the person's plans for hard times, in the order they print.
PLAN_MODULE_IDS = ("relapse-plan", "safety-plan")


class ReportSource(Protocol):
    """The part of a store ``Workbook`` a report reads."""

    @property
    def name(self) -> str: ...
    def entries(self, module_id: str | None = None, status: str | None = None) -> list[Any]: ...
    def goals(self, status: str | None = None) -> list[Any]: ...
    def checkins(self, start: date | None = None, end: date | None = None) -> list[Any]: ...


class ReportChoices(TypedDict, total=False):
    """What the person chose to put in a report; whatever they leave out takes its default."""

    start: date | None  # first day (default: the beginning)
    end: date | None  # last day (default: today)
    include: Iterable[str]  # sections, from SECTIONS (default: DEFAULT_SECTIONS)
    entry_ids: Sequence[str]  # entries to print in full
    name: str | None  # for the cover (default: no name)


@dataclass(frozen=True)
class Administration:
    """One completed entry's value of one score."""

    day: date
    value: float
    band: str | None


@dataclass(frozen=True)
class Measure:
    module: Module
    score: Score
    administrations: tuple[Administration, ...]


@dataclass(frozen=True)
class Completed:
    module: Module
    times: int
    last: date


@dataclass
class ReportData:
    program: Program
    start: date | None
    end: date | None
    sections: tuple[str, ...]
    name: str | None = None
    completed: list[Completed] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    goals: list[Any] = field(default_factory=list)
    checkins: list[Any] = field(default_factory=list)
    plans: list[tuple[Module, Any]] = field(default_factory=list)  # (module, latest entry)
    entries: list[tuple[Module, Any]] = field(default_factory=list)


def entry_day(entry: Any) -> date:
    """The day an entry counts for: when it was completed, else when it was started."""
    when: datetime = getattr(entry, "completed_at", None) or entry.created_at
    return when.date()


def in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def check_sections(include: Iterable[str]) -> tuple[str, ...]:
    """The chosen sections, checked; ValueError names the ones that exist."""
    chosen = tuple(dict.fromkeys(s.strip().lower() for s in include if s.strip()))
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise ValueError(
            f"Unknown report section {unknown[0]!r}: choose from {', '.join(SECTIONS)}."
        )
    return chosen


def _measures(module: Module, entries: Sequence[Any]) -> list[Measure]:
    from workbook.core.printing.worksheet import entry_results

    per_score: dict[str, list[Administration]] = {s.id: [] for s in module.scores}
    for entry in sorted(entries, key=entry_day):
        results = entry_results(module, entry)
        for item in results.scores:
            if item.value is not None and item.score.id in per_score:
                band = item.band.label if item.band is not None else None
                per_score[item.score.id].append(Administration(entry_day(entry), item.value, band))
    return [
        Measure(module, score, tuple(per_score[score.id]))
        for score in module.scores
        if per_score[score.id]
    ]


def gather(
    workbook: ReportSource, program: Program, **choices: Unpack[ReportChoices]
) -> ReportData:
    """Read only what the chosen sections need, within the date range."""
    start, end = choices.get("start"), choices.get("end")
    sections = check_sections(choices.get("include", DEFAULT_SECTIONS))
    data = ReportData(program, start, end, sections, choices.get("name"))
    complete = [e for e in workbook.entries(status="complete") if in_range(entry_day(e), start, end)]  # fmt: skip
    by_module: dict[str, list[Any]] = {}
    for entry in complete:
        by_module.setdefault(entry.module_id, []).append(entry)
    for module in program.modules:
        done = by_module.get(module.id, [])
        if done:
            data.completed.append(Completed(module, len(done), max(entry_day(e) for e in done)))
        if "measures" in sections and done and module.scores:
            data.measures.extend(_measures(module, done))
    if "goals" in sections:
        data.goals = list(workbook.goals())
    if "checkins" in sections:
        data.checkins = list(workbook.checkins(start, end))
    if "plans" in sections:
        for plan_id in PLAN_MODULE_IDS:
            plan = program.module(plan_id)
            latest = workbook.entries(module_id=plan_id, status="complete") if plan else []
            if plan is not None and latest:
                data.plans.append((plan, latest[0]))
    entry_ids = choices.get("entry_ids", ())
    wanted = set(entry_ids) if "entries" in sections or entry_ids else set()
    for entry in workbook.entries() if wanted else []:
        chosen = program.module(entry.module_id)
        if entry.id in wanted and chosen is not None:
            data.entries.append((chosen, entry))
    data.entries.sort(key=lambda pair: entry_day(pair[1]))
    return data
