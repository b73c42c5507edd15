"""Workbook's own modules import each other without cycles, and no import failure is hidden.

The rule for a cycle: module A depends on module B when any statement in A imports B,
at module level or inside a function, but not under ``if TYPE_CHECKING:`` (never runs,
only names types). ``from pkg import name`` depends on ``pkg.name`` when that is a
module, else on ``pkg`` itself (its ``__init__``); a submodule's implicit dependency on
its parent package's ``__init__`` is not counted (every package would be a cycle with
its own re-exports). Modules loaded by name with ``importlib`` (the store's lazy
exports, the navigation's screens) are not seen.

Imports inside functions count because deferring an import hides a cycle from the
loader, not from the design: the two modules still cannot be understood, tested or
moved apart. The deferred cycles this test found when it was written were real knots,
since untied: a start-screen helper the problems module reached back for; backups and
the passphrase change; the error-to-words rule the operation path and dialogs reached
back into the service for (now ``ui.failure_words``); restoring into an open workbook,
which shared its checks with the module that opens damaged ones (now
``store.restore_in_place``). Defer an import for start-up time freely; just not into a
module that imports you.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import workbook

PACKAGE = Path(workbook.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement under ``node`` that can run (not under ``TYPE_CHECKING``)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _imports_in(other)
            continue
        yield from _imports_in(child)


def _imports_in(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _imports(node)


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The Workbook modules one import statement loads."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}".rstrip(".")
        names = [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
            for alias in node.names
        ]
    for name in names:
        while name and name not in MODULES:  # `import workbook.core.x.y` loads the deepest module
            name = name.rpartition(".")[0]
        if name and name != module:
            yield name


def dependencies() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            graph[name].update(_targets(name, node))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of more than one module (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


#: Cycles known when this test was written, each with why it is still there. The list
#: may only shrink: a new cycle fails, and so does an entry that is no longer a cycle
#: (remove it then).
KNOWN_CYCLES: dict[frozenset[str], str] = {}


def test_workbook_modules_import_each_other_without_cycles() -> None:
    found = {frozenset(group) for group in cycles(dependencies())}
    assert sorted(sorted(c) for c in found - set(KNOWN_CYCLES)) == [], "a new import cycle"
    assert sorted(sorted(c) for c in set(KNOWN_CYCLES) - found) == [], (
        "no longer a cycle: remove it from KNOWN_CYCLES"
    )


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_graph_sees_deferred_imports_but_not_type_checking_ones() -> None:
    """Checks the walker itself: a cycle through these edges would be reported."""
    graph = dependencies()
    # deferred, inside a function
    assert "workbook.core.crisis" in graph["workbook.core.printing.plan_card"]
    # only under TYPE_CHECKING
    assert "workbook.ui.welcome.start_screen" not in graph["workbook.ui.welcome.problems"]
    # `from workbook.core.language.field_types import values` is the submodule
    assert (
        "workbook.core.language.field_types.values"
        in graph["workbook.core.language.field_types.checks"]
    )


def test_no_import_failure_is_hidden_behind_a_fallback() -> None:
    """``except ImportError`` around Workbook's own code turns a real bug (a typo, a
    circular import) into a quietly different app; an optional third-party library is
    the only thing worth catching that for, and Workbook has none."""
    offenders = []
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                caught = ast.unparse(node.type)
                if "ImportError" in caught or "ModuleNotFoundError" in caught:
                    offenders.append(f"{name}:{node.lineno} catches {caught}")
    assert offenders == []
