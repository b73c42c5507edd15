"""Benchmark: loading and checking a 200-module program costs at most twice a plain Markdown pass.

Run with ``pytest -m perf tests/perf/test_load_program.py -s`` to see the times
(tests/perf/conftest.py explains the smoke mode CI uses).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest
from perf_bench import SMOKE, Bench

from workbook.core.language import check_paths, load_program

MODULES = 10 if SMOKE else 200
PROSE = """
# Part {n}

When things feel heavy, it helps to notice what is happening in your body, your
thoughts and what you do. This page walks through a **short exercise** with a few
questions. There are no right or wrong answers; write what is true for you.

- Notice where you feel it in your body.
- Name the thought, as if you were reading it aloud.
- Choose one small thing to do next.

| When | What helps |
|---|---|
| Morning | A glass of water and some light |
| Evening | A slow walk, then a warm drink |

More about this: [a leaflet](https://example.org/leaflet).
"""
FIELDS = """
```field
id: q{n}_feel
type: choice
label: How often has this bothered you?
options: often
required: true
```

```field
id: q{n}_note
type: long_text
label: What was going on?
help: A few words are enough.
show_when: q{n}_feel != "never"
```

```field
id: q{n}_level
type: scale
label: How strong was it?
min: 0
max: 10
anchors: {{0: Not at all, 10: Extremely}}
```

```tip
Take your time. You can come back to this later.
```
"""


def module_text(index: int) -> str:
    pages = "\n+++ Next\n".join(PROSE.format(n=n) + FIELDS.format(n=n) for n in range(3))
    return (
        f"---\nid: module-{index}\ntitle: Module {index}\nstage: skills\nsummary: A generated module.\n"
        "estimated_minutes: 5\n"
        # A scored module names where its wording comes from (the checker warns otherwise).
        "source: Generated for this benchmark; not a validated questionnaire.\n"
        "option_sets:\n  often:\n    - label: Never\n      score: 0\n"
        "    - label: Sometimes\n      score: 1\n    - label: Often\n      score: 2\n"
        "scores:\n  - id: total\n    label: Total\n    formula: sum(q0_feel, q1_feel, q2_feel)\n"
        "    min: 0\n    max: 6\n    bands:\n      - from: 0\n        label: Low\n        interpretation: Fine.\n"
        "      - from: 3\n        label: High\n        interpretation: Talk it through.\n"
        "    reliable_change: 2\n    caseness: 3\n"
        "flags:\n  - id: strong\n    when: max(q0_level, q1_level, q2_level) >= 9\n    level: warning\n"
        "    message: That sounded strong.\n"
        + (f"requires: [module-{index - 1}]\n" if index else "")
        # In formulas a `-` in an id is written `_`: module-2 is module_2.
        + (f"recommend_when: module_{index - 1}.total >= 3\n" if index else "")
        + "---\n"
        + pages
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    for index in range(MODULES):
        (folder / f"{index:03d}.md").write_text(module_text(index), encoding="utf-8")
    return folder


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.perf
def test_loading_200_modules_costs_at_most_twice_markdown(library: Path, bench: Bench) -> None:
    """Load and fully check 200 modules, compared with Python-Markdown converting the same files."""
    assert check_paths([library]) == []
    assert len(load_program(library).modules) == MODULES
    files = sorted(library.glob("*.md"))

    def convert() -> None:
        md = markdown.Markdown(extensions=["tables", "attr_list", "sane_lists", "fenced_code"])
        for path in files:
            md.reset().convert(path.read_text(encoding="utf-8"))

    def load_and_check() -> None:
        check_paths([library])

    runs = bench.size(3, 1)
    markdown_time = best_of(runs, convert)
    load_time = best_of(runs, load_and_check)
    bench.ratio(
        f"program load+check, {MODULES} modules",
        load_time,
        markdown_time,
        "Python-Markdown alone",
        target=2,
    )
