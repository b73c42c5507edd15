"""Checks on a module's Markdown text: images that exist, links that will work, no raw HTML.

These read the Markdown with a few patterns rather than rendering it, so checking
a large program stays fast; rendering (markdown_html) applies the same rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.model import Callout, Module, Prose, Source
from workbook.core.language.module_paths import control_character, path_problem

_CODE = re.compile(r"^(```|~~~).*?^\1[ \t]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_IMAGE_REF = re.compile(r"!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?")
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
_HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_SAFE_LINK = ("http://", "https://", "mailto:")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")


def check_prose(module: Module, report: Report) -> None:
    texts = [
        (b.markdown, b.source, isinstance(b, Callout))
        for page in module.pages
        for b in page.blocks
        if isinstance(b, Prose | Callout)
    ]
    definitions: dict[str, str] = {}
    for text, _source, _ in texts:
        for match in _DEFINITION.finditer(text):
            definitions[match[1].strip().lower()] = match[2]
    base = module.path.parent
    for text, source, in_callout in texts:
        # A callout's text starts on the line after its opening fence.
        first = Source(source.path, source.line + 1 if in_callout else source.line)
        plain = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)
        for match in _IMAGE.finditer(plain):
            _check_image(match[1], _at(first, plain, match.start(1)), base, report)
        for match in _IMAGE_REF.finditer(plain):
            if plain[match.end() : match.end() + 1] == "(":
                continue
            ref = (match[2] or match[1]).strip().lower()
            if ref in definitions:
                _check_image(definitions[ref], _at(first, plain, match.start()), base, report)
        for match in _LINK.finditer(plain):
            url = match[1]
            if url and _link_leaves_program(url, _at(first, plain, match.start(1)), base, report):
                continue
            if url and not url.lower().startswith(_SAFE_LINK):
                report.warning(
                    _at(first, plain, match.start(1)),
                    f"the link `{url}` will be shown as plain text",
                    "only web (http:// or https://) and mailto: links work in modules",
                )
        for match in _HTML.finditer(plain):
            if match[0].startswith(("<http", "<mailto")) or "@" in match[0]:
                continue
            report.warning(
                _at(first, plain, match.start()),
                f"HTML such as `{match[0][:30]}` is shown as plain text, not used",
                "write it in Markdown instead (e.g. **bold**, lists, tables)",
            )


def _at(first: Source, text: str, offset: int) -> Source:
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Source(first.path, first.line + line, column)


def _link_leaves_program(url: str, where: Source, base: Path, report: Report) -> bool:
    """An error for a link to a file outside the program, an absolute path, or a control
    character; other links are left to the plain-text warning."""
    # Two or more letters before ":" is a scheme (https:, mailto:); "C:" is a drive.
    if _SCHEME.match(url) and control_character(url) is None:
        return False
    problem = path_problem(url, base)
    if problem is None:
        return False
    report.error(where, f"this link can't be used: {problem.cause}", problem.fix)
    return True


def _check_image(url: str, where: Source, base: Path, report: Report) -> None:
    if not url:
        report.error(
            where, "this image has no file name", "write `![what it shows](images/picture.png)`"
        )
        return
    lowered = url.lower()
    if lowered.startswith(("http://", "https://", "data:", "//")):
        report.error(
            where,
            "images from the internet are not shown (Workbook never goes online)",
            "save the image beside the module and link it by its file name",
        )
        return
    problem = path_problem(url, base)
    if problem is not None:
        report.error(where, f"this image can't be shown: {problem.cause}", problem.fix)
        return
    path = base / url
    if path.is_file():
        return
    near = [p.name for p in path.parent.iterdir()] if path.parent.is_dir() else []
    hint = did_you_mean(path.name, near) or f"put the image at {path}"
    report.error(where, f"the image `{url}` does not exist", hint)
