"""The progress report's first page, for the clinician: every measure, risk answer and goal at a glance.

One row per measure (first and latest score with dates, latest band, change category,
recovery status, number of administrations), then every risk answer in the dates with
the crisis lines, then each goal's status. It is meant to fit on one page, before the
charts, so a clinician can read the whole picture in a minute.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workbook.core.goal_review import status_words
from workbook.core.printing.report_data import Measure, ReportData
from workbook.core.printing.report_sections import table
from workbook.core.printing.results import boxed, crisis_lines
from workbook.core.printing.text import para
from workbook.core.printing.words import printed, printed_day

HEADINGS = ("Measure", "First", "Latest", "Band", "Change", "Recovery", "Times")
#: the same headings as catalogue keys, printed in the report's language
HEADING_KEYS = ("measure", "first", "latest", "band", "change", "recovery", "times")
# "Change" is sized for its longest word ("deterioration") on A4, the narrower paper:
# at 0.15 reportlab split "improvement" across two lines there.
COLUMN_SHARES = (0.2, 0.12, 0.12, 0.12, 0.19, 0.15, 0.1)


def day_words(day: date | None) -> str:
    return printed_day(day) if day else ""


def short_day(day: date) -> str:
    """ "1 Jan 2024": short enough for a table cell."""
    return printed_day(day, month="short")


def date_range_words(start: date | None, end: date | None) -> str:
    if start and end:
        return printed("range_between", start=day_words(start), end=day_words(end))
    if start:
        return printed("range_from", day=day_words(start))
    if end:
        return printed("range_up_to", day=day_words(end))
    return printed("all_dates")


def measure_name(measure: Measure) -> str:
    title = measure.module.title
    return f"{title} — {measure.score.label}" if len(measure.module.scores) > 1 else title


def measure_row(measure: Measure) -> list[str]:
    """The words of one row: first and latest with dates, band, change, recovery, count."""
    from workbook.core.scoring import compare, format_number

    admins = measure.administrations
    first, latest = admins[0], admins[-1]
    change_words, recovery_words = "Only one result", ""
    if len(admins) > 1:
        change = compare(measure.score, first.value, latest.value)
        change_words = change.category_words or change.describe()
        recovery_words = change.recovery_label or ""
    elif measure.score.caseness is not None:
        recovery_words = "Needs two results"
    return [
        measure_name(measure),
        printed(
            "score_on_day", value=format_number(first.value), band="", day=short_day(first.day)
        ),
        printed(
            "score_on_day", value=format_number(latest.value), band="", day=short_day(latest.day)
        )
        if len(admins) > 1
        else "",
        latest.band or "",
        change_words,
        recovery_words,
        str(len(admins)),
    ]


def _latest_review(goal: Any) -> str:
    reviews = [r for r in getattr(goal, "reviews", ()) if r.progress is not None]
    if not reviews:
        return "Not reviewed yet"
    latest = max(reviews, key=lambda r: r.day)
    return f"{latest.progress} of 10 on {short_day(latest.day)}"


def summary_page(data: ReportData, width: float) -> list[Flowable]:
    """The clinician summary: measures, risk answers in the dates, and goals' status."""
    story: list[Flowable] = [
        para(printed("clinician_summary"), "title"),
        para(
            f"{data.name + ' — ' if data.name else ''}{data.program.title}. "
            + printed("summary_line", range=date_range_words(data.start, data.end)),
            "help",
        ),
        para(printed("measures"), "h2"),
    ]
    if data.measures:
        rows: list[list[Any]] = [[para(printed(h), "cell_head") for h in HEADING_KEYS]]
        rows += [[para(cell, "cell") for cell in measure_row(m)] for m in data.measures]
        story.append(table(rows, [width * share for share in COLUMN_SHARES]))
    else:
        story.append(para(printed("no_questionnaires"), "body"))
    story += [Spacer(1, 3 * mm), para(printed("risk_answers_in_dates"), "h2")]
    if data.risks:
        risk_rows = [para(f"• {risk.words()}.", "body") for risk in data.risks]
        help_lines = [
            para(printed("crisis_lines"), "label"),
            *(para(line, "small") for line in crisis_lines()),
        ]
        story += [*risk_rows, boxed(help_lines, "crisis", width)]
    else:
        story.append(para(printed("no_risk_answers"), "body"))
    if "goals" in data.sections:
        story += [Spacer(1, 3 * mm), para(printed("goals"), "h2")]
        if data.goals:
            goal_rows: list[list[Any]] = [
                [
                    para(printed(h), "cell_head")
                    for h in ("goal", "status", "target_date", "latest_review")
                ]
            ]
            for goal in data.goals:
                goal_rows.append(
                    [
                        para(goal.goal or "(untitled goal)", "cell"),
                        para(status_words(goal.status), "cell"),
                        para(day_words(goal.target_date), "cell"),
                        para(_latest_review(goal), "cell"),
                    ]
                )
            story.append(table(goal_rows, [width * 0.42, width * 0.16, width * 0.18, width * 0.24]))
        else:
            story.append(para(printed("no_goals"), "body"))
    return story
