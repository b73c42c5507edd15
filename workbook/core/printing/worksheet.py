"""A module as a printed worksheet: blank for a pen, fillable in a PDF reader, or filled in.

The worksheet reads the same model as the screen: prose, callouts and questions in
the author's order, page by page. A filled worksheet adds the entry's date, answers,
scores, bands and flags, and every page says it holds personal health information.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from workbook.core.language.model import Callout, CalloutKind, Field, Module, Page, Prose
from workbook.core.printing import page
from workbook.core.printing.field_forms import filled_field, form_field
from workbook.core.printing.filled_fields import is_answered
from workbook.core.printing.form_fields import needs_turned_page
from workbook.core.printing.markdown_flow import markdown_flowables
from workbook.core.printing.results import boxed, crisis_lines, results_flowables
from workbook.core.printing.styles import MUTED
from workbook.core.printing.text import glue_headings, para
from workbook.core.printing.widgets import WritingLines
from workbook.core.printing.words import printed, printed_day, printing_in, printing_language

Mode = Literal["blank", "fillable", "filled"]
MODES: tuple[Mode, ...] = ("blank", "fillable", "filled")


def as_mode(word: str) -> Mode:
    """``word`` (from a menu or a signal) as a worksheet Mode; anything else is a bug."""
    for mode in MODES:
        if word == mode:
            return mode
    raise ValueError(f"not a worksheet mode: {word!r} (one of {', '.join(MODES)})")


class EntryLike(Protocol):
    """What a filled worksheet needs from a store ``Entry``."""

    @property
    def answers(self) -> Mapping[str, Any]: ...
    @property
    def results(self) -> Mapping[str, Any] | None: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


def entry_results(module: Module, entry: EntryLike) -> Any:
    """The entry's saved results, or scores worked out again from its answers if none were saved."""
    from workbook.core.scoring import saved_results

    return saved_results(module, entry.answers, entry.results)


def callout_flowables(callout: Callout, module: Module, width: float) -> list[Flowable]:
    inner: list[Flowable] = []
    if callout.title:
        inner.append(para(callout.title, "label"))
    inner += markdown_flowables(callout.markdown, module.path.parent, width - 20)
    if callout.kind is CalloutKind.CRISIS:
        inner += [para(line, "small") for line in crisis_lines()]
    return [KeepTogether([boxed(inner, callout.kind.value, width), Spacer(1, 8)])]


def _label_width(text: str) -> float:
    """Room for a one-word label in the help style, so "Nombre" is never split like "Nomb re"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workbook.core.printing.styles import style

    help_style = style("help")
    return float(stringWidth(text, help_style.fontName, help_style.fontSize) + 3 * mm)


def _name_and_date_line(width: float) -> Flowable:
    name, day = printed("name"), printed("date")
    table = Table(
        [
            [
                para(name, "help"),
                WritingLines(1, width * 0.45),
                para(day, "help"),
                WritingLines(1, width * 0.25),
            ]
        ],
        colWidths=[
            max(12 * mm, _label_width(name)),
            width * 0.45 + 6 * mm,
            max(11 * mm, _label_width(day)),
            width * 0.25,
        ],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _entry_line(entry: EntryLike) -> str:
    when = entry.updated_at if entry.status != "complete" else entry.created_at
    day = printed_day(when.date())
    if entry.status == "complete":
        return printed("completed_on", day=day)
    return printed("draft_saved_on", day=day)


def worksheet_story(
    module: Module,
    mode: Mode,
    width: float,
    entry: EntryLike | None = None,
) -> list[Flowable]:
    """The flowables of a worksheet, for this file and for reports that include chosen entries."""
    story: list[Flowable] = [para(module.title, "title")]
    if module.summary:
        story.append(para(module.summary, "subtitle"))
    answers: Mapping[str, Any] = entry.answers if entry is not None else {}
    if mode == "filled" and entry is not None:
        story.append(para(_entry_line(entry), "label"))
    elif mode == "blank":
        story += [_name_and_date_line(width), Spacer(1, 6)]
    for page_ in module.pages:
        turned = mode != "filled" and any(needs_turned_page(f, width) for f in page_.fields)
        if turned:  # a grid too wide to write in upright: this part on a turned page
            story += page.on_turned_page(
                _page_story(module, page_, mode, page.turned_body(width)[0], answers, turned=True)
            )
        else:
            story += _page_story(module, page_, mode, width, answers)
    if mode == "filled" and entry is not None and module.is_scored:
        story += results_flowables(entry_results(module, entry), width)
    story = glue_headings(story)
    if module.source or module.licence:
        story.append(Spacer(1, 8))
        translated = module.translation_source
        for text in (
            module.source,
            printed("translation_source", source=translated) if translated else None,
            module.licence.words() if module.licence else None,
        ):
            if text:
                story.append(para(text, _muted_small()))
    return story


def _page_story(
    module: Module,
    page_: Page,
    mode: Mode,
    width: float,
    answers: Mapping[str, Any],
    *,
    turned: bool = False,
) -> list[Flowable]:
    """One page of the module: its title, prose, boxes and questions."""
    story: list[Flowable] = [para(page_.title, "h1")] if page_.title else []
    for block in page_.blocks:
        if isinstance(block, Prose):
            story += markdown_flowables(block.markdown, module.path.parent, width)
        elif isinstance(block, Callout):
            story += callout_flowables(block, module, width)
        elif isinstance(block, Field):
            story += _field(block, mode, width, answers, _cue(block, module), turned=turned)
    return story


def _muted_small() -> Any:
    from reportlab.lib.styles import ParagraphStyle

    from workbook.core.printing.styles import style

    return ParagraphStyle("source", parent=style("small"), textColor=MUTED)


def _cue(field: Field, module: Module) -> str | None:
    """When a follow-up question applies, in words (on paper every question shows)."""
    if field.show_when is None:
        return None
    from workbook.core.language.condition_words import condition_cue

    return condition_cue(field.show_when, module, language=printing_language())


def _field(
    field: Field,
    mode: Mode,
    width: float,
    answers: Mapping[str, Any],
    cue: str | None,
    *,
    turned: bool = False,
) -> list[Flowable]:
    if mode != "filled":
        return form_field(field, width, fillable=mode == "fillable", cue=cue, turned=turned)
    value = answers.get(field.id)
    if field.show_when is not None and not is_answered(value):
        return []  # a follow-up question that did not apply to this person
    return filled_field(field, value, width)


def worksheet_pdf(
    module: Module,
    program_title: str,
    mode: Mode = "blank",
    entry: EntryLike | None = None,
    page_size: page.PageSize | None = None,
    *,
    with_scoring: bool = False,
) -> bytes:
    """The module as a PDF: ``blank`` to print, ``fillable`` to type into, ``filled`` with an entry.

    ``with_scoring`` adds the clinician's scoring key as a last part (questionnaires only).
    """
    if mode not in MODES:
        raise ValueError(f"Unknown worksheet mode {mode!r}: choose blank, fillable or filled.")
    if mode == "filled" and entry is None:
        raise ValueError("A filled worksheet needs one of the person's entries.")
    if with_scoring and not module.scores:
        raise ValueError(f"{module.title} has no scores, so it has no scoring key to print.")
    width = page.body_width(page_size)
    with printing_in(module.language):
        story = worksheet_story(module, mode, width, entry)
        if with_scoring:
            from workbook.core.printing.scoring_key import scoring_key

            story += scoring_key(module, width)
        frame = page.PageFrame(
            header_left=program_title, header_right=module.title, confidential=mode == "filled"
        )
        return page.build_pdf(story, frame, page_size=page_size, title=module.title)
