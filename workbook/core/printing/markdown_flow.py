"""Module prose on paper: the safe HTML the screen shows, turned into reportlab flowables.

There is one Markdown conversion in Workbook (``language.markdown_html.render``: raw
HTML escaped, only safe links, images resolved beside the module). This file reads
its small, known HTML vocabulary (headings, paragraphs, lists, tables, quotes, code,
images, rules) and lays it out, so paper and screen never disagree about the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    ListFlowable,
    Spacer,
    Table,
    TableStyle,
    XPreformatted,
)

from workbook.core.printing import fonts
from workbook.core.printing.rtl import list_item
from workbook.core.printing.styles import ACCENT, RULE, SHADE, style
from workbook.core.printing.table_widths import fitted_widths
from workbook.core.printing.text import rich

_VOID = {"br", "img", "hr", "input", "meta", "link"}
_INLINE = {"strong", "b", "em", "i", "code", "a", "br", "span", "del", "s", "sup", "sub", "img"}
_HEADING_STYLE = {"h1": "h1", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
MAX_IMAGE_HEIGHT = 90 * mm


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def plain_text(node: Node | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(plain_text(child) for child in node.children)


def inline_markup(nodes: list[Node | str]) -> str:
    """Inline HTML as reportlab paragraph markup, every text run escaped and font-covered."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(fonts.markup(re.sub(r"\s+", " ", node)))
            continue
        inner = inline_markup(node.children)
        if node.tag in ("strong", "b"):
            out.append(f"<b>{inner}</b>")
        elif node.tag in ("em", "i"):
            out.append(f"<i>{inner}</i>")
        elif node.tag == "code":
            out.append(f'<font name="{fonts.MONO}">{inner}</font>')
        elif node.tag in ("del", "s"):
            out.append(f"<strike>{inner}</strike>")
        elif node.tag in ("sup", "sub"):
            out.append(f"<{node.tag}>{inner}</{node.tag}>")
        elif node.tag == "br":
            out.append("<br/>")
        elif node.tag == "a":
            href = node.attrs.get("href", "")
            if href.startswith(("http://", "https://", "mailto:")):
                out.append(f'<a href={quoteattr(href)} color="{ACCENT.hexval()}">{inner}</a>')
                if plain_text(node).strip() != href.removeprefix("mailto:"):
                    out.append(f" ({escape(href.removeprefix('mailto:'))})")
            else:
                out.append(inner)
        elif node.tag == "img":
            out.append(fonts.markup(node.attrs.get("alt", "")))
        else:
            out.append(inner)
    return "".join(out).strip()


def _image(node: Node, width: float) -> Flowable | None:
    src = node.attrs.get("src", "")
    parsed = urlparse(src)
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path))
    elif parsed.scheme in ("", None) or len(parsed.scheme) == 1:  # a plain or Windows path
        path = Path(unquote(src))
    else:
        return None  # nothing is fetched from the internet to print a worksheet
    if not path.is_file():
        return None
    try:
        image_w, image_h = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return None
    scale = min(1.0, width / image_w, MAX_IMAGE_HEIGHT / image_h)
    return Image(str(path), width=image_w * scale, height=image_h * scale, hAlign="LEFT")


def _table(node: Node, width: float) -> Flowable | None:
    rows: list[list[Flowable]] = []
    header_rows = 0
    for row in _descendants(node, "tr"):
        cells = [c for c in row.children if isinstance(c, Node) and c.tag in ("th", "td")]
        if not cells:
            continue
        is_head = all(c.tag == "th" for c in cells)
        header_rows += is_head and len(rows) == header_rows
        cell_style = "cell_head" if is_head else "cell"
        rows.append([rich(inline_markup(c.children), cell_style, plain_text(c)) for c in cells])
    if not rows:
        return None
    columns = max(len(r) for r in rows)
    for r in rows:
        r.extend(Spacer(1, 1) for _ in range(columns - len(r)))
    table = Table(rows, colWidths=fitted_widths(rows, width), repeatRows=header_rows)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _descendants(node: Node, tag: str) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node):
            if child.tag == tag:
                found.append(child)
            else:
                found.extend(_descendants(child, tag))
    return found


def _list(node: Node, width: float, base: str) -> Flowable:
    items = []
    for child in node.children:
        if isinstance(child, Node) and child.tag == "li":
            items.append(list_item(blocks(child.children, width - 18, base), 14))
    ordered = node.tag == "ol"
    return ListFlowable(
        items,
        bulletType="1" if ordered else "bullet",
        start=node.attrs.get("start", "1") if ordered else "•",
        leftIndent=14,
        bulletFontName=fonts.SANS,
        bulletFontSize=9.5,
    )


def blocks(nodes: list[Node | str], width: float, base: str = "body") -> list[Flowable]:
    """Block-level HTML as flowables; loose inline content becomes a paragraph in style ``base``."""
    story: list[Flowable] = []
    pending: list[Node | str] = []

    def flush() -> None:
        text = inline_markup(pending)
        if text:
            story.append(rich(text, base, "".join(plain_text(n) for n in pending)))
        pending.clear()

    for node in nodes:
        if isinstance(node, str) or node.tag in _INLINE:
            if isinstance(node, Node) and node.tag == "img":
                flush()
                story.append(_image(node, width) or rich(inline_markup([node]), base, ""))
            else:
                pending.append(node)
            continue
        flush()
        story.extend(_block(node, width, base))
    flush()
    return story


def _block(node: Node, width: float, base: str) -> list[Flowable]:
    tag = node.tag
    if tag in _HEADING_STYLE:
        return [rich(inline_markup(node.children), _HEADING_STYLE[tag], plain_text(node))]
    if tag == "p":
        return blocks(node.children, width, base)
    if tag in ("ul", "ol"):
        return [_list(node, width, base)]
    if tag == "table":
        table = _table(node, width)
        return [table, Spacer(1, 6)] if table else []
    if tag == "hr":
        return [HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=8)]
    if tag == "pre":
        text = fonts.markup(plain_text(node)).replace("<br/>", "\n")
        return [XPreformatted(text, style("code"))]
    if tag == "blockquote":
        inner = blocks(node.children, width - 16, base)
        quote = Table([[inner]], colWidths=[width])
        quote.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, 0), 2, RULE),
                    ("LEFTPADDING", (0, 0), (0, 0), 10),
                ]
            )
        )
        return [quote]
    return blocks(node.children, width, base)


def html_flowables(html: str, width: float, base: str = "body") -> list[Flowable]:
    """Safe prose HTML (from ``markdown_html.render``) as flowables ``width`` points wide."""
    return blocks(parse_html(html).children, width, base)


def markdown_flowables(
    markdown_text: str, base_dir: Path, width: float, base: str = "body"
) -> list[Flowable]:
    """A module's Markdown, converted once by the language's renderer, then laid out for paper."""
    from workbook.core.language.markdown_html import render

    return html_flowables(render(markdown_text, base_dir), width, base)
