"""Messages for module authors: every problem names a file, a line, a column and a fix.

The parser, the program loader and the checker all collect ``Diagnostic`` objects
instead of raising, so one run reports every problem at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from workbook.core.language.model import Source

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem in a module file, written for the person who wrote the module."""

    path: Path
    line: int
    column: int
    severity: Severity
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }


class ProgramError(Exception):
    """A program or module has errors; ``diagnostics`` lists every one of them."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        errors = [d for d in self.diagnostics if d.is_error]
        shown = "\n".join(str(d) for d in errors[:5])
        more = f"\n… and {len(errors) - 5} more" if len(errors) > 5 else ""
        super().__init__(f"{len(errors)} error(s) in the module files:\n{shown}{more}")


class Report:
    """Collects diagnostics while a file or a program is read."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def error(self, where: Source, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(
            Diagnostic(where.path, where.line, where.column, "error", message, hint)
        )

    def warning(self, where: Source, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(
            Diagnostic(where.path, where.line, where.column, "warning", message, hint)
        )

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    @property
    def error_count(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)


def did_you_mean(word: str, choices: Iterable[str], *, quote: bool = True) -> str | None:
    """A "did you mean …?" hint for a misspelt name, or None when nothing is close."""
    options = [str(c) for c in choices]
    close = difflib.get_close_matches(str(word), options, n=1, cutoff=0.6)
    if not close:
        lowered = {o.lower(): o for o in options}
        if str(word).lower() in lowered:
            close = [lowered[str(word).lower()]]
    if not close:
        return None
    return f"did you mean `{close[0]}`?" if quote else f"did you mean {close[0]}?"


def sort_key(d: Diagnostic) -> tuple[str, int, int]:
    return (str(d.path), d.line, d.column)
