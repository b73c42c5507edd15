"""Scores, bands and flags on paper, always with the words that keep them in proportion.

Every printed result says it is a self-report, not a diagnosis; a raised risk flag
prints the crisis note with the emergency number and helplines for the person's
country (``workbook.core.crisis``), so the paper is as safe as the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from workbook.core.language.model import Flag, FlagLevel
from workbook.core.printing.styles import CALLOUT_COLOURS
from workbook.core.printing.text import para
from workbook.core.printing.words import printed

SELF_REPORT = (
    "These results are a self-report, not a diagnosis. "
    "Talk them through with your clinician or doctor."
)


def crisis_lines(country: str | None = None) -> list[str]:
    """What to do in a crisis, as short lines: emergency number first, then helplines."""
    from workbook.core import crisis

    try:
        directory = crisis.load_directory()
    except crisis.CrisisDataError:
        return ["If you are in danger now, call your local emergency number."]
    code = country if country is not None else crisis.chosen_country()
    lines = directory.for_country(code)
    out = [
        f"If you are in danger now, call {lines.emergency_phrase} "
        "or go to the nearest emergency department."
    ]
    for line in lines.lines:
        how = [p for p in (line.phone and f"call {line.phone}", line.text_instruction) if p]
        if line.website and not how:
            how.append(line.website)
        detail = f"{line.name}: {'; '.join(how)}" if how else line.name
        if line.hours:
            detail += f" ({line.hours})"
        out.append(detail)
    return out


def boxed(flowables: list[Flowable], kind: str, width: float) -> Flowable:
    """Flowables in a tinted box with a coloured bar, like a callout on screen."""
    fill, bar = CALLOUT_COLOURS.get(kind, CALLOUT_COLOURS["note"])
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def crisis_box(width: float, message: str | None = None, country: str | None = None) -> Flowable:
    """The crisis note: the flag's own words (if any), then where to get help now."""
    parts: list[Flowable] = []
    if message:
        parts.append(para(message, "label"))
    lines = crisis_lines(country)
    parts.append(para(lines[0], "body"))
    parts.extend(para(line, "small") for line in lines[1:])
    return KeepTogether([boxed(parts, "crisis", width), Spacer(1, 6)])


def _flag_box(flag: Flag, width: float, country: str | None) -> Flowable:
    if flag.level is FlagLevel.RISK:
        return crisis_box(width, flag.message, country)
    kind = "warning" if flag.level is FlagLevel.WARNING else "note"
    return KeepTogether([boxed([para(flag.message, "body")], kind, width), Spacer(1, 6)])


def score_line(value: float | None, maximum: float | None) -> str:
    if value is None:
        return printed("not_enough_to_score")
    shown = f"{value:g}"
    return (
        printed("score_out_of", value=shown, maximum=f"{maximum:g}")
        if maximum is not None
        else shown
    )


def results_flowables(results: Any, width: float, country: str | None = None) -> list[Flowable]:
    """Each score with its band and what it means, then any flags raised, then the disclaimer."""
    story: list[Flowable] = [para(printed("results"), "h1")]
    for item in results.scores:
        score = item.score
        lines = [para(f"{score.label}: {score_line(item.value, score.max)}", "label")]
        band = item.band
        if band is not None:
            lines.append(para(f"{band.label} — {band.interpretation}", "body"))
        story += lines
    flags: Sequence[Flag] = results.flags
    if flags:
        story.append(Spacer(1, 4))
        story.extend(_flag_box(flag, width, country) for flag in flags)
    story += [Spacer(1, 2 * mm), para(printed("self_report"), "help")]
    return story
