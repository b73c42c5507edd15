"""Reading one module file into the model, collecting every problem on the way."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from workbook.core.language.body import RawBlock, RawProse, split_body
from workbook.core.language.diagnostics import Report
from workbook.core.language.expressions import expression_name
from workbook.core.language.fields import parse_field
from workbook.core.language.header import Header, parse_header
from workbook.core.language.model import (
    Block,
    Callout,
    CalloutKind,
    FieldType,
    Module,
    Option,
    Page,
    Prose,
    Source,
)
from workbook.core.language.yaml_loader import load_yaml

#: the ``id:`` line of a question block, found even when its YAML cannot be read
_ID_LINE = re.compile(r"^id:[ \t]*(\S+)[ \t]*$", re.MULTILINE)

CHECKIN_FIELDS = ("mood", "anxiety", "sleep", "energy")
GOAL_FIELDS = ("goal",)


def read_module(path: Path, report: Report) -> Module | None:
    """The module in ``path``, or None if it is too broken to use; problems go to ``report``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.error(Source(path, 1), f"cannot read this file: {exc.strerror or exc}")
        return None
    return parse_module(path, data, report)


def parse_module(path: Path, data: bytes, report: Report) -> Module | None:
    parsed = parse_module_with_header(path, data, report)
    return None if parsed is None else parsed[0]


def parse_module_with_header(
    path: Path, data: bytes, report: Report
) -> tuple[Module, Header] | None:
    """The module and its parsed header (which remembers where each header value was)."""
    source_hash = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.error(
            Source(path, line),
            "this file is not UTF-8 text",
            'save it as UTF-8 in your editor ("Save with encoding")',
        )
        text = data.decode("utf-8-sig", errors="replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header, body_start = _header(path, lines, report)
    pages = _pages(path, lines[body_start:], body_start + 1, header, report)
    _check_ids(header, pages, report)
    if header.id is None or header.title is None or header.stage is None:
        return None
    module = Module(
        id=header.id,
        title=header.title,
        stage=header.stage,
        version=header.version,
        summary=header.summary,
        path=path,
        source_hash=source_hash,
        pages=tuple(pages),
        estimated_minutes=header.estimated_minutes,
        repeatable=header.repeatable,
        in_order=header.in_order,
        requires=tuple(r for r, _ in header.requires),
        recommend_when=header.recommend_when,
        recommend_reason=header.recommend_reason,
        scores=header.scores,
        flags=header.flags,
        source=header.source,
        licence=header.licence,
        records=header.records,
        repeat_every_days=header.repeat_every_days,
        original_language=header.language,
        language=header.language,
    )
    _check_records(module, header, report)
    return module, header


class _AnySet(dict[str, tuple[Option, ...]]):
    """Option sets when the header couldn't be read: every name may have been defined there,
    so "there is no option set called …" after each question would only be knock-on noise."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> tuple[Option, ...]:
        return ()


def _header(path: Path, lines: list[str], report: Report) -> tuple[Header, int]:
    """The parsed front matter and the index of the first body line."""
    start = Source(path, 1)
    if not lines or lines[0].strip() != "---":
        report.error(
            start,
            "a module starts with a header between two `---` lines",
            "the first line should be `---`, then `id:`, `title:` and `stage:`, then `---`",
        )
        return Header(), 0
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        report.error(
            start,
            "the header that starts here is never closed",
            "add a line `---` after the last header line",
        )
        return Header(), len(lines)
    errors_before = report.error_count
    data = load_yaml("\n".join(lines[1:end]), path, 2, report)
    if data is None and report.error_count > errors_before:
        # The YAML error is the cause; "the header is empty" would send the author elsewhere.
        return Header(unreadable=True), end + 1
    return parse_header(data, start, report), end + 1


def _pages(path: Path, lines: list[str], first: int, header: Header, report: Report) -> list[Page]:
    pages = []
    for raw in split_body(lines, first, path, report):
        blocks: list[Block] = []
        for block in raw.blocks:
            if isinstance(block, RawProse):
                blocks.append(Prose(block.text, block.source))
            else:
                built = _block(path, block, header, report)
                if built is not None:
                    blocks.append(built)
        pages.append(Page(raw.title, tuple(blocks), raw.source))
    return pages


def _block(path: Path, block: RawBlock, header: Header, report: Report) -> Block | None:
    if block.kind == "field":
        if not block.text.strip():
            report.error(
                block.source, "this field block is empty", "add `id:`, `type:` and `label:`"
            )
            return None
        data = load_yaml(block.text, path, block.first_line, report)
        if data is None:
            # The YAML error is reported; formulas naming this question must not add
            # "not a question here" for it, which would send the author to the wrong line.
            written_id = _ID_LINE.search(block.text)
            if written_id is not None:
                header.broken_ids.add(expression_name(written_id[1].strip("\"'")))
            return None
        sets = _AnySet() if header.unreadable else header.option_sets
        found = parse_field(data, block.source, report, sets)
        if found is None and isinstance(data, dict) and isinstance(data.get("id"), str):
            header.broken_ids.add(expression_name(data["id"]))
        return found
    text = block.text.strip("\n")
    if not text.strip():
        report.error(
            block.source,
            f"this ```{block.kind} box is empty",
            "write its text inside, or remove it",
        )
        return None
    return Callout(CalloutKind(block.kind), text, block.source, block.title)


def _check_ids(header: Header, pages: list[Page], report: Report) -> None:
    """Ids within a module must be unique, also as they are written in formulas."""
    seen: dict[str, tuple[str, Source, str]] = {}
    named = [(f.id, f.source, "question") for page in pages for f in page.fields]
    named += [(s.id, s.source, "score") for s in header.scores]
    named += [(f.id, f.source, "flag") for f in header.flags]
    for name, where, kind in named:
        key = expression_name(name)
        if key in seen:
            other_name, other, other_kind = seen[key]
            same = (
                "the same id"
                if other_name == name
                else f"ids that read the same in formulas (`{other_name}`)"
            )
            report.error(
                where,
                f"this {kind} and the {other_kind} on line {other.line} have {same}: `{name}`",
                "answers, scores and flags are stored by id, so each id must be unique in the module",
            )
        else:
            seen[key] = (name, where, kind)


def _check_records(module: Module, header: Header, report: Report) -> None:
    where = header.records_source or Source(module.path, 1)
    if module.records == "checkin":
        for name in CHECKIN_FIELDS:
            found = module.field(name)
            if found is None:
                report.error(where, f"a check-in module needs a question with `id: {name}` (0–10)")
            elif found.type not in (FieldType.SCALE, FieldType.NUMBER):
                report.error(
                    found.source,
                    f"the check-in question `{name}` should be a scale or number (0–10)",
                )
        note = module.field("note")
        if note is not None and note.type not in (FieldType.TEXT, FieldType.LONG_TEXT):
            report.error(note.source, "the check-in question `note` should be text or long_text")
    elif module.records == "goal":
        found = module.field("goal")
        if found is None:
            report.error(
                where, "a goal module needs a question with `id: goal` (the goal in a sentence)"
            )
        elif found.type not in (FieldType.TEXT, FieldType.LONG_TEXT):
            report.error(found.source, "the question `goal` should be text or long_text")
