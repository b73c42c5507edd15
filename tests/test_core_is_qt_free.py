"""workbook.core must work without Qt: on the command line, in tests, in PDF printing."""

import ast
from pathlib import Path

import workbook.core

CORE = Path(workbook.core.__file__).parent


def test_no_module_in_core_imports_qt() -> None:
    """Importing anything Qt from workbook/core would tie the module language, store and
    printing to a display; the desktop layer lives in workbook/ui instead."""
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} for n in names):
                offenders.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert offenders == []
