"""Shared helpers for the module-language tests (imported by name: tests are not a package)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from workbook.core.language import Diagnostic, check_paths

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "modules"

HEADER = """\
---
id: {id}
title: A module
stage: skills
summary: For a test.
estimated_minutes: 2
{extra}---
"""


def module_text(body: str, *, id: str = "m", extra: str = "") -> str:
    """A valid header (plus ``extra`` header lines) followed by ``body``."""
    extra = textwrap.dedent(extra).strip("\n")
    return HEADER.format(id=id, extra=extra + "\n" if extra else "") + textwrap.dedent(body)


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error"]


def only(path: Path) -> list[Diagnostic]:
    """Diagnostics of checking one file."""
    return check_paths([path])
