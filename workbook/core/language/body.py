"""Splitting a module's Markdown body into pages and blocks (prose, callouts, field blocks).

A page starts at a line ``+++`` (optionally ``+++ Title``), which Markdown never
uses, so it cannot be confused with a horizontal rule. Blocks fenced as
```field, ```tip, ```note, ```warning or ```crisis are Workbook's own; every other
fence (```python …) is ordinary Markdown and passes through untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workbook.core.language.diagnostics import Report
from workbook.core.language.model import CalloutKind, Source

SPECIAL = ("field", *(kind.value for kind in CalloutKind))
_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*?)\s*$")
_PAGE = re.compile(r"^\+\+\+(?:\s+(?P<title>.*?))?\s*$")


@dataclass
class RawBlock:
    """A fenced Workbook block: its kind, its text and the line the text starts on."""

    kind: str  # "field" or a callout kind
    text: str
    source: Source  # the opening fence
    first_line: int  # line of the first line inside the fence
    title: str | None = None


@dataclass
class RawProse:
    text: str
    source: Source


@dataclass
class RawPage:
    title: str | None
    source: Source
    explicit: bool
    blocks: list[RawBlock | RawProse] = field(default_factory=list)


def _special(line: str) -> tuple[str, str, str | None] | None:
    """(fence, kind, title) when ``line`` opens a Workbook block."""
    match = _FENCE.match(line)
    if not match:
        return None
    info = match["info"].split(None, 1)
    if not info or info[0].lower() not in SPECIAL:
        return None
    return match["fence"], info[0].lower(), (info[1].strip() if len(info) > 1 else None)


def split_body(lines: list[str], first_line: int, path: Path, report: Report) -> list[RawPage]:
    """Pages of blocks; ``lines[0]`` is line ``first_line`` of the file."""
    pages = [RawPage(None, Source(path, first_line), explicit=False)]
    prose: list[str] = []
    prose_start = first_line

    def flush() -> None:
        text = "\n".join(prose).strip("\n")
        if text.strip():
            offset = next(i for i, line in enumerate(prose) if line.strip())
            pages[-1].blocks.append(RawProse(text, Source(path, prose_start + offset)))
        prose.clear()

    index = 0
    other_fence: str | None = None
    while index < len(lines):
        line = lines[index]
        number = first_line + index
        if other_fence is not None:
            prose.append(line)
            if line.strip().startswith(other_fence) and not line.strip().strip(other_fence[0]):
                other_fence = None
            index += 1
            continue
        special = _special(line)
        page_marker = _PAGE.match(line)
        if special:
            flush()
            fence, kind, title = special
            index = _read_block(
                lines, index, first_line, path, report, fence, kind, title, pages[-1]
            )
            prose_start = first_line + index
            continue
        if page_marker:
            flush()
            pages.append(RawPage(page_marker["title"] or None, Source(path, number), explicit=True))
            prose_start = number + 1
        else:
            match = _FENCE.match(line)
            if match:
                other_fence = match["fence"]
            if not prose:
                prose_start = number
            prose.append(line)
        index += 1
    flush()
    if not pages[0].blocks and len(pages) > 1:
        pages.pop(0)
    for page in pages:
        if not page.blocks and page.explicit:
            report.error(
                page.source,
                "this page is empty",
                "add text or a question under the `+++` line, or remove the line",
            )
    if len(pages) == 1 and not pages[0].blocks:
        report.error(
            pages[0].source,
            "this module has no content after its header",
            "add some text or a question",
        )
    return pages


def _read_block(
    lines: list[str],
    start: int,
    first_line: int,
    path: Path,
    report: Report,
    fence: str,
    kind: str,
    title: str | None,
    page: RawPage,
) -> int:
    """Add the block opened at ``lines[start]`` to ``page``; the index of the next line."""
    where = Source(path, first_line + start, 1 + len(lines[start]) - len(lines[start].lstrip()))
    body: list[str] = []
    index = start + 1
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
            page.blocks.append(
                RawBlock(kind, "\n".join(body), where, first_line + start + 1, title)
            )
            return index + 1
        if _special(lines[index]) or _PAGE.match(lines[index]):
            break
        body.append(lines[index])
        index += 1
    if kind == "field" and "" in body:
        # The block most likely ended at its first blank line; the rest is prose.
        body = body[: body.index("")]
    report.error(
        where,
        f"this ```{kind} block is never closed",
        f"add a line with {fence} after its last line"
        + (f" (before line {first_line + index})" if index < len(lines) else ""),
    )
    page.blocks.append(RawBlock(kind, "\n".join(body), where, first_line + start + 1, title))
    return index
