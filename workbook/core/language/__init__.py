"""The module language: Markdown files with a YAML header, read into an immutable model.

from workbook.core.language import load_program, load_module, check_paths
"""

from __future__ import annotations

from workbook.core.language.checker import check_paths, format_json, format_text, load_module
from workbook.core.language.diagnostics import Diagnostic, ProgramError
from workbook.core.language.expressions import Expression
from workbook.core.language.model import (
    Anchor,
    Band,
    Better,
    Block,
    Callout,
    CalloutKind,
    Column,
    Field,
    FieldType,
    Flag,
    FlagLevel,
    Module,
    Option,
    Page,
    Program,
    Prose,
    Score,
    Source,
    Stage,
    Validation,
)
from workbook.core.language.program import load_program

__all__ = [
    "Anchor",
    "Band",
    "Better",
    "Block",
    "Callout",
    "CalloutKind",
    "Column",
    "Diagnostic",
    "Expression",
    "Field",
    "FieldType",
    "Flag",
    "FlagLevel",
    "Module",
    "Option",
    "Page",
    "Program",
    "ProgramError",
    "Prose",
    "Score",
    "Source",
    "Stage",
    "Validation",
    "check_paths",
    "format_json",
    "format_text",
    "load_module",
    "load_program",
]
