"""What the Progress screen draws, gathered from the store without Qt: one series per score,
check-in trends for a window of days, and the modules finished so far.

Reads only what it needs: each scored module's finished entries, and the check-ins
in the chosen window, so a workbook with years of daily entries stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate
from workbook.core.language.model import Module, Program, Score
from workbook.core.scoring import Change, RaisedRisk, compare, format_number, raised_risks

# The entries risk answers are read from are the ones charted here: one shape for both.
from workbook.core.scoring.risk import EntryLike
from workbook.core.wording.dates import date_in_words

#: The check-in ratings, in the order they are drawn, with the words shown for them.
CHECKIN_RATINGS = (
    ("mood", QT_TRANSLATE_NOOP("ProgressData", "Mood")),
    ("anxiety", QT_TRANSLATE_NOOP("ProgressData", "Anxiety")),
    ("sleep", QT_TRANSLATE_NOOP("ProgressData", "Sleep")),
    ("energy", QT_TRANSLATE_NOOP("ProgressData", "Energy")),
)
#: Windows the person can pick for check-in trends (days).
CHECKIN_WINDOWS = (30, 90, 365)


class ProgressLike(Protocol):
    @property
    def times_completed(self) -> int: ...
    @property
    def completed_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class MeasurePoint:
    """One administration of a score."""

    when: datetime
    value: float
    band: str | None
    entry_id: str
    #: risk flags this administration raised, so charts can mark it
    risks: tuple[RaisedRisk, ...] = ()


@dataclass(frozen=True)
class MeasureSeries:
    """Every administration of one score of one module, oldest first."""

    module: Module
    score: Score
    points: tuple[MeasurePoint, ...]

    @property
    def title(self) -> str:
        if len(self.module.scores) == 1:
            return self.module.title
        return f"{self.module.title}: {self.score.label}"

    @property
    def low(self) -> float:
        values = [p.value for p in self.points]
        return min([v for v in (self.score.min,) if v is not None] + values)

    @property
    def high(self) -> float:
        values = [p.value for p in self.points]
        return max([v for v in (self.score.max,) if v is not None] + values)

    @property
    def change(self) -> Change | None:
        """First to latest, when there are at least two administrations."""
        if len(self.points) < 2:
            return None
        return compare(self.score, self.points[0].value, self.points[-1].value)

    def summary(self) -> str:
        """One sentence for screen readers and the card heading."""
        latest = self.points[-1]
        band = f" ({latest.band})" if latest.band else ""
        count = len(self.points)
        text = translate(
            "MeasureSeries", "%n result(s); latest {score}{band} on {date}", None, count
        ).format(score=format_number(latest.value), band=band, date=date_in_words(latest.when))
        change = self.change
        text = f"{text}. {change.describe()}." if change else f"{text}."
        risks = [r for p in self.points for r in p.risks]
        if risks:
            text += (
                translate("MeasureSeries", " Risk answers: ")
                + "; ".join(r.words() for r in risks)
                + "."
            )
        return text


def _value(results: Mapping[str, Any] | None, score_id: str) -> float | None:
    scores = results.get("scores") if isinstance(results, Mapping) else None
    value = scores.get(score_id) if isinstance(scores, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def series_for(module: Module, entries: Iterable[EntryLike]) -> list[MeasureSeries]:
    """One series per score of ``module`` from its finished entries (any order)."""
    ordered = sorted(entries, key=lambda e: e.completed_at or e.updated_at)
    risks: dict[str, list[RaisedRisk]] = {}
    for risk in raised_risks(module, ordered):
        risks.setdefault(risk.entry_id, []).append(risk)
    found = []
    for score in module.scores:
        points = []
        for entry in ordered:
            value = _value(entry.results, score.id)
            if value is None:
                continue
            band = score.band_for(value)
            when = entry.completed_at or entry.updated_at
            raised = tuple(risks.get(entry.id, ()))
            label = band.label if band else None
            points.append(MeasurePoint(when, value, label, entry.id, raised))
        if points:
            found.append(MeasureSeries(module, score, tuple(points)))
    return found


def measure_series(program: Program, workbook: Any) -> list[MeasureSeries]:
    """Every scored module's series, in program order, reading only scored modules."""
    progress: Mapping[str, ProgressLike] = workbook.progress()
    found: list[MeasureSeries] = []
    for module in program.modules:
        done = progress.get(module.id)
        if not module.scores or done is None or done.times_completed <= 0:
            continue
        found += series_for(module, workbook.entries(module.id, status="complete"))
    return found


def checkin_window(days: int, today: date | None = None) -> tuple[date, date]:
    """The first and last day of a window of ``days`` days ending today."""
    end = today or date.today()
    return end - timedelta(days=days - 1), end


def checkin_rows(checkins: Sequence[Any]) -> list[tuple[date, dict[str, int | None]]]:
    """(day, {rating: value}) for each check-in, oldest first."""
    rows = [(c.day, {key: getattr(c, key) for key, _ in CHECKIN_RATINGS}) for c in checkins]
    return sorted(rows, key=lambda row: row[0])


@dataclass(frozen=True)
class CompletedModule:
    module_id: str
    title: str
    stage: str
    times: int
    last: datetime | None


def completed_modules(
    program: Program, progress: Mapping[str, ProgressLike]
) -> list[CompletedModule]:
    """Modules finished at least once, in program order, with how often and when last."""
    stages = {stage.id: stage.title for stage in program.stages}
    found = []
    for module in program.modules:
        done = progress.get(module.id)
        if done is None or done.times_completed <= 0:
            continue
        found.append(
            CompletedModule(
                module.id,
                module.title,
                stages.get(module.stage, module.stage.capitalize()),
                done.times_completed,
                done.completed_at,
            )
        )
    return found
