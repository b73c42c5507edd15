"""Scores, flags and recommendations are decided in the core: no file under workbook/ui
imports what computes them (it asks a use case in workbook.core.usecases instead)."""

import ast
from pathlib import Path

import workbook.ui

UI = Path(workbook.ui.__file__).parent
#: What computes results or suggestions; the desktop layer only shows what they decided.
DECIDERS = {"compute_results", "recommendations", "results_json", "build_context"}


def test_no_ui_module_computes_scores_flags_or_recommendations() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "usecases" not in node.module:
                names = {alias.name for alias in node.names} & DECIDERS
                if names:
                    offenders.append(f"{path.relative_to(UI)}:{node.lineno} {sorted(names)}")
            if isinstance(node, ast.Attribute) and node.attr in DECIDERS:
                offenders.append(f"{path.relative_to(UI)}:{node.lineno} .{node.attr}")
    assert offenders == []
