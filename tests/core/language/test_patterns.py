"""Answer patterns: a mistake an author can fix gets a message; nothing crashes or prints."""

from __future__ import annotations

from pathlib import Path

from workbook.core.language import check_paths, load_module
from workbook.core.scoring import validate_answers

MODULE = """---
id: diary
title: Diary
stage: skills
version: 1
summary: One word for today.
estimated_minutes: 1
---

```field
id: word
type: text
label: A word for today
pattern: '{pattern}'
message: Letters only, please.
```
"""


def _write(tmp_path: Path, pattern: str) -> Path:
    path = tmp_path / "diary.md"
    path.write_text(MODULE.replace("{pattern}", pattern), encoding="utf-8")
    return path


def test_a_pattern_python_may_read_differently_later_is_a_warning_on_its_line(
    tmp_path: Path,
) -> None:
    """`[[a-z ]+` works today but Python warns it may change: the checker says so, with
    the line and a hint, instead of a warning escaping to the terminal."""
    path = _write(tmp_path, "[[a-z ]+")
    diagnostics = check_paths([path])
    assert [(d.severity, d.line) for d in diagnostics] == [("warning", 14)]
    assert "later Python" in diagnostics[0].message
    assert "backslash" in (diagnostics[0].hint or "")


def test_the_app_still_checks_answers_against_such_a_pattern(tmp_path: Path) -> None:
    """The module still works for clients: a matching answer passes, others get the
    author's message, and no warning is raised while checking."""
    module = load_module(_write(tmp_path, "[[a-z ]+"))
    assert validate_answers(module, {"word": "calm"}) == []
    problems = validate_answers(module, {"word": "calm!"})
    assert [p.message for p in problems] == ["Letters only, please."]


def test_a_pattern_that_is_also_invalid_is_an_error(tmp_path: Path) -> None:
    """`[A--Za-z]` both draws Python's warning and is not a valid pattern: that is an error."""
    diagnostics = check_paths([_write(tmp_path, "[A--Za-z ]+")])
    assert [(d.severity, d.line) for d in diagnostics] == [("error", 14)]
    assert "not a valid regular expression" in diagnostics[0].message
