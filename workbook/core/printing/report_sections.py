"""The progress report's later sections: goals with their reviews, check-in trends, and plans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from statistics import mean
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from workbook.core.goal_review import answered_parts
from workbook.core.language.model import Field, Module
from workbook.core.printing.field_forms import filled_field
from workbook.core.printing.filled_fields import is_answered
from workbook.core.printing.report_data import ReportData, entry_day, in_range
from workbook.core.printing.styles import SHADE, WRITE_LINE
from workbook.core.printing.table_widths import fitted_widths
from workbook.core.printing.text import para
from workbook.core.printing.words import printed, printed_day

CHECKIN_MEASURES = (
    ("mood", "Mood"),
    ("anxiety", "Anxiety"),
    ("sleep", "Sleep"),
    ("energy", "Energy"),
)
GOAL_STATUS_WORDS = {
    "active": "Working on it",
    "achieved": "Achieved",
    "paused": "Paused",
    "dropped": "Set aside",
}


def table(rows: list[list[Any]], widths: Sequence[float], head: bool = True) -> Table:
    """A plain grid with a shaded header row that repeats on every page.

    ``widths`` are the columns' shares of the table; a column grows past its share
    when that is what keeps its longest word whole.
    """
    fitted = fitted_widths(rows, sum(widths), widths)
    grid = Table(rows, colWidths=fitted, repeatRows=1 if head else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, WRITE_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    grid.setStyle(TableStyle(commands))
    return grid


def _day(day: date | None) -> str:
    return printed_day(day) if day else ""


def _review_words(review: Any) -> list[Flowable]:
    """Each answer of a review under its question, so the parts read apart on paper."""
    words: list[Flowable] = []
    for heading, text in answered_parts(review):
        words += [para(heading, "cell_head"), para(text, "cell"), Spacer(1, 1.5 * mm)]
    return words[:-1] or [para("", "cell")]


def goals_section(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), para(printed("goals"), "h1")]
    if not data.goals:
        return [*story, para(printed("no_goals"), "body")]
    for goal in data.goals:
        facts = [f"Status: {GOAL_STATUS_WORDS.get(goal.status, goal.status)}"]
        if goal.target_date:
            facts.append(f"target date {_day(goal.target_date)}")
        head: list[Flowable] = [
            para(goal.goal or "(untitled goal)", "h3"),
            para(", ".join(facts), "body"),
        ]
        if goal.first_step:
            head.append(para(f"First step: {goal.first_step}", "body"))
        story.append(KeepTogether(head))
        reviews = [r for r in goal.reviews if in_range(r.day, data.start, data.end)]
        if reviews:
            rows: list[list[Any]] = [
                [para(h, "cell_head") for h in ("Reviewed", "Progress", "Review")]
            ]
            for review in reviews:
                progress = "" if review.progress is None else f"{review.progress} of 10"
                rows.append(
                    [
                        para(_day(review.day), "cell"),
                        para(progress, "cell"),
                        _review_words(review),
                    ]
                )
            story.append(table(rows, [width * 0.25, width * 0.15, width * 0.6]))
        story.append(Spacer(1, 4 * mm))
    return story


def _average(values: Sequence[int | None]) -> str:
    present = [v for v in values if v is not None]
    return f"{mean(present):.1f}" if present else "–"


def checkin_section(
    checkins: Sequence[Any], width: float, chart: Callable[..., Flowable]
) -> list[Flowable]:
    """Four small trend charts (0–10) and average ratings for the first and last four weeks."""
    story: list[Flowable] = [CondPageBreak(110 * mm), para(printed("daily_checkins"), "h1")]
    if not checkins:
        return [*story, para(printed("no_checkins"), "body")]
    ordered = sorted(checkins, key=lambda c: c.day)
    first, last = ordered[0].day, ordered[-1].day
    story.append(
        para(
            printed("checkins_between", count=len(ordered), start=_day(first), end=_day(last)),
            "body",
        )
    )
    charts = [
        chart(
            [(c.day, float(getattr(c, key))) for c in ordered if getattr(c, key) is not None],
            label,
            width / 2 - 6,
        )
        for key, label in _checkin_measures()
    ]
    grid = Table([charts[:2], charts[2:]], colWidths=[width / 2] * 2, hAlign="LEFT")
    story += [grid, Spacer(1, 3 * mm)]
    early = [c for c in ordered if (c.day - first).days < 28]
    late = [c for c in ordered if (last - c.day).days < 28]
    rows: list[list[Any]] = [
        [
            para(h, "cell_head")
            for h in ("", printed("first_four_weeks"), printed("last_four_weeks"))
        ]
    ]
    for key, label in _checkin_measures():
        rows.append(
            [
                para(label, "cell"),
                para(_average([getattr(c, key) for c in early]), "cell"),
                para(_average([getattr(c, key) for c in late]), "cell"),
            ]
        )
    story += [
        para(printed("average_ratings"), "h3"),
        table(rows, [width * 0.3, width * 0.35, width * 0.35]),
    ]
    return story


def _checkin_measures() -> list[tuple[str, str]]:
    """The four check-in ratings, named in the language being printed."""
    return [(key, printed(f"checkin_{key}")) for key, _ in CHECKIN_MEASURES]


def answered_story(module: Module, entry: Any, width: float) -> list[Flowable]:
    """A module's answered questions under its page titles, without the reading text."""
    story: list[Flowable] = []
    for page_ in module.pages:
        answered: list[Field] = [f for f in page_.fields if is_answered(entry.answers.get(f.id))]
        if not answered:
            continue
        if page_.title:
            story.append(para(page_.title, "h3"))
        for field in answered:
            story += filled_field(field, entry.answers.get(field.id), width)
    return story


def plans_section(plans: Sequence[tuple[Module, Any]], width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for module, entry in plans:
        story += [
            PageBreak(),
            para(module.title, "h1"),
            para(f"Last completed {_day(entry_day(entry))}", "help"),
            *answered_story(module, entry, width),
        ]
    return story
