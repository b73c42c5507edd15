"""Worksheets fit for handing out: wide tables as real grids, exact rows, cues, dates, no empty page.

Each test reads the PDF back with pypdf: the words on a page, its shape (a turned
page is wider than tall) and, for fillable forms, the names of the cells.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.printing.conftest import pdf_reader
from workbook.core.language import load_module
from workbook.core.language.model import Module
from workbook.core.printing import page_size_named, worksheet_pdf

HEADER = """---
id: handout
title: Handout
stage: skills
version: 1
summary: For printing tests.
estimated_minutes: 5
---

"""


def _table(columns: int, rows: str = "rows: 3\n") -> str:
    listed = "".join(f"  - id: c{i}\n    label: Column{i}\n" for i in range(1, columns + 1))
    return f"```field\nid: grid\ntype: table\nlabel: Weekly grid\n{rows}columns:\n{listed}```\n"


def _module(tmp_path: Path, body: str) -> Module:
    path = tmp_path / "handout.md"
    path.write_text(HEADER + body, encoding="utf-8")
    return load_module(path)


def _pages(data: bytes) -> list[tuple[str, bool]]:
    """Each page's words (header and footer included) and whether it is turned (landscape)."""
    reader = pdf_reader(data)
    return [
        (
            " ".join((p.extract_text() or "").split()),
            float(p.mediabox.width) > float(p.mediabox.height),
        )
        for p in reader.pages
    ]


@pytest.mark.parametrize("columns", [5, 7])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_wide_table_prints_as_one_grid(tmp_path: Path, columns: int, paper: str) -> None:
    """Five or seven columns make one grid with every column's name in one header row,
    not stacked "Entry 1", "Entry 2" forms; seven go on a turned page of their own."""
    module = _module(tmp_path, "# Plan\n\nIntro words.\n\n" + _table(columns))
    pages = _pages(worksheet_pdf(module, "P", "blank", page_size=page_size_named(paper)))
    text = " ".join(words for words, _ in pages)
    assert "Entry 1" not in text
    (grid_page,) = [(w, turned) for w, turned in pages if "Weekly grid" in w]
    heads = " ".join(f"Column{i}" for i in range(1, columns + 1))
    assert heads in grid_page[0]
    assert grid_page[1] is (columns == 7)
    if columns == 7:  # the page's title and words go with their grid; the rest stays upright
        assert "Plan Intro words. Weekly grid" in grid_page[0]
        assert [turned for _, turned in pages].count(True) == 1


@pytest.mark.parametrize("columns", [3, 7])
def test_rows_prints_exactly_the_rows_asked_for(tmp_path: Path, columns: int) -> None:
    module = _module(tmp_path, _table(columns, rows="rows: 3\n"))
    fields = pdf_reader(worksheet_pdf(module, "P", "fillable")).get_fields() or {}
    assert {"grid.1.c1", "grid.3.c1", f"grid.3.c{columns}"} <= set(fields)
    assert "grid.4.c1" not in fields


def test_without_rows_a_table_leaves_room_for_four(tmp_path: Path) -> None:
    module = _module(tmp_path, _table(3, rows=""))
    fields = pdf_reader(worksheet_pdf(module, "P", "fillable")).get_fields() or {}
    assert "grid.4.c1" in fields and "grid.5.c1" not in fields


CONDITIONAL = """```field
id: decision
type: choice
label: What next?
options:
  - label: Keep going
    value: keep
  - label: Change the plan
    value: change
```

```field
id: how
type: text
label: What will you change?
show_when: decision == "change"
```

```field
id: meds
type: yes_no
label: Do you take medication?
```

```field
id: which
type: text
label: Which ones?
show_when: meds == true
```

```field
id: odd
type: text
label: Anything else?
show_when: count(decision == "keep", meds) >= 2
```
"""


def test_follow_up_questions_say_when_to_answer_them(tmp_path: Path) -> None:
    text = _pages(worksheet_pdf(_module(tmp_path, CONDITIONAL), "P", "blank"))[0][0]
    assert "What will you change? Only if you answered “Change the plan” to “What next?”" in text
    assert "Which ones? Only if you answered “Yes” to “Do you take medication?”" in text
    assert "Anything else? Only if it applies to you, from your earlier answers" in text


@pytest.mark.parametrize(
    ("lang", "order"), [("en_US.UTF-8", "Month Day Year"), ("en_GB.UTF-8", "Day Month Year")]
)
def test_date_boxes_follow_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, order: str
) -> None:
    from workbook.core.wording import dates

    territory = lang.split(".")[0].split("_")[1]
    monkeypatch.setattr(dates, "locale_territory", lambda: territory)
    body = "```field\nid: day\ntype: date\nlabel: When was it?\n```\n"
    text = _pages(worksheet_pdf(_module(tmp_path, body), "P", "blank"))[0][0]
    assert f"When was it? {order}" in text


def _assert_every_page_has_content(module: Module, mode: str) -> None:
    for number, (words, _turned) in enumerate(_pages(worksheet_pdf(module, "P", mode)), 1):
        # the frame's words come first: header, printed date, "Page n of m"
        body = re.split(r"Page \d+ of \d+", words, maxsplit=1)[1]
        assert len(body.split()) >= 3, f"{module.id} {mode} page {number}: {words!r}"


@pytest.mark.parametrize("mode", ["blank", "fillable"])
def test_no_page_is_left_without_content(every_field: Module, program: object, mode: str) -> None:
    """The modules with wide tables (turned pages) and every kind of question."""
    modules = [program.module(i) for i in ("thought-record", "behavioural-activation")]  # type: ignore[attr-defined]
    for module in [every_field, *modules]:
        _assert_every_page_has_content(module, mode)


@pytest.mark.slow
def test_no_built_in_worksheet_has_a_page_without_content(program: object) -> None:
    for module in program.modules:  # type: ignore[attr-defined]
        for mode in ("blank", "fillable"):
            _assert_every_page_has_content(module, mode)
