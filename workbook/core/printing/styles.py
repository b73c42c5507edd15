"""Colours and paragraph styles shared by every printed document: calm, readable, prints in grey."""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from workbook.core.printing import fonts

INK = colors.HexColor("#1f2a30")
MUTED = colors.HexColor("#5b6870")
RULE = colors.HexColor("#b8c2c8")
WRITE_LINE = colors.HexColor("#9aa6ad")
ACCENT = colors.HexColor("#2f6f7e")
SHADE = colors.HexColor("#eef3f5")

CALLOUT_COLOURS = {
    "tip": (colors.HexColor("#e9f4ef"), colors.HexColor("#3f8a67")),
    "note": (colors.HexColor("#eef3f5"), colors.HexColor("#2f6f7e")),
    "warning": (colors.HexColor("#fbf3e4"), colors.HexColor("#b07a1c")),
    "crisis": (colors.HexColor("#fbeceb"), colors.HexColor("#b3443a")),
}

#: Severity band fills for charts, mildest first; calm tints that still differ in greyscale.
BAND_FILLS = (
    colors.HexColor("#e4f1e8"),
    colors.HexColor("#eef3dc"),
    colors.HexColor("#fbf1d9"),
    colors.HexColor("#fbe3d3"),
    colors.HexColor("#f6d5d2"),
    colors.HexColor("#efc6c3"),
)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles; built once, after the fonts are registered."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=5
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=fonts.SANS_BOLD, fontSize=20, leading=25, spaceAfter=6
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=MUTED, spaceAfter=12),
        "h1": ParagraphStyle(
            "h1",
            keepWithNext=1,
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            keepWithNext=1,
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            keepWithNext=1,
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14.5,
            spaceBefore=6,
            spaceAfter=3,
        ),
        # A question keeps its label, help and answer space together on one page.
        "label": ParagraphStyle(
            "label",
            parent=body,
            fontName=fonts.SANS_BOLD,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "field_help": ParagraphStyle(
            "field_help",
            parent=body,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "help": ParagraphStyle(
            "help", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceAfter=3
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "small_centre": ParagraphStyle(
            "small_centre",
            parent=body,
            fontSize=8,
            leading=10,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=0,
        ),
        "small_left": ParagraphStyle(
            "small_left", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
        ),
        "small_right": ParagraphStyle(
            "small_right",
            parent=body,
            fontSize=8,
            leading=10,
            alignment=TA_RIGHT,
            textColor=MUTED,
            spaceAfter=0,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=9,
            leading=12,
            spaceAfter=0,
        ),
        "answer": ParagraphStyle(
            "answer",
            parent=body,
            leftIndent=8,
            textColor=colors.HexColor("#10314a"),
            spaceAfter=4,
        ),
        "answer_item": ParagraphStyle(
            "answer_item", parent=body, textColor=colors.HexColor("#10314a"), spaceAfter=2
        ),
        "code": ParagraphStyle(
            "code", parent=body, fontName=fonts.MONO, fontSize=9, leading=12, backColor=SHADE
        ),
        "large": ParagraphStyle("large", parent=body, fontSize=15, leading=21, spaceAfter=8),
        "large_head": ParagraphStyle(
            "large_head",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=18,
            leading=23,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
        ),
    }


def style(name: str) -> ParagraphStyle:
    return styles()[name]
