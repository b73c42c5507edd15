"""Helpers the shell tests share (a uniquely named module, so pytest imports it unambiguously)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

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


class FullDisk:
    """Makes every write to any open workbook fail the way a full disk does (the store's
    own translation of ENOSPC runs), until ``clear()``; reads keep working."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import errno
        from contextlib import contextmanager

        from workbook.core.store.failures import translated
        from workbook.core.store.unlocked import UnlockedWorkbook

        self.full = False
        self.refused = 0
        original = UnlockedWorkbook._write
        disk = self

        @contextmanager
        def refused() -> Iterator[Any]:
            disk.refused += 1
            with translated():
                raise OSError(errno.ENOSPC, "No space left on device")
            yield  # pragma: no cover - never reached

        def write(self: Any) -> Any:
            return refused() if disk.full else original(self)

        monkeypatch.setattr(UnlockedWorkbook, "_write", write)

    def fill(self) -> None:
        self.full = True

    def clear(self) -> None:
        self.full = False
