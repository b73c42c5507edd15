"""What the live preview shows after each save: the module, or why it can't, and where to stay.

The preview window only presents these decisions. A save with errors never replaces
the module on screen: the author keeps the last version that read cleanly, beside the
list of problems, and a fixed save brings the page they were on back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbook.core.language.checker import check_file
from workbook.core.language.diagnostics import Diagnostic, Report, sort_key
from workbook.core.language.model import Module, Program, Source
from workbook.core.language.program import program_root, program_title_near, stages_near

#: said over every preview: its answers live only in the window's memory
PREVIEW_NOTE = "This is a preview: nothing you type here is stored."


@dataclass(frozen=True)
class Preview:
    """One reading of the file: its module (None when it has errors) and every problem."""

    path: Path
    module: Module | None
    program: Program
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    def status(self, *, showing_older: bool) -> str:
        """One line over the preview saying what it shows and why."""
        if self.module is not None:
            if self.warnings:
                return f"{self.path.name}: {_count(self.warnings, 'warning')} (see Problems)."
            return f"{self.path.name}: no problems found."
        where = (
            "the preview shows the last version without errors"
            if showing_older
            else "fix them and save to see the module"
        )
        return f"{self.path.name}: {_count(self.errors, 'error')}; {where}."


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'s' if number != 1 else ''}"


def load_preview(path: Path) -> Preview:
    """Read and check one module file with its program in view; never raises."""
    report = Report()
    module: Module | None = None
    try:
        module = check_file(path, report)
    except Exception as exc:  # the preview must keep running whatever the file holds
        report.error(
            Source(path, 1),
            f"Workbook could not finish reading this ({type(exc).__name__}: {exc})",
            "this is a bug in Workbook; please report it with the file attached",
        )
    if report.has_errors:
        module = None
    diagnostics = tuple(sorted(dict.fromkeys(report.diagnostics), key=sort_key))
    return Preview(path, module, program_in_view(path, module), diagnostics)


def program_in_view(path: Path, module: Module | None) -> Program:
    """The program a previewed module is shown in: its folder's title and stages, itself alone."""
    try:
        title = program_title_near(path) or "Workbook"
        stages = stages_near(path)
    except Exception:  # a broken program.yaml is reported by the checker, not here
        from workbook.core.language.model import DEFAULT_STAGES

        title, stages = "Workbook", DEFAULT_STAGES
    modules = (module,) if module is not None else ()
    return Program(title=title, path=program_root(path), stages=stages, modules=modules)


def kept_page(old: Module | None, old_index: int, new: Module) -> int:
    """The page to show after a reload: the page with the same title, else the same number."""
    last = max(len(new.pages) - 1, 0)
    if old is not None and 0 <= old_index < len(old.pages):
        title = old.pages[old_index].title
        if title:
            for index, page in enumerate(new.pages):
                if page.title == title:
                    return index
    return min(max(old_index, 0), last)


def kept_answers(new: Module, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers typed before the save that still have their question (by id) after it."""
    ids = {f.id for f in new.fields}
    return {k: v for k, v in answers.items() if k in ids and v is not None}


def live_results(module: Module, answers: Mapping[str, Any], program: Program) -> list[str]:
    """The module's scores and raised flags for the answers typed so far, one line each."""
    from workbook.core.scoring import compute_results, format_number

    try:
        results = compute_results(module, answers, {}, program=program)
    except Exception as exc:  # a formula the checker let through must not stop the preview
        return [f"The scores could not be worked out ({type(exc).__name__}: {exc})."]
    lines = []
    for result in results.scores:
        if result.value is None:
            lines.append(f"{result.score.label}: not yet (answer the questions it counts)")
            continue
        band = f" – {result.band.label}" if result.band is not None else ""
        lines.append(f"{result.score.label}: {format_number(result.value)}{band}")
    for flag in results.flags:
        lines.append(f"Flag raised ({flag.level.value}): {flag.message}")
    if not module.scores and not module.flags:
        lines.append("This module has no scores or flags.")
    elif not results.flags and module.flags:
        lines.append("No flag raised.")
    return lines
