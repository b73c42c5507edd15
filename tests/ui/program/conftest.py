"""A small program written for these tests, a real encrypted workbook and the real service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workbook.core.language import load_program
from workbook.core.language.model import Program

MOOD = """---
id: mood
title: Mood check
stage: assessment
version: 1
summary: Two questions about your mood.
estimated_minutes: 2
repeatable: true
option_sets:
  freq:
    - label: Not at all
      value: never
      score: 0
    - label: Several days
      value: some
      score: 1
    - label: Nearly every day
      value: often
      score: 3
scores:
  - id: total
    label: Mood total
    formula: sum(q1, q2)
    min: 0
    max: 6
    better: lower
    reliable_change: 3
    bands:
      - from: 0
        label: Low
        interpretation: Few signs of low mood.
      - from: 3
        label: High
        interpretation: Quite a lot of low mood lately.
flags:
  - id: harm
    when: q2 == "often"
    level: risk
    message: You said you often feel you might hurt yourself.
---

# About

Answer with your first instinct.

```crisis
If you are in danger, get help now.
```

+++ Questions

```field
id: q1
type: choice
label: Feeling low
options: freq
required: true
message: Please pick how often you felt low.
```

```field
id: details
type: text
label: What has been hardest?
show_when: q1 == "often"
```

+++ More

```field
id: q2
type: choice
label: Thoughts of hurting yourself
options: freq
required: true
```

```field
id: note
type: long_text
label: Anything else?
```
"""

READING = """---
id: reading
title: A short reading
stage: psychoeducation
version: 1
summary: Something to read.
---

# Reading

Some **words** here.

```tip
Take it slowly.
```

```field
id: thoughts
type: long_text
label: What stood out?
```
"""


@pytest.fixture
def program(tmp_path: Path) -> Program:
    folder = tmp_path / "program"
    folder.mkdir()
    (folder / "10-mood.md").write_text(MOOD, encoding="utf-8")
    (folder / "20-reading.md").write_text(READING, encoding="utf-8")
    return load_program(folder)


@pytest.fixture
def service(qtbot: QtBot, program: Program) -> Iterator[Any]:
    """The real WorkbookService with a fresh, open workbook (test-speed KDF)."""
    from workbook.core.store import create_workbook
    from workbook.ui.service import WorkbookService

    workbook, _key = create_workbook("Test", "a long enough passphrase")
    service = WorkbookService(program)
    service.open(workbook)
    yield service
    if service.is_open:
        service.lock()


@pytest.fixture
def screen(qtbot: QtBot, service: Any) -> Any:
    from workbook.ui.program import ModuleScreen

    widget = ModuleScreen(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget
