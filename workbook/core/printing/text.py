"""Paragraphs from plain or marked-up text, safe for anything a person typed in any script."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from workbook.core.printing import fonts, rtl
from workbook.core.printing.styles import style


def _style_for(name: str | ParagraphStyle, plain: str) -> ParagraphStyle:
    chosen = style(name) if isinstance(name, str) else name
    if fonts.has_cjk(plain):
        # Chinese and Japanese have no spaces between words: let lines break between characters.
        return ParagraphStyle(f"{chosen.name}-cjk", parent=chosen, wordWrap="CJK")
    return chosen


def rich(markup: str, style_name: str | ParagraphStyle, plain: str) -> Paragraph:
    """A paragraph from markup already escaped with ``fonts.markup``; ``plain`` is its bare text.

    Every paragraph the printing code makes comes through here, so this is the one
    place where right-to-left and joined scripts get laid out (see ``rtl``).
    """
    return rtl.paragraph(markup, _style_for(style_name, plain), plain)


def para(text: str, style_name: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept, every script drawn with a font that has it."""
    return rich(fonts.markup(text), style_name, text)


def _keeps_with_next(item: Flowable) -> bool:
    return isinstance(item, Paragraph) and bool(getattr(item.style, "keepWithNext", False))


def glue_headings(story: list[Flowable]) -> list[Flowable]:
    """Keep each run of headings and question labels with the block that follows it.

    reportlab's own ``keepWithNext`` will not glue a heading to a list or to a block
    that is already kept together, which left headings alone at the foot of a page.
    """
    out: list[Flowable] = []
    i = 0
    while i < len(story):
        j = i
        while j < len(story) and _keeps_with_next(story[j]):
            j += 1
        if j == i:
            out.append(story[i])
            i += 1
            continue
        group = story[i : min(j + 1, len(story))]
        out.append(KeepTogether(group) if len(group) > 1 else group[0])
        i = j + 1
    return out
