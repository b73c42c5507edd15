"""Column widths for every printed table, wide enough that no word is broken in two.

reportlab splits a word that is wider than its cell ("Feeli ngs", "imp rovement").
Tables used to share the page width by fixed fractions, whatever the words were, so
narrow columns broke their words. Here each column gets at least the width of its
longest word (in the font and size it is printed in); the rest of the page is shared
by weight. Only a word wider than a fair share of the page (a long web address) can
still be broken, since keeping it whole would crowd out every other column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from workbook.core.printing import fonts

#: reportlab's own cell padding, left plus right (6 points each)
DEFAULT_PADDING = 12.0
#: a little room for kerning and shaping, which the plain width measure does not see
_SLACK = 1.5
#: how much of the table one column may claim just to keep a long word whole
_MAX_SHARE = 0.45


def longest_word(cell: Any) -> float:
    """The printed width of the widest word in a cell (0 for a cell without text)."""
    if isinstance(cell, Paragraph):
        text, font, size = cell.getPlainText(), cell.style.fontName, cell.style.fontSize
    elif isinstance(cell, str):
        text, font, size = cell, "Helvetica", 10  # reportlab's font for plain-text cells
    elif isinstance(cell, list | tuple):
        return max((longest_word(part) for part in cell), default=0.0)
    else:
        return 0.0
    if fonts.has_cjk(text):
        return 0.0  # Chinese and Japanese break between characters, not between words
    return max((float(stringWidth(word, font, size)) for word in text.split()), default=0.0)


def fitted_widths(
    rows: Sequence[Sequence[Any]],
    width: float,
    weights: Sequence[float] | None = None,
    padding: float = DEFAULT_PADDING,
) -> list[float]:
    """Share ``width`` between the columns of ``rows`` by weight, each at least its longest word.

    The widths always add up to ``width``.
    """
    count = max((len(row) for row in rows), default=0)
    if count == 0:
        return []
    shares = list(weights) if weights is not None else [1.0] * count
    floors = [0.0] * count
    for row in rows:
        for index, cell in enumerate(row):
            floors[index] = max(floors[index], longest_word(cell))
    floors = [min(f + padding + _SLACK, width * _MAX_SHARE) if f else 0.0 for f in floors]
    if sum(floors) > width:
        return [width * f / sum(floors) for f in floors]
    widths = [width * s / sum(shares) for s in shares]
    short = sum(max(0.0, f - w) for f, w in zip(floors, widths, strict=True))
    if short <= 0:
        return widths
    spare = [max(0.0, w - f) for f, w in zip(floors, widths, strict=True)]
    total_spare = sum(spare) or 1.0
    return [
        max(f, w - short * s / total_spare) for f, w, s in zip(floors, widths, spare, strict=True)
    ]


__all__ = ["fitted_widths", "longest_word"]
