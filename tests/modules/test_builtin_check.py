"""`workbook check modules/` is clean: no errors and no warnings in the program that ships."""

from __future__ import annotations

import pytest

from workbook.cli import main
from workbook.core.language import check_paths
from workbook.paths import builtin_program_dir


def test_checker_finds_nothing_in_the_built_in_program() -> None:
    """The checker reports no problem of any kind, so clinicians copy a clean example."""
    diagnostics = check_paths([builtin_program_dir()])
    assert [f"{d.path}:{d.line}: {d.severity}: {d.message}" for d in diagnostics] == []


def test_check_command_exits_zero_on_the_built_in_program(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Running `workbook check modules/` exits with 0 and says there are no problems."""
    assert main(["check", str(builtin_program_dir())]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out
    assert "warning" not in out
