"""No QMessageBox anywhere in the app: it cannot scroll, so at large text on a small screen
its buttons went off the bottom edge. The app's own dialogs (widgets/dialogs.py) do."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "workbook"


def _uses(tree: ast.AST) -> list[int]:
    """Lines that name QMessageBox (a use or an import)."""
    lines = []
    for node in ast.walk(tree):
        imported = isinstance(node, ast.ImportFrom) and "QMessageBox" in [
            alias.name for alias in node.names
        ]
        named = isinstance(node, ast.Name) and node.id == "QMessageBox"
        if imported or named:
            lines.append(node.lineno)  # type: ignore[attr-defined]
    return lines


def test_the_app_opens_no_qmessagebox() -> None:
    used = [
        f"{path.relative_to(ROOT.parent)}:{line}"
        for path in sorted(ROOT.rglob("*.py"))
        for line in _uses(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert used == [], "use workbook.ui.widgets.dialogs instead: " + ", ".join(used)
