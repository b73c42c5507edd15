"""Broken module files of every shape give diagnostics, never a Python exception.

Two sources of bad input: real module files mutated at random (deleted, repeated
and swapped pieces, stray fences, colons and indentation), and modules generated
from the language's own keys with values of the wrong kinds. The checker's safety
net (turning a crash into a diagnostic) is bypassed here, so any crash fails.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from language_helpers import FIXTURES

from workbook.core.language.diagnostics import Diagnostic, Report
from workbook.core.language.fields import ALL_KEYS
from workbook.core.language.header import HEADER_KEYS, SCORE_KEYS
from workbook.core.language.markdown_html import render
from workbook.core.language.model import DEFAULT_STAGES, FieldType, Prose
from workbook.core.language.parser import parse_module_with_header
from workbook.core.language.program import check_entries

SMALL = FIXTURES / "small"
SOURCES = [p.read_text(encoding="utf-8") for p in sorted(SMALL.glob("*.md"))]
TOKENS = [
    "```",
    "```field",
    "```tip",
    "---",
    "+++",
    "+++ Page",
    ":",
    ": ",
    "- ",
    "  ",
    "\t",
    "{",
    "}",
    "[",
    "]",
    "\n",
    '"',
    "'",
    "!!python/object:os.system",
    "&a ",
    "*a",
    "%",
    "@",
    "`",
    "|",
    ">",
    "#",
    "\\",
    "id: q1",
    "type: choice",
    "options: often",
    "formula: sum(",
    "when: q1 >",
    "show_when: ",
    "1/0",
    "![x](nope.png)",
    "<script>",
    "\x00",
    "é",
    "\ufeff",
    "requires: [mood, reading]",
    "stage: nowhere",
]
PATH = SMALL / "fuzzed.md"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
STAGES = tuple(DEFAULT_STAGES)
NEIGHBOURS = [
    entry[0]
    for entry in (
        parse_module_with_header(p, p.read_bytes(), Report()) for p in sorted(SMALL.glob("*.md"))
    )
    if entry is not None
]


def check_text(text: str | bytes) -> list[Diagnostic]:
    """Parse and fully check one module next to the small program's modules."""
    data = text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else text
    report = Report()
    parsed = parse_module_with_header(PATH, data, report)
    entries = [parsed] if parsed is not None else []
    check_entries(entries, STAGES, report, neighbours=NEIGHBOURS)
    if parsed is not None:
        for page in parsed[0].pages:
            for block in page.blocks:
                if isinstance(block, Prose):
                    render(block.markdown, SMALL)
    assert all(
        isinstance(d, Diagnostic) and d.line >= 1 and d.column >= 1 for d in report.diagnostics
    )
    return report.diagnostics


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["delete", "insert", "repeat", "swap", "replace"]))
        lines = text.split("\n")
        if kind == "swap" and len(lines) > 2:
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
            continue
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 40)))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)))
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "insert":
            text = text[:start] + piece + text[start:]
        elif kind == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + piece + text[end:]
    return text


WORDS = st.text("abcdefghijklmnopqrstuvwxyz_-: é#*&!|>", max_size=10)
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 30),
    st.floats(allow_nan=True),
    WORDS,
    st.sampled_from(["q1", "sum(q1)", "mood.total > 2", "often", "text", "choice", "table", "1/0"]),
)
ANY_VALUE = st.one_of(
    SCALAR,
    st.lists(SCALAR, max_size=3),
    st.dictionaries(WORDS, SCALAR, max_size=3),
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "label", "score", "from", "type"]), SCALAR, max_size=3
        ),
        max_size=3,
    ),
)


def _mapping(keys: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.one_of(st.sampled_from(keys), WORDS), ANY_VALUE, max_size=6)


@st.composite
def generated(draw: st.DrawFn) -> str:
    header = draw(_mapping(HEADER_KEYS))
    header.setdefault("id", draw(st.sampled_from(["gen", "g-1", "Bad Id", "mood"])))
    if draw(st.booleans()):
        header["scores"] = draw(st.lists(_mapping(SCORE_KEYS), max_size=3))
    parts = ["---", yaml.dump(header, Dumper=DUMPER, allow_unicode=True).rstrip(), "---"]
    for _ in range(draw(st.integers(0, 4))):
        field = draw(_mapping(ALL_KEYS))
        if draw(st.booleans()):
            field["type"] = draw(st.sampled_from([t.value for t in FieldType]))
        kind = draw(st.sampled_from(["field", "field", "tip", "crisis"]))
        body = (
            yaml.dump(field, Dumper=DUMPER, allow_unicode=True) if kind == "field" else draw(WORDS)
        )
        parts += [
            draw(st.sampled_from(["", "+++", "+++ Next", "Some *prose*."])),
            f"```{kind}",
            body.rstrip("\n"),
            "```",
        ]
    return "\n".join(parts) + "\n"


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(mutated())
def test_mutated_modules_only_give_diagnostics(text: str) -> None:
    """Randomly damaged real modules produce diagnostics, never an exception."""
    check_text(text)


@FAST
@given(generated())
def test_generated_modules_only_give_diagnostics(text: str) -> None:
    """Modules built from the language's keys with values of any kind produce only diagnostics."""
    check_text(text)


@FAST
@given(st.binary(max_size=200))
def test_random_bytes_only_give_diagnostics(data: bytes) -> None:
    """Arbitrary bytes (not even text) are reported, not crashed on."""
    assert check_text(data)


@pytest.mark.slow
@SLOW
@given(st.one_of(mutated(), generated()))
def test_ten_thousand_broken_modules_only_give_diagnostics(text: str) -> None:
    """The long run: 10,000 mutated and generated modules, all answered with diagnostics."""
    check_text(text)


def test_the_unmutated_sources_are_clean() -> None:
    """The mutations start from modules that are correct."""
    for path in sorted(SMALL.glob("*.md")):
        assert [
            d for d in check_text(path.read_text()) if d.is_error and "also used" not in d.message
        ] == []
