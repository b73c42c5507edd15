"""``workbook check``: every problem in module files or program folders, ready to print.

Anything unexpected while reading a file becomes a diagnostic too, so an author
never sees a Python traceback for a broken module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from workbook.core.language.diagnostics import Diagnostic, ProgramError, Report, sort_key
from workbook.core.language.model import Module, Source
from workbook.core.language.parser import parse_module_with_header
from workbook.core.language.program import (
    check_entries,
    module_files,
    program_root,
    read_program,
    stages_near,
)
from workbook.core.language.translation_files import original_of
from workbook.core.language.translations import check_translation, resolve_module


def check_paths(paths: Iterable[Path | str]) -> list[Diagnostic]:
    """Every problem in these module files, program folders and packs, in file and line order."""
    found: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        report = Report()
        try:
            if path.is_dir():
                program = read_program(path, report)
                if (path / "pack.yaml").is_file() and program is not None:
                    from workbook.core.authoring.packs.check import check_pack_folder

                    check_pack_folder(path, program, report)
            elif path.suffix.lower() == ".wbpack" and path.is_file():
                from workbook.core.authoring.packs.check import check_pack

                report.diagnostics.extend(check_pack(path))
            elif path.exists():
                check_file(path, report)
            else:
                report.error(Source(path, 1), "there is no file or folder here")
        except Exception as exc:  # an author must never see a traceback
            report.error(
                Source(path, 1),
                f"Workbook could not finish checking this ({type(exc).__name__}: {exc})",
                "this is a bug in Workbook; please report it with the file attached",
            )
        found.extend(report.diagnostics)
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=sort_key)


def check_file(path: Path, report: Report) -> Module | None:
    """Check one module file, with the other modules of its folder in view for formulas.

    A translation file (``*.es.md``) is checked against the module it translates.
    """
    original = original_of(path)
    if original is not None:
        module = check_file(original, Report()) if original.is_file() else None
        return check_translation(path, module, report)
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.error(Source(path, 1), f"cannot read this file: {exc.strerror or exc}")
        return None
    parsed = parse_module_with_header(path, data, report)
    if parsed is None:
        return None
    module, header = parsed
    root = program_root(path)
    others: list[Module] = []
    quiet = Report()
    for other in module_files(root):
        if other.resolve() == path.resolve():
            continue
        try:
            entry = parse_module_with_header(other, other.read_bytes(), quiet)
        except OSError:
            continue
        if entry is None:
            continue
        if entry[0].id == module.id:
            report.error(
                header.id_source or Source(path, 1),
                f"the module id `{module.id}` is also used by {other.name}",
                "each module needs its own id: answers are filed under it",
            )
            continue
        others.append(entry[0])
    check_entries([(module, header)], stages_near(path), report, neighbours=others)
    return module


def load_module(path: Path | str, language: str | None = None) -> Module:
    """Read one module file (in ``language`` where translated); raises ProgramError
    listing every error if there is any."""
    report = Report()
    module = check_file(Path(path), report)
    if module is None or report.has_errors:
        raise ProgramError(report.diagnostics)
    return resolve_module(module, language)


_VISIBLE = {code: "\ufffd" for code in (*range(32), 127)}


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    """``file:line:col: error: message``, the line itself, a caret under the column, a hint."""
    lines: list[str] = []
    cache: dict[Path, list[str]] = {}
    for d in diagnostics:
        lines.append(str(d))
        source = _source_line(d.path, d.line, cache)
        if source is not None:
            # A control character (an escape sequence, say) is shown, not sent to the terminal.
            shown = source.expandtabs(1).translate(_VISIBLE)
            lines.append(f"    {shown}")
            lines.append("    " + " " * max(min(d.column - 1, len(shown)), 0) + "^")
        if d.hint:
            lines.append(f"    hint: {d.hint}")
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    lines.append(_summary(errors, warnings))
    return "\n".join(lines)


def _summary(errors: int, warnings: int) -> str:
    if not errors and not warnings:
        return "No problems found."
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return " and ".join(parts) + "."


def format_json(diagnostics: Sequence[Diagnostic]) -> str:
    return json.dumps(
        {
            "diagnostics": [d.to_json() for d in diagnostics],
            "errors": sum(1 for d in diagnostics if d.is_error),
            "warnings": sum(1 for d in diagnostics if not d.is_error),
        },
        indent=2,
        ensure_ascii=False,
    )


def _source_line(path: Path, line: int, cache: dict[Path, list[str]]) -> str | None:
    if path not in cache:
        try:
            cache[path] = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        except OSError:
            cache[path] = []
    text = cache[path]
    if 1 <= line <= len(text):
        return text[line - 1]
    return None
