"""Paper size and the page frame every printed document shares: header, footer, page x of y.

The footer's "of y" is a PDF form drawn once at the end and placed on every page, so
documents are laid out in one pass (fillable forms need their fields created on the
page they belong to, which rules out the usual deferred-page trick).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from workbook.core import system_locale
from workbook.core.printing import fonts
from workbook.core.printing.rtl import visual_line
from workbook.core.printing.styles import INK, MUTED, RULE
from workbook.core.printing.words import printed, printed_day

PageSize = tuple[float, float]
_A4: PageSize = (float(A4[0]), float(A4[1]))
_LETTER: PageSize = (float(LETTER[0]), float(LETTER[1]))
PAGE_SIZES: dict[str, PageSize] = {"a4": _A4, "letter": _LETTER}

CONFIDENTIAL = "Confidential — contains personal health information"

#: Countries whose usual paper is US Letter (the rest of the world uses A4).
LETTER_COUNTRIES = frozenset(
    ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"]
)

MARGIN = 18 * mm
HEADER_GAP = 10 * mm
_TOTAL_FORM = "wb-total-pages"
_TOP = MARGIN + HEADER_GAP / 2
#: the page templates: upright (portrait) for everything, turned (landscape) for wide grids
UPRIGHT = "page"
TURNED = "turned"


def page_size_named(name: str) -> PageSize:
    """``"a4"`` or ``"letter"`` (any case) as a page size; ValueError names the choices otherwise."""
    try:
        return PAGE_SIZES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"Unknown page size {name!r}: choose a4 or letter.") from None


def default_page_size(locale_names: Sequence[str | None] | None = None) -> PageSize:
    """Letter where the locale's country uses it (US, Canada, Mexico, the Philippines, ...), else A4.

    Without ``locale_names``, the system's paper locale decides; C, POSIX and
    C.UTF-8 name no country, so they get A4 (see workbook.core.system_locale).
    """
    names = [system_locale.locale_name("LC_PAPER")] if locale_names is None else locale_names
    for name in names:
        country = system_locale.territory(name)
        if country:
            return _LETTER if country in LETTER_COUNTRIES else _A4
    return _A4


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer say."""

    header_left: str
    header_right: str = ""
    confidential: bool = False
    printed: date | None = None


class _Canvas(Canvas):
    """A canvas that draws the total page count into a shared form just before saving."""

    def save(self) -> None:
        self.beginForm(_TOTAL_FORM)
        self.setFont(fonts.SANS, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _clip(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so a long title never runs into the other header."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _header(canvas: Canvas, text: str, width: float) -> str:
    """A title for the page header: shortened to fit, then laid out if it reads right to left."""
    return visual_line(_clip(canvas, text, fonts.SANS, 8, width), fonts.SANS, 8)


def _draw_frame(canvas: Canvas, doc: Any, frame: PageFrame) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(MUTED)
    top = height - MARGIN + 6 * mm
    half = (width - 2 * MARGIN) / 2 - 4 * mm
    canvas.setFont(fonts.SANS, 8)
    canvas.drawString(MARGIN, top, _header(canvas, frame.header_left, half))
    canvas.drawRightString(width - MARGIN, top, _header(canvas, frame.header_right, half))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)

    bottom = MARGIN - 9 * mm
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canvas.drawString(MARGIN, bottom, printed_day(frame.printed or date.today(), month="short"))
    if frame.confidential:
        canvas.setFillColor(INK)
        canvas.drawCentredString(width / 2, bottom, printed("confidential"))
        canvas.setFillColor(MUTED)
    label = printed("page_of", page=canvas.getPageNumber())
    total_room = canvas.stringWidth("0000", fonts.SANS, 8)
    x = width - MARGIN - total_room - canvas.stringWidth(label, fonts.SANS, 8)
    canvas.drawString(x, bottom, label)
    canvas.translate(x + canvas.stringWidth(label, fonts.SANS, 8), bottom)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    frame: PageFrame,
    *,
    page_size: PageSize | None = None,
    title: str = "",
) -> bytes:
    """Lay out flowables on pages with the shared header and footer; return the PDF's bytes."""
    return build_pdf_counted(story, frame, page_size=page_size, title=title)[0]


def build_pdf_counted(
    story: list[Flowable],
    frame: PageFrame,
    *,
    page_size: PageSize | None = None,
    title: str = "",
) -> tuple[bytes, int]:
    """``build_pdf`` that also says how many pages it made."""
    fonts.register_fonts()
    size = page_size or default_page_size()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=_TOP,
        bottomMargin=MARGIN,
        title=title,
        author="Workbook",
        creator="Workbook",
        invariant=False,
    )
    body = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    turned_size = (size[1], size[0])
    turned = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        turned_size[0] - 2 * MARGIN,
        turned_size[1] - _TOP - MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="turned-body",
    )
    doc.addPageTemplates(
        [
            PageTemplate(id=UPRIGHT, frames=[body], onPage=lambda c, d: _draw_frame(c, d, frame)),
            PageTemplate(
                id=TURNED,
                frames=[turned],
                onPage=lambda c, d: _draw_frame(c, d, frame),
                pagesize=turned_size,
            ),
        ]
    )
    story = _without_trailing_breaks(story)
    counted: list[int] = []

    class Counting(_Canvas):
        def save(self) -> None:
            counted.append(self.getPageNumber() - 1)
            super().save()

    doc.build(story, canvasmaker=Counting)
    return buffer.getvalue(), counted[0]


def turned_body(width: float) -> tuple[float, float]:
    """The body (width, height) of a turned page of the paper whose upright body is ``width``."""
    for size in (*PAGE_SIZES.values(), default_page_size()):
        if abs(size[0] - 2 * MARGIN - width) < 1:
            return size[1] - 2 * MARGIN, size[0] - _TOP - MARGIN
    return width * 1.414, width / 1.414  # an unknown paper: the shape of A4


def on_turned_page(flowables: list[Flowable]) -> list[Flowable]:
    """``flowables`` alone on a turned (landscape) page; the story goes on upright after it.

    Breaks only on a page that has something on it, and a break at the very end is
    dropped when the document is built, so this never leaves an empty page.
    """
    return [
        NextPageTemplate(TURNED),
        PageBreakIfNotEmpty(),
        *flowables,
        NextPageTemplate(UPRIGHT),
        PageBreakIfNotEmpty(),
    ]


def _without_trailing_breaks(story: list[Flowable]) -> list[Flowable]:
    """A break or a template switch with nothing after it would print an empty page."""
    end = len(story)
    while end and isinstance(story[end - 1], PageBreak | NextPageTemplate):
        end -= 1
    return story[:end]


def body_width(page_size: PageSize | None) -> float:
    """The width flowables have to fill on this paper."""
    return float((page_size or default_page_size())[0] - 2 * MARGIN)
