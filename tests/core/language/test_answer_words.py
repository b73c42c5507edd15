"""An answer in words: the same words on screen, on paper, on the plan card and in the export."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.core.language import Module, load_module
from workbook.core.language.answer_words import answer_parts, answer_text
from workbook.core.language.field_types import FIELD_KINDS
from workbook.core.language.model import FieldType

EVERY_TYPE = """\
---
id: every-type
title: Every type
stage: assessment
---

# Page one

```field
id: t
type: text
label: A line
```

```field
id: lt
type: long_text
label: Paragraphs
```

```field
id: n
type: number
label: Weight
unit: kg
```

```field
id: s
type: scale
label: Mood
min: 0
max: 10
anchors: {0: Awful, 10: Great}
```

```field
id: c
type: choice
label: Pick one
options: [Apples, Pears]
```

```field
id: mc
type: multiple_choice
label: Pick any
options: [Red, Green, Blue]
```

```field
id: yn
type: yes_no
label: Yes or no
```

```field
id: d
type: date
label: When
```

```field
id: tm
type: time
label: What time
```

```field
id: l
type: list
label: Things
```

```field
id: tb
type: table
label: People
columns:
  - id: name
    label: Name
  - id: phone
    label: Phone
  - id: score
    label: Score
    type: number
```
"""


@pytest.fixture
def module(tmp_path: Path) -> Module:
    path = tmp_path / "10-every-type.md"
    path.write_text(EVERY_TYPE, encoding="utf-8")
    return load_module(path)


def test_the_fixture_asks_every_type(module: Module) -> None:
    assert {f.type for f in module.fields} == set(FieldType)


def test_every_type_says_its_sample_answer_in_words(module: Module) -> None:
    """A type whose text form drops a complete answer would print and show nothing."""
    for field in module.fields:
        kind = FIELD_KINDS[field.type]
        assert answer_parts(field, kind.sample(field)), field.type


@pytest.mark.parametrize(
    ("field_id", "stored", "words"),
    [
        ("t", "  Hello there ", ("Hello there",)),
        ("n", 72.0, ("72 kg",)),
        ("n", 72.25, ("72.25 kg",)),
        ("s", 10, ("10 on a scale of 0 to 10 (Great)",)),
        ("s", 4, ("4 on a scale of 0 to 10",)),
        ("c", "pears", ("Pears",)),
        ("c", "gone", ("gone",)),  # an option the module no longer has keeps its value
        ("mc", ["red", "blue"], ("Red", "Blue")),
        ("yn", True, ("Yes",)),
        ("yn", False, ("No",)),
        ("d", "2024-03-05", ("5 March 2024",)),
        ("d", "soon", ("soon",)),  # not a date: shown as written, never lost
        ("tm", "09:30", ("09:30",)),
        ("l", ["one", " ", "two"], ("one", "two")),
        (
            "tb",
            [{"name": "Mum", "phone": "07700 900123", "score": 3.0}, {"name": "", "phone": ""}],
            ("Mum · 07700 900123 · 3",),
        ),
    ],
)
def test_an_answer_in_words(
    module: Module, field_id: str, stored: object, words: tuple[str, ...]
) -> None:
    field = next(f for f in module.fields if f.id == field_id)
    assert answer_parts(field, stored) == words


def test_no_answer_is_no_words(module: Module) -> None:
    for field in module.fields:
        for empty in (None, "", []):
            assert answer_parts(field, empty) == ()
            assert answer_text(field, empty) == ""


def test_an_answer_to_a_question_the_module_no_longer_asks_is_still_shown() -> None:
    assert answer_parts(None, ["a", {"x": "b", "y": 2.0}]) == ("a", "b · 2")
    assert answer_text(None, True) == "Yes"


def test_one_line_joins_the_parts(module: Module) -> None:
    field = next(f for f in module.fields if f.id == "mc")
    assert answer_text(field, ["red", "green"]) == "Red, Green"


def test_a_table_row_read_apart_names_its_columns_in_their_order(module: Module) -> None:
    from workbook.core.language.answer_words import labelled_row_words

    field = next(f for f in module.fields if f.id == "tb")
    row = {"score": 2.0, "name": "Sam", "phone": ""}
    assert labelled_row_words(field, row) == ("Name: Sam", "Score: 2")
