"""The scoring key printed after a blank questionnaire, for the clinician (``--with-scoring``).

How each answer scores, how to total, the range and which way is better, the
severity bands, the outcome thresholds (reliable change, clinical cut-off, or the
Jacobson–Truax norms they come from), and the risk items with what raises them. All
of it is read from the module, so the key always matches what the app scores.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from workbook.core.language.expressions import expression_name
from workbook.core.language.model import Better, Field, FlagLevel, Module, Score
from workbook.core.printing.report_sections import table
from workbook.core.printing.text import para
from workbook.core.wording import format_number


def _scored_fields(module: Module, score: Score) -> list[Field]:
    """The questions the score's formula reads directly, in the module's order."""
    names = score.formula.names()
    return [f for f in module.fields if expression_name(f.id) in names and f.options]


def _option_scores(field: Field) -> str:
    return " · ".join(
        f"{o.label} = {format_number(o.score)}" for o in field.options if o.score is not None
    )


def _answers_part(module: Module, score: Score, width: float) -> list[Flowable]:
    fields = _scored_fields(module, score)
    if not fields:
        return []
    keys = {_option_scores(f) for f in fields}
    if len(keys) == 1:
        return [para(f"Each item scores: {keys.pop()}.", "body")]
    rows: list[list[Any]] = [[para(h, "cell_head") for h in ("Question", "Answers score")]]
    rows += [[para(f.label, "cell"), para(_option_scores(f), "cell")] for f in fields]
    return [para("Answers score (items scored differently are listed one by one):", "body"),
            table(rows, [width * 0.55, width * 0.45])]  # fmt: skip


def _range_words(score: Score) -> str:
    low, high = format_number(score.min), format_number(score.max)
    span = f"from {low} to {high}" if score.min is not None and score.max is not None else ""
    better = "lower is better" if score.better is Better.LOWER else "higher is better"
    return f"Range {span}; {better}." if span else f"{better.capitalize()}."


def _bands_table(score: Score, width: float) -> list[Flowable]:
    if not score.bands:
        return []
    rows: list[list[Any]] = [[para(h, "cell_head") for h in ("Score", "Band")]]
    for index, band in enumerate(score.bands):
        following = score.bands[index + 1].lower if index + 1 < len(score.bands) else None
        span = _band_span(band.lower, following, score.max)
        rows.append([para(span, "cell"), para(band.label, "cell")])
    return [table(rows, [width * 0.25, width * 0.75])]


def _band_span(lower: float, following: float | None, maximum: float | None) -> str:
    """ "10–14" for whole-number scores; "from 2.5 to below 3" otherwise."""
    if following is None:
        if maximum is None:
            return f"{format_number(lower)} or more"
        return f"{format_number(lower)}–{format_number(maximum)}"
    if float(lower).is_integer() and float(following).is_integer():
        return f"{format_number(lower)}–{format_number(following - 1)}"
    return f"from {format_number(lower)} to below {format_number(following)}"


def _thresholds(score: Score) -> list[Flowable]:
    said = []
    if score.reliable_change is not None:
        size = format_number(round(score.reliable_change, 2))
        said.append(f"Reliable change: a difference of {size} points or more between two times.")
    if score.caseness is not None:
        cut = format_number(round(score.caseness, 2))
        side = "or more" if score.better is Better.LOWER else "or less"
        said.append(f"Clinical range (caseness): {cut} {side}.")
    norms = score.norms
    if norms is not None:
        said.append(
            "Both worked out by the Jacobson–Truax method from reliability "
            f"{format_number(norms.reliability)}, clinical mean {format_number(norms.clinical_mean)} "
            f"(SD {format_number(norms.clinical_sd)}) and community mean "
            f"{format_number(norms.community_mean)} (SD {format_number(norms.community_sd)})."
        )
    return [para(text, "body") for text in said]


def _risk_items(module: Module) -> list[Flowable]:
    story: list[Flowable] = []
    for flag in module.flags:
        if flag.level is not FlagLevel.RISK:
            continue
        asked = [
            f"“{f.label}”" for f in module.fields if expression_name(f.id) in flag.when.names()
        ]
        about = f" ({', '.join(asked)})" if asked else ""
        story.append(
            para(
                f"Risk item{about}: raised when {flag.when.text}. An answer that raises it "
                "needs follow-up; the app shows the person their safety plan and crisis lines.",
                "body",
            )
        )
    return story


def scoring_key(module: Module, width: float) -> list[Flowable]:
    """A last part after the questionnaire: everything needed to score it by hand."""
    story: list[Flowable] = [PageBreak(), para(f"Scoring key — {module.title}", "h1")]
    story.append(para("For the clinician. Not part of the questionnaire.", "help"))
    for score in module.scores:
        part: list[Flowable] = [
            para(score.label, "h2"),
            *_answers_part(module, score, width),
            para(f"How to total: {score.formula.text}. {_range_words(score)}", "body"),
        ]
        story.append(KeepTogether(part))
        story += _bands_table(score, width)
        story.append(Spacer(1, 2 * mm))
        story += _thresholds(score)
        story.append(Spacer(1, 3 * mm))
    risks = _risk_items(module)
    if risks:
        story += [para("Risk", "h2"), *risks]
    return story
