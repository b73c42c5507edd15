"""The plan card: the safety plan (or relapse-prevention plan) on one page, in large type, for the fridge.

Each step of the plan is a heading with the person's answers under it, then where
to get help now: their own contacts and the crisis lines for their country
(``workbook.core.crisis``). Type shrinks step by step until the card fits one page;
only a very long plan spills onto a second.
"""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbook.core.language.answer_words import answer_parts, answer_text
from workbook.core.language.model import Field, FieldType, Module, Program
from workbook.core.plans import PLAN_MODULE_IDS
from workbook.core.printing import page
from workbook.core.printing.filled_fields import is_answered
from workbook.core.printing.results import boxed, crisis_lines
from workbook.core.printing.styles import style
from workbook.core.printing.text import para

#: Body sizes tried in turn, largest first, until the card fits one page.
SIZES = (16.0, 14.0, 12.5, 11.0, 10.0)


class PlanSource(Protocol):
    """The part of a store ``Workbook`` a plan card reads."""

    def entries(self, module_id: str | None = None, status: str | None = None) -> list[Any]: ...
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


class NoPlan(Exception):
    """There is no plan to print yet: ``message`` says so, ``advice`` which module to fill in."""

    def __init__(self, message: str, advice: str) -> None:
        super().__init__(f"{message} {advice}")
        self.message = message
        self.advice = advice


def _styles(size: float) -> dict[str, ParagraphStyle]:
    body = style("body").clone("card", fontSize=size, leading=size * 1.3, spaceAfter=size * 0.2)
    return {
        "title": style("title").clone("card_title", fontSize=size * 1.6, leading=size * 1.9),
        "head": style("h2").clone(
            "card_head", fontSize=size * 1.1, leading=size * 1.35, spaceBefore=size * 0.6
        ),
        "body": body,
        "small": body.clone("card_small", fontSize=size * 0.8, leading=size * 1.05),
    }


def _lines(field: Field, value: Any) -> list[str]:
    """Items and table rows each on a line of their own; chosen options together on one."""
    if field.type is FieldType.MULTIPLE_CHOICE:
        return [answer_text(field, value)]
    return list(answer_parts(field, value))


def _steps(
    module: Module, answers: dict[str, Any], styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = []
    for page_ in module.pages:
        lines = [
            line
            for field in page_.fields
            if is_answered(answers.get(field.id))
            for line in _lines(field, answers.get(field.id))
            if line.strip()
        ]
        if not lines:
            continue
        head = para(page_.title or module.title, styles["head"])
        items = [para(f"•  {line}", styles["body"]) for line in lines]
        story.append(KeepTogether([head, *items]))
    return story


def _help_now(workbook: PlanSource, styles: dict[str, ParagraphStyle], width: float) -> Flowable:
    from workbook.core import crisis

    inner: list[Flowable] = [para("Help now", styles["head"])]
    for contact in crisis.personal_contacts(workbook):
        said = " — ".join(p for p in (contact.name, contact.phone, contact.note) if p)
        inner.append(para(said, styles["body"]))
    lines = crisis_lines(crisis.chosen_country(workbook))
    inner.append(para(lines[0], styles["body"]))
    inner += [para(line, styles["small"]) for line in lines[1:]]
    return boxed(inner, "crisis", width)


def choose_plan(
    workbook: PlanSource, program: Program, module_id: str | None
) -> tuple[Module, Any]:
    """The plan module and the person's latest finished entry (else latest draft) of it."""
    wanted = (module_id,) if module_id else tuple(reversed(PLAN_MODULE_IDS))
    for plan_id in wanted:
        module = program.module(plan_id)
        if module is None:
            continue
        entries = workbook.entries(module_id=plan_id, status="complete") or workbook.entries(
            module_id=plan_id
        )
        if entries:
            return module, entries[0]
    names = " or ".join(repr(m.title) for i in wanted if (m := program.module(i)))
    raise NoPlan(
        "There is no plan to print yet.",
        f"Fill in {names or 'a safety plan'} first, ideally together with your clinician.",
    )


def plan_card_pdf(
    workbook: PlanSource,
    program: Program,
    module_id: str | None = None,
    page_size: page.PageSize | None = None,
) -> bytes:
    """The safety plan (or the relapse-prevention plan) as a one-page card in large type."""
    module, entry = choose_plan(workbook, program, module_id)
    width = page.body_width(page_size)
    frame = page.PageFrame(header_left=program.title, header_right=module.title, confidential=True)
    pdf = b""
    for size in SIZES:
        styles = _styles(size)
        story: list[Flowable] = [
            para(module.title, styles["title"]),
            *_steps(module, dict(entry.answers), styles),
            Spacer(1, size * 0.8),
            KeepTogether([_help_now(workbook, styles, width)]),
        ]
        pdf, pages = page.build_pdf_counted(story, frame, page_size=page_size, title=module.title)
        if pages == 1:
            break
    return pdf
