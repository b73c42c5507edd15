"""Colours and paragraph styles shared by every printed document: calm, readable, prints in grey."""

from __future__ import annotations

import functools
from typing import Any

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
RISK_INK = colors.HexColor("#b3443a")  # risk markers: the crisis box's red, 5.5:1 on white
ANSWER_INK = colors.HexColor("#10314a")  # the person's own words, a shade apart from ours

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


#: Every style but "body", as the changes it makes to "body". ``bold`` means the bold
#: font; ``keepWithNext`` keeps headings, and a question's label and help, with what
#: follows them on one page.
_HEADING: dict[str, Any] = {"bold": True, "keepWithNext": 1}
_ACCENT_HEAD: dict[str, Any] = {
    "bold": True,
    "spaceBefore": 10,
    "spaceAfter": 6,
    "textColor": ACCENT,
}
_HELP: dict[str, Any] = {"fontSize": 9, "leading": 12, "textColor": MUTED, "spaceAfter": 3}
_SMALL: dict[str, Any] = {"fontSize": 8, "leading": 10, "textColor": MUTED, "spaceAfter": 0}
_CHANGES: dict[str, dict[str, Any]] = {
    "title": {"bold": True, "fontSize": 20, "leading": 25, "spaceAfter": 6},
    "subtitle": {"textColor": MUTED, "spaceAfter": 12},
    "h1": {**_ACCENT_HEAD, "keepWithNext": 1, "fontSize": 15, "leading": 19},
    "h2": {**_HEADING, "fontSize": 12.5, "leading": 16, "spaceBefore": 8, "spaceAfter": 4},
    "h3": {**_HEADING, "fontSize": 11, "leading": 14.5, "spaceBefore": 6, "spaceAfter": 3},
    "label": {**_HEADING, "spaceBefore": 8, "spaceAfter": 2},
    "field_help": {**_HELP, "keepWithNext": 1},
    # when a follow-up question applies: set apart from the help line by colour
    "cue": {**_HELP, "keepWithNext": 1, "textColor": ACCENT},
    "help": _HELP,
    "small": {"fontSize": 8.5, "leading": 11, "spaceAfter": 0},
    "small_centre": {**_SMALL, "alignment": TA_CENTER},
    "small_left": _SMALL,
    "small_right": {**_SMALL, "alignment": TA_RIGHT},
    "cell": {"fontSize": 9.5, "leading": 12.5, "spaceAfter": 0},
    "cell_head": {"bold": True, "fontSize": 9, "leading": 12, "spaceAfter": 0},
    "answer": {"leftIndent": 8, "textColor": ANSWER_INK, "spaceAfter": 4},
    "answer_item": {"textColor": ANSWER_INK, "spaceAfter": 2},
    "code": {"mono": True, "fontSize": 9, "leading": 12, "backColor": SHADE},
    "large": {"fontSize": 15, "leading": 21, "spaceAfter": 8},
    "large_head": {**_ACCENT_HEAD, "fontSize": 18, "leading": 23},
}


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles; built once, after the fonts are registered."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=5
    )
    made = {"body": body}
    for name, changes in _CHANGES.items():
        changes = dict(changes)
        if changes.pop("bold", False):
            changes["fontName"] = fonts.SANS_BOLD
        if changes.pop("mono", False):
            changes["fontName"] = fonts.MONO
        made[name] = ParagraphStyle(name, parent=body, **changes)
    return made


def style(name: str) -> ParagraphStyle:
    return styles()[name]
