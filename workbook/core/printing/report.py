"""The progress report: what the person did, how their measures moved, and their plans, on paper.

It is made for bringing to therapy: a clinician summary page first (``report_summary``),
a cover that says it is a self-report summary, then each questionnaire score on a chart with its severity bands, first and latest
values, the outcome categories (``scoring.compare``), recovery status where the
questionnaire defines a clinical cut-off, any risk answers (marked on the chart too),
and the table of administrations;
then goals, check-in trends, plans and any entries the person chose to include.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Unpack

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from workbook.core.language.model import Program
from workbook.core.printing import page
from workbook.core.printing.charts import score_chart, trend_chart
from workbook.core.printing.report_data import (
    Measure,
    ReportChoices,
    ReportData,
    ReportSource,
    gather,
)
from workbook.core.printing.report_sections import (
    checkin_section,
    goals_section,
    plans_section,
    table,
)
from workbook.core.printing.report_summary import date_range_words, day_words, summary_page
from workbook.core.printing.results import boxed
from workbook.core.printing.text import para
from workbook.core.printing.words import printed, printing_in
from workbook.core.printing.worksheet import worksheet_story

SUMMARY_NOTE = (
    "This is a summary of what you wrote and scored yourself. It is not a diagnosis. "
    "Scores from questionnaires are a starting point for a conversation with your "
    "clinician, who can put them in context."
)


_day = day_words


def _cover(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 20 * mm), para(printed("progress_report"), "title")]
    if data.name:
        story.append(para(data.name, "large"))
    story += [
        para(data.program.title, "subtitle"),
        para(printed("dates", range=date_range_words(data.start, data.end)), "body"),
        para(printed("printed_on", day=_day(date.today())), "body"),
        Spacer(1, 8 * mm),
        boxed([para(printed("summary_note"), "body")], "note", width),
        Spacer(1, 6 * mm),
        para(printed("what_you_completed"), "h1"),
    ]
    if not data.completed:
        story.append(para(printed("nothing_completed"), "body"))
        return story
    rows: list[list[Any]] = [[para(printed(h), "cell_head") for h in ("module", "times", "last")]]
    for item in data.completed:
        rows.append(
            [
                para(item.module.title, "cell"),
                para(str(item.times), "cell"),
                para(_day(item.last), "cell"),
            ]
        )
    story.append(table(rows, [width * 0.6, width * 0.12, width * 0.28]))
    return story


def recovery_status(measure: Measure) -> str | None:
    """Where the latest score sits against the clinical cut-off, in words (None without one)."""
    from workbook.core.scoring import format_number, in_clinical_range

    score = measure.score
    if score.caseness is None:
        return None
    latest = measure.administrations[-1]
    now = in_clinical_range(score, latest.value)
    status = printed("in_clinical_range" if now else "outside_clinical_range")
    cut_off = format_number(round(score.caseness, 2))
    return printed("recovery_status", status=status, cut_off=cut_off)


def _score_words(value: float, band: str | None, day: date) -> str:
    from workbook.core.scoring import format_number

    band_words = f" ({band})" if band else ""
    return printed("score_on_day", value=format_number(value), band=band_words, day=_day(day))


def _measure(measure: Measure, width: float) -> list[Flowable]:
    from workbook.core.scoring import compare

    score, admins = measure.score, measure.administrations
    title = measure.module.title
    if len(measure.module.scores) > 1:
        title += f" — {score.label}"
    first, latest = admins[0], admins[-1]
    points = [(a.day, a.value) for a in admins]
    risk_days = [a.day for a in admins if a.risks]
    head: list[Flowable] = [
        para(title, "h2"),
        score_chart(points, score, width, risk_days=risk_days),
        Spacer(1, 3),
        para(
            printed("first_result", words=_score_words(first.value, first.band, first.day)), "body"
        ),
    ]
    if len(admins) > 1:
        latest_words = _score_words(latest.value, latest.band, latest.day)
        head.append(para(printed("latest_result", words=latest_words), "body"))
        head.append(para(compare(score, first.value, latest.value).describe(), "label"))
    status = recovery_status(measure)
    if status:
        head.append(para(status, "body"))
    for a in admins:
        for said in a.risks:
            head.append(para(printed("risk_answer_on_chart", said=said, day=_day(a.day)), "label"))
    with_risk = bool(risk_days)
    headings = ("date", "score", "band", "risk_answer") if with_risk else ("date", "score", "band")
    rows: list[list[Any]] = [[para(printed(h), "cell_head") for h in headings]]
    for a in admins:
        row = [para(_day(a.day), "cell"), para(f"{a.value:g}", "cell"), para(a.band or "", "cell")]
        if with_risk:
            row.append(para("; ".join(a.risks), "cell"))
        rows.append(row)
    shares = (0.22, 0.12, 0.24, 0.42) if with_risk else (0.4, 0.2, 0.4)
    return [
        CondPageBreak(90 * mm),
        KeepTogether(head),
        Spacer(1, 3),
        table(rows, [width * share for share in shares]),
        Spacer(1, 6 * mm),
    ]


def report_story(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if "measures" in data.sections:
        story += [*summary_page(data, width), PageBreak()]
    story += _cover(data, width)
    if "measures" in data.sections:
        story += [PageBreak(), para(printed("questionnaires_over_time"), "h1")]
        if not data.measures:
            story.append(para(printed("no_questionnaires"), "body"))
        for measure in data.measures:
            story += _measure(measure, width)
    if "goals" in data.sections:
        story += goals_section(data, width)
    if "checkins" in data.sections:
        story += checkin_section(data.checkins, width, trend_chart)
    if "plans" in data.sections:
        story += plans_section(data.plans, width)
    for module, entry in data.entries:
        story += [PageBreak(), *worksheet_story(module, "filled", width, entry)]
    return story


def render_report(data: ReportData, page_size: page.PageSize | None = None) -> bytes:
    """The report in the language its program was loaded in (``Program.language``)."""
    width = page.body_width(page_size)
    with printing_in(data.program.language):
        title = printed("progress_report")
        frame = page.PageFrame(
            header_left=data.program.title,
            header_right=f"{title}{f' — {data.name}' if data.name else ''}",
            confidential=True,
        )
        return page.build_pdf(report_story(data, width), frame, page_size=page_size, title=title)


def progress_report_pdf(
    workbook: ReportSource,
    program: Program,
    *,
    page_size: page.PageSize | None = None,
    **choices: Unpack[ReportChoices],
) -> bytes:
    """The progress report as PDF bytes, holding only the sections and dates the person chose.

    ``choices`` are ``start``, ``end``, ``include``, ``entry_ids`` and ``name``
    (see ``ReportChoices``).
    """
    return render_report(gather(workbook, program, **choices), page_size)
