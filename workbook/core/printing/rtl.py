"""Right-to-left and joined scripts on paper: Arabic and Hebrew read right to left, Arabic letters join.

reportlab (with ``uharfbuzz``) shapes each word: Arabic letters take their joined
forms, and a word HarfBuzz sees as right-to-left comes out with its glyphs reversed.
What reportlab does not do (without its own optional bidi package, and never for
paragraphs with mixed fonts) is the Unicode Bidirectional Algorithm: words stay in
typing order, so "أشعر بتحسن اليوم" printed with its first word on the left, and
a number or full stop next to Arabic landed on the wrong side.

This module applies the algorithm (levels from ``python-bidi``) to each laid-out
line after wrapping, as the algorithm requires, glyph by glyph: every glyph is put
back in typing order (undoing HarfBuzz's reversal), given its embedding level, and
the line is reordered and mirrored (rules L2 and L4). Latin runs keep their order
inside right-to-left text, and Arabic runs inside a Latin line read right to left.

Every paragraph the printing code makes goes through ``text.rich`` and so through
``paragraph`` here; one-line strings drawn straight on the canvas (page headers,
chart labels) go through ``visual_line``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bidi import algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, shapeStr
from reportlab.platypus import Flowable, ListItem, Paragraph

_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_MARKS = frozenset({"Mn", "Mc", "Me"})
_TEXT_KIND = 0  # reportlab's ParaFrag._fkind for text (images and line breaks differ)
_OBJECT = "\ufffc"  # stands for an inline image: neutral, it takes its neighbours' side
#: What reportlab records for a character drawn at its own width (a space it added).
_PLAIN = ShapeData(0x7FFFFFFF, 0, 0, 0, 0, 0)


def _no_optional_ligatures() -> None:
    """Shape without HarfBuzz's optional ligatures: only what a script needs, and kerning.

    reportlab turns on "liga" and "dlig" and has no setting for it: Latin words in a
    paragraph with Arabic came out with an old-style "st" and with "ﬁ" in the text
    layer. Arabic's own joining and its lam-alef ligature are required features, so
    they stay on. The default features are a dict reportlab reads on every call.
    """
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)


_no_optional_ligatures()


def needs_layout(text: str) -> bool:
    """True if text needs shaping or reordering: right-to-left letters or combining marks."""
    return any(
        unicodedata.bidirectional(c) in _RTL_CLASSES or unicodedata.category(c) in _MARKS
        for c in text
    )


def starts_rtl(text: str) -> bool:
    """The direction Unicode gives a paragraph: that of its first strong letter (rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL") and unicodedata.category(char) != "Co":
            return kind != "L"
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of every character (UAX #9 rules X1 to I2)."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(c["level"]) for c in storage["chars"]]


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices in display order (UAX #9 rule L2: reverse runs, from the highest level down)."""
    order = list(range(len(levels)))
    odd = [lvl for lvl in levels if lvl % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = reversed(order[i:j])
            i = j
    return order


@dataclass
class _Glyph:
    owner: Any  # the fragment it is drawn with (None on the canvas)
    char: str  # what the glyph stands for; _OBJECT for an inline image
    data: Any  # reportlab's ShapeData, or None where nothing was shaped
    flipped: bool = False  # HarfBuzz set its word right to left (and mirrored its brackets)

    def classed(self) -> str:
        # Glyphs reportlab shaped but could not map back to a letter get private-use
        # code points, which Unicode counts as left-to-right; let them take a side.
        return _OBJECT if unicodedata.category(self.char) == "Co" else self.char


def _typing_order(word: list[_Glyph]) -> list[_Glyph]:
    """A shaped word's glyphs back in the order they were typed (HarfBuzz reversed RTL words)."""
    clusters = [g.data.cluster for g in word if g.data is not None and g.data.cluster >= 0]
    clusters = [c for c in clusters if c != _PLAIN.cluster]
    if len(set(clusters)) > 1 and clusters[0] > clusters[-1]:
        for glyph in word:
            glyph.flipped = True
        return word[::-1]
    return word


def display_order(words: Sequence[list[_Glyph]], rtl: bool) -> list[_Glyph]:
    """One line's words (glyphs as drawn), in display order with a space between words."""
    line: list[_Glyph] = []
    for word in words:
        if line:
            line.append(_Glyph(line[-1].owner, " ", None))
        line += _typing_order(word)
    levels = _levels("".join(g.classed() for g in line), rtl)
    shown = []
    for index in visual_order(levels):
        glyph = line[index]
        if glyph.char in MIRRORED and glyph.flipped != bool(levels[index] % 2):
            glyph.char, glyph.flipped = MIRRORED[glyph.char], not glyph.flipped  # rule L4
        shown.append(glyph)
    return shown


def _glyphs(owner: Any, text: str) -> list[_Glyph]:
    data = getattr(text, "__shapeData__", None) or [None] * len(text)
    return [_Glyph(owner, c, d) for c, d in zip(text, data, strict=True)]


def _joined(glyphs: Sequence[_Glyph]) -> str:
    text = "".join(g.char for g in glyphs)
    if all(g.data is None for g in glyphs):
        return text
    shaped: str = ShapedStr(text, shapeData=[g.data or _PLAIN for g in glyphs])  # a str
    return shaped


def visual_line(text: str, font_name: str, font_size: float) -> str:
    """One line of text as the canvas should draw it: shaped, in display order.

    Text that needs neither shaping nor reordering comes back unchanged.
    """
    if not needs_layout(text):
        return text
    words = [_glyphs(None, shapeStr(w, font_name, font_size)) for w in text.split()]
    return _joined(display_order(words, starts_rtl(text)))


# -- paragraphs ---------------------------------------------------------------------------------


def _is_text(frag: Any) -> bool:
    return getattr(frag, "_fkind", _TEXT_KIND) == _TEXT_KIND and isinstance(
        getattr(frag, "text", None), str
    )


def _line_words(frags: Sequence[Any]) -> tuple[list[list[_Glyph]], list[Any]]:
    """A laid-out line's fragments as words of glyphs (split at spaces), and its line breaks."""
    words: list[list[_Glyph]] = [[]]
    tail: list[Any] = []
    for frag in frags:
        if not _is_text(frag):
            if getattr(frag, "lineBreak", False):
                tail.append(frag)
            else:
                words[-1].append(_Glyph(frag, _OBJECT, None))
            continue
        for glyph in _glyphs(frag, frag.text):
            if glyph.char != " ":
                words[-1].append(glyph)
            elif words[-1]:
                words.append([])
    return [w for w in words if w], tail


def visual_frags(frags: Sequence[Any], rtl: bool) -> list[Any]:
    """A laid-out line's fragments, regrouped in display order."""
    words, tail = _line_words(frags)
    out: list[Any] = []
    run: list[_Glyph] = []
    for glyph in [*display_order(words, rtl), None]:
        if run and (glyph is None or glyph.owner is not run[0].owner or glyph.char == _OBJECT):
            owner = run[0].owner
            out.append(owner.clone(text=_joined(run)) if _is_text(owner) else owner)
            run = []
        if glyph is not None:
            run.append(glyph)
    return out + tail


class BidiParagraph(Paragraph):
    """A paragraph whose laid-out lines are put in display order, each aligned by its own direction."""

    def __init__(
        self, text: Any, style: ParagraphStyle, *args: Any, rtl: bool = False, **kw: Any
    ) -> None:
        self.rtl = rtl
        super().__init__(text, style, *args, **kw)

    def breakLines(self, width: Any) -> Any:
        lines = super().breakLines(width)
        if lines.kind != 1 or not self.style.shaping:  # shaped text lays out as fragments
            return lines
        per_line = bool(getattr(self.style, "bidiAlign", False))
        starts = True
        rtl = self.rtl
        for line in lines.lines:
            words = [f.text for f in line.words if _is_text(f)]
            if starts:  # each typed line (after a line break) takes its own direction
                rtl = starts_rtl("".join(words)) if _has_strong(words) else self.rtl
            line.words = visual_frags(line.words, rtl)
            if per_line and not rtl:
                line.extraSpace = 0  # a left-to-right line in a mixed answer starts on the left
            starts = bool(getattr(line, "lineBreak", False))
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            part.rtl = self.rtl  # a continuation keeps the direction its paragraph began with
        return parts


def _has_strong(texts: Sequence[str]) -> bool:
    return any(
        unicodedata.bidirectional(c) in ("L", "R", "AL") and unicodedata.category(c) != "Co"
        for t in texts
        for c in t
    )


def paragraph(markup: str, style: ParagraphStyle, plain: str) -> Paragraph:
    """A reportlab paragraph for markup whose bare text is ``plain``, laid out for its scripts."""
    if not needs_layout(plain) or not getFont(style.fontName).shapable:
        return Paragraph(markup, style)
    rtl = starts_rtl(plain)
    changes: dict[str, Any] = {"shaping": 1, "bidiAlign": style.alignment == TA_LEFT}
    if rtl:
        changes["leftIndent"], changes["rightIndent"] = style.rightIndent, style.leftIndent
    if style.alignment == TA_LEFT:
        # Right-aligned lines whose extra space is dropped for left-to-right ones: that is
        # how one paragraph can hold an Arabic line (on the right) and an English one.
        changes["alignment"] = TA_RIGHT
    bidi_style = ParagraphStyle(f"{style.name}-bidi", parent=style, **changes)
    return BidiParagraph(markup, bidi_style, rtl=rtl)


def list_item(content: Flowable | list[Flowable], indent: float, **options: Any) -> ListItem:
    """A list item whose bullet stands on the side its text starts from, ``indent`` away."""
    first = content[0] if isinstance(content, list) and content else content
    if isinstance(first, BidiParagraph) and first.rtl:
        options.update(bulletDir="rtl", bulletAlign="right", bulletDedent=indent)
        options.update(leftIndent=0, rightIndent=indent)
    elif "leftIndent" not in options and indent:
        options["leftIndent"] = indent
    return ListItem(content, **options)
