"""``pack.yaml``: who made a pack, which version it is, its files' checksums and the assignment.

The clinician writes ``id``, ``title``, ``author``, ``version``, ``licence`` and,
if they like, ``description`` and an ``assignment``; ``workbook pack make`` adds
``checksums``. An assignment lists modules in the order the client should do them:

    assignment:
      - module: sleep-diary
        first: true            # recommended first
        repeat_every: 1 week   # due again a week after each time it is done
      - module: wind-down
        due: 2026-12-14        # a date to have it done by
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workbook.core.language.diagnostics import Report
from workbook.core.language.header_extras import read_repeat_every
from workbook.core.language.model import Source
from workbook.core.language.reader import Reader, check_id
from workbook.core.language.yaml_loader import YMap, load_yaml

PACK_FILE = "pack.yaml"
PACK_SUFFIX = ".wbpack"
MANIFEST_KEYS = (
    "id",
    "title",
    "author",
    "version",
    "licence",
    "description",
    "assignment",
    "checksums",
)
ASSIGNMENT_KEYS = ("module", "first", "due", "repeat_every")
VERSION_PATTERN = re.compile(r"\d+(\.\d+){0,3}\Z")
MANIFEST_HINT = (
    "a pack.yaml holds `id:`, `title:`, `author:`, `version:` and `licence:` "
    "(see “Module packs” in modules/README.md)"
)


@dataclass(frozen=True)
class Assignment:
    """One module the clinician asks the client to do, in the listed order."""

    module_id: str
    source: Source
    first: bool = False
    due: date | None = None
    repeat_every_days: int | None = None


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    author: str
    version: str
    licence: str
    source: Source
    description: str = ""
    assignment: tuple[Assignment, ...] = ()
    #: path inside the pack → SHA-256 (hex); empty in a folder not yet made into a pack
    checksums: dict[str, str] = field(default_factory=dict)
    checksums_source: Source | None = None

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """``1.10`` sorts after ``1.9``."""
    return tuple(int(part) for part in version.split("."))


def read_manifest(text: str, path: Path, report: Report) -> Manifest | None:
    """The manifest in ``text`` (read from ``path``); every problem goes to ``report``."""
    data = load_yaml(text, path, 1, report)
    if data is None:
        if not report.has_errors:
            report.error(Source(path, 1), "pack.yaml is empty", MANIFEST_HINT)
        return None
    if not isinstance(data, YMap):
        report.error(Source(path, 1), "pack.yaml should be `key: value` lines", MANIFEST_HINT)
        return None
    read = Reader(data, report, "pack.yaml", MANIFEST_KEYS)
    read.check_keys()
    errors = report.error_count
    pack_id = read.identifier("id")
    title = read.text("title", required=True, hint="the name the client sees, e.g. Better sleep")
    author = read.text(
        "author", required=True, hint="who made it, e.g. Dr A. Example, Sleep Clinic"
    )
    licence = read.text("licence", required=True, hint="e.g. CC BY 4.0, or All rights reserved")
    version = read.text("version", required=True, hint="e.g. `1`; raise it for each new edition")
    if version is not None and not VERSION_PATTERN.match(version):
        report.error(
            read.at("version"),
            f"the version `{version}` is not a number like 1, 2 or 1.3",
            "a newer edition of the pack needs a higher number, so it can replace the old one",
        )
    assignment = _assignment(read)
    checksums = _checksums(read)
    if report.error_count > errors:
        return None
    assert pack_id and title and author and licence and version
    return Manifest(
        id=pack_id,
        title=title,
        author=author,
        version=version,
        licence=licence,
        source=data.source,
        description=read.text("description") or "",
        assignment=assignment,
        checksums=checksums,
        checksums_source=read.key("checksums") if "checksums" in data else None,
    )


def _assignment(read: Reader) -> tuple[Assignment, ...]:
    items = read.listing("assignment")
    if not items:
        return ()
    found: list[Assignment] = []
    for index, item in enumerate(items):
        at = items.item_source(index)
        if isinstance(item, str):  # `- sleep-diary` alone: that module, nothing more
            if check_id(item, at, read.report):
                found.append(Assignment(item, at))
            continue
        if not isinstance(item, YMap):
            read.report.error(at, "each assignment line is `- module: ID` (with its settings)")
            continue
        one = Reader(item, read.report, "an assignment", ASSIGNMENT_KEYS)
        one.check_keys()
        module_id = one.identifier("module")
        due = _due(one)
        repeat = read_repeat_every(one, True)
        if module_id is not None:
            found.append(
                Assignment(
                    module_id,
                    one.at("module"),
                    first=bool(one.boolean("first")),
                    due=due,
                    repeat_every_days=repeat,
                )
            )
    return tuple(found)


def _due(read: Reader) -> date | None:
    written = read.text("due")
    if written is None:
        return None
    try:
        return date.fromisoformat(written)
    except ValueError:
        read.report.error(
            read.at("due"),
            f"`due` should be a date written YYYY-MM-DD, not `{written}`",
            "e.g. `due: 2026-12-14`",
        )
        return None


def _checksums(read: Reader) -> dict[str, str]:
    table = read.mapping("checksums")
    if table is None:
        return {}
    sums: dict[str, str] = {}
    for name, value in table.items():
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
            read.report.error(
                table.value_source(name),
                f"the checksum of `{name}` is not a SHA-256",
                "don't edit `checksums:` by hand: make the pack again with `workbook pack make`",
            )
            continue
        sums[str(name)] = value
    return sums
