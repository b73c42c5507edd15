"""Changing the passphrase a workbook is unlocked with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbook.core.usecases.topics import Done

if TYPE_CHECKING:
    from workbook.core.store import Workbook


def change_passphrase(workbook: Workbook, old: str, new: str) -> Done[str | None]:
    """Re-key the workbook; the value is a new recovery key when the old one could not be
    carried over (None otherwise). Nothing the screens show changes."""
    return Done(workbook.change_passphrase(old, new))


def replace_recovery_key(workbook: Workbook) -> Done[str]:
    """Seal the workbook to a brand-new recovery key; the value is that key, to show once."""
    return Done(workbook.replace_recovery_key())
