"""`workbook check` on the command line: readable output, JSON for tools, honest exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import FIXTURES, module_text

from workbook.cli import main


def test_a_clean_program_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """A program without problems says so and exits 0."""
    assert main(["check", str(FIXTURES / "small")]) == 0
    assert capsys.readouterr().out.strip() == "No problems found."


def test_errors_print_line_caret_and_hint(
    write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each problem prints file:line:col, the line itself, a caret under the column and a hint."""
    path = write(module_text("```field\nid: q\ntype: txt\nlabel: Q\n```\n"))
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    index = lines.index(f"{path}:10:7: error: unknown question type `txt`")
    assert lines[index + 1] == "    type: txt"
    assert lines[index + 2] == "          ^"
    assert lines[index + 3] == "    hint: did you mean `text`?"
    assert lines[-1] == "1 error."


def test_warnings_alone_exit_zero(
    write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Warnings are shown but do not fail the check."""
    path = write("---\nid: m\ntitle: T\nstage: skills\n---\nHi\n")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 warnings."


def test_json_output_for_editors(
    write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--format json` gives every diagnostic with path, line, column, severity, message and hint."""
    path = write(module_text("```field\nid: q\ntype: txt\nlabel: Q\n```\n"))
    assert main(["check", "--format", "json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == 1 and data["warnings"] == 0
    assert data["diagnostics"][0] == {
        "path": str(path),
        "line": 10,
        "column": 7,
        "severity": "error",
        "message": "unknown question type `txt`",
        "hint": "did you mean `text`?",
    }
