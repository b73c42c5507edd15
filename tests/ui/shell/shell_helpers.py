"""Helpers the shell tests share (a uniquely named module, so pytest imports it unambiguously)."""

from __future__ import annotations

from typing import Any

PASSPHRASE = "kettle violin harbour moon"


def open_new_workbook(win: Any, name: str = "Test workbook") -> Any:
    """Create a workbook straight through the store and hand it to the window (no typing)."""
    from workbook.core.store import create_workbook

    workbook, _key = create_workbook(name, PASSPHRASE)
    win.start_screen.unlocked.emit(workbook)
    return workbook


def write_setting(service: Any, key: str, value: Any) -> None:
    """Change a setting the way Settings does (through the operation path)."""
    from workbook.core.usecases.settings import save_setting
    from workbook.ui.operation import apply

    apply(service, lambda _program, workbook: save_setting(workbook, key, value))
