"""Paragraphs from plain or marked-up text, safe for anything a person typed in any script."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from workbook.core.printing import fonts
from workbook.core.printing.styles import style


def _style_for(name: str | ParagraphStyle, plain: str) -> ParagraphStyle:
    chosen = style(name) if isinstance(name, str) else name
    if fonts.has_cjk(plain):
        # Chinese and Japanese have no spaces between words: let lines break between characters.
        return ParagraphStyle(f"{chosen.name}-cjk", parent=chosen, wordWrap="CJK")
    return chosen


def rich(markup: str, style_name: str | ParagraphStyle, plain: str) -> Paragraph:
    """A paragraph from markup already escaped with ``fonts.markup``; ``plain`` is its bare text."""
    return Paragraph(markup, _style_for(style_name, plain))


def para(text: str, style_name: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept, every script drawn with a font that has it."""
    return Paragraph(fonts.markup(text), _style_for(style_name, text))
