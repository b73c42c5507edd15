"""What goes into a progress report, gathered from a workbook for a date range and nothing more.

Gathering is separate from layout so the person's choices (which sections, which
dates, which entries) are applied in one place, before anything is drawn: what they
left out never reaches the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Module, Program, Score
from workbook.core.plans import PLAN_MODULE_IDS
from workbook.core.wording.dates import date_in_words

if TYPE_CHECKING:
    from workbook.core.scoring import RaisedRisk

SECTIONS = ("measures", "goals", "checkins", "plans", "entries")
DEFAULT_SECTIONS = ("measures", "goals", "checkins", "plans")
#: Periods the app offers for a report: (days back from today, words); None is all dates.
REPORT_PERIODS: tuple[tuple[int | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("ReportPeriods", "All dates")),
    (28, QT_TRANSLATE_NOOP("ReportPeriods", "The last 4 weeks")),
    (91, QT_TRANSLATE_NOOP("ReportPeriods", "The last 3 months")),
    (182, QT_TRANSLATE_NOOP("ReportPeriods", "The last 6 months")),
    (365, QT_TRANSLATE_NOOP("ReportPeriods", "The last year")),
)


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
    #: risk answers given in this administration, briefly ("item 9 answered “Several days”")
    risks: tuple[str, ...] = ()


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
    #: every risk flag raised in the dates, oldest first (with the measures section)
    risks: list[RaisedRisk] = field(default_factory=list)
    entries: list[tuple[Module, Any]] = field(default_factory=list)


def period_dates(days: int | None, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period of ``days`` days ending ``today`` (None: all dates)."""
    if days is None:
        return None, None
    return today - timedelta(days=days - 1), today


def check_dates(start: date | None, end: date | None) -> None:
    """ValueError in words when the chosen dates cannot make a report."""
    if start is not None and end is not None and start > end:
        raise ValueError(
            f"The report would start on {date_in_words(start)} but end before it, on "
            f"{date_in_words(end)}: choose a start on or before the end."
        )


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
    from workbook.core.scoring import raised_risks, saved_results

    risks: dict[str, list[str]] = {}
    for risk in raised_risks(module, entries):
        risks.setdefault(risk.entry_id, []).extend(risk.brief)
    per_score: dict[str, list[Administration]] = {s.id: [] for s in module.scores}
    for entry in sorted(entries, key=entry_day):
        results = saved_results(module, entry.answers, entry.results)
        for item in results.scores:
            if item.value is not None and item.score.id in per_score:
                band = item.band.label if item.band is not None else None
                said = tuple(risks.get(entry.id, ()))
                per_score[item.score.id].append(
                    Administration(entry_day(entry), item.value, band, said)
                )
    return [
        Measure(module, score, tuple(per_score[score.id]))
        for score in module.scores
        if per_score[score.id]
    ]


def gather(
    workbook: ReportSource, program: Program, **choices: Unpack[ReportChoices]
) -> ReportData:
    """Read only what the chosen sections need, within the date range."""
    from workbook.core.scoring import raised_risks

    start, end = choices.get("start"), choices.get("end")
    check_dates(start, end)
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
        if "measures" in sections and done and module.flags:
            data.risks.extend(raised_risks(module, done))
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
    data.risks.sort(key=lambda risk: risk.when)
    return data
