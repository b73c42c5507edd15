"""A follow-up question's condition in words, for the printed cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.core.language import load_module
from workbook.core.language.condition_words import condition_cue, general_cue

GENERAL_CUE = general_cue()

MODULE = """---
id: cues
title: Cues
stage: skills
version: 1
summary: For cue tests.
estimated_minutes: 1
---

```field
id: topics
type: multiple_choice
label: What is it about?
options:
  - label: Sleep
    value: sleep
  - label: Work
    value: work
```

```field
id: hours
type: number
label: Hours asleep
```

```field
id: ok
type: yes_no
label: Is it going well?
```

```field
id: follow
type: text
label: Tell me more
show_when: {condition}
```
"""


@pytest.mark.parametrize(
    ("condition", "cue"),
    [
        ("'\"sleep\" in topics'", "Only if you ticked “Sleep” for “What is it about?”"),
        ("hours >= 7", "Only if your answer to “Hours asleep” was 7 or more"),
        ("hours < 5", "Only if your answer to “Hours asleep” was less than 5"),
        ("not ok", "Only if you answered “No” to “Is it going well?”"),
        (
            "ok and hours > 8",
            "Only if you answered “Yes” to “Is it going well?” and "
            "your answer to “Hours asleep” was more than 8",
        ),
        ("count(hours > 1, ok) >= 2", GENERAL_CUE),
    ],
)
def test_simple_conditions_read_as_a_sentence(tmp_path: Path, condition: str, cue: str) -> None:
    path = tmp_path / "cues.md"
    path.write_text(MODULE.format(condition=condition), encoding="utf-8")
    module = load_module(path)
    field = module.field("follow")
    assert field is not None and field.show_when is not None
    assert condition_cue(field.show_when, module) == cue


def test_the_cue_is_in_the_language_the_worksheet_prints_in(tmp_path: Path) -> None:
    path = tmp_path / "cues.md"
    path.write_text(MODULE.format(condition="not ok or hours <= 4"), encoding="utf-8")
    module = load_module(path)
    field = module.field("follow")
    assert field is not None and field.show_when is not None
    assert condition_cue(field.show_when, module, language="es") == (
        "Solo si respondiste “No” a “Is it going well?” o "
        "tu respuesta a “Hours asleep” fue 4 o menos"
    )
