"""Reading a translation file into its header and pages, before it is matched to its module.

A translation is written like the module it translates (a copy with the words
changed), so it is split with the same rules: a header between ``---`` lines, pages
at ``+++``, ```field and callout blocks. Nothing here knows the original yet;
``translation_apply`` matches the two and says what does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbook.core.language.body import RawProse, split_body
from workbook.core.language.diagnostics import Report
from workbook.core.language.model import Source
from workbook.core.language.yaml_loader import YMap, load_yaml

PROSE = "text"


@dataclass(frozen=True)
class TranslatedBlock:
    """A passage of text (kind ``text``), a callout (its kind) or a question block (``field``)."""

    kind: str
    source: Source
    text: str = ""
    title: str | None = None
    data: YMap | None = None  # a question block's YAML, when it could be read


@dataclass(frozen=True)
class TranslatedPage:
    title: str | None
    source: Source
    blocks: tuple[TranslatedBlock, ...]


@dataclass(frozen=True)
class TranslationDoc:
    """One translation file as written: where it is, its language, header and pages."""

    path: Path
    language: str
    header: YMap
    header_source: Source
    pages: tuple[TranslatedPage, ...] = field(default_factory=tuple)


def read_translation(path: Path, language: str, report: Report) -> TranslationDoc | None:
    """The translation in ``path``, or None when it cannot be read at all (the cause is reported)."""
    start = Source(path, 1)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        report.error(start, f"cannot read this file: {exc.strerror or exc}")
        return None
    except UnicodeDecodeError:
        report.error(
            start,
            "this file is not UTF-8 text",
            'save it as UTF-8 in your editor ("Save with encoding")',
        )
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        report.error(
            start,
            "a translation starts with a header between two `---` lines, like its module",
            "copy the module file, keep its layout and replace only the words",
        )
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        report.error(
            start, "the header that starts here is never closed", "add a line `---` after it"
        )
        return None
    data = load_yaml("\n".join(lines[1:end]), path, 2, report)
    if data is None:
        data = YMap()
        data.source, data.key_sources, data.value_sources, data.block_keys = start, {}, {}, set()
    elif not isinstance(data, YMap):
        report.error(start, "the header should hold `key: value` lines", "start with `id: ...`")
        return None
    pages = []
    for raw in split_body(lines[end + 1 :], end + 2, path, report):
        blocks: list[TranslatedBlock] = []
        for block in raw.blocks:
            if isinstance(block, RawProse):
                blocks.append(TranslatedBlock(PROSE, block.source, block.text))
            elif block.kind == "field":
                loaded = load_yaml(block.text, path, block.first_line, report)
                if loaded is not None and not isinstance(loaded, YMap):
                    report.error(block.source, "a field block should hold `key: value` lines")
                    loaded = None
                blocks.append(TranslatedBlock("field", block.source, data=loaded))
            else:
                blocks.append(
                    TranslatedBlock(block.kind, block.source, block.text.strip("\n"), block.title)
                )
        pages.append(TranslatedPage(raw.title, raw.source, tuple(blocks)))
    return TranslationDoc(path, language, data, Source(path, 1), tuple(pages))
