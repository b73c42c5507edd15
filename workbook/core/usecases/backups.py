"""Backups: make one now, or put an earlier one back (which changes everything shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbook.core.usecases.topics import TOPICS, Done

if TYPE_CHECKING:
    from workbook.core.store import BackupInfo, Workbook


def back_up_now(workbook: Workbook) -> Done[BackupInfo]:
    """An encrypted copy beside the workbook; nothing the screens show changes."""
    return Done(workbook.backup_now())


def restore_backup(workbook: Workbook, backup: BackupInfo) -> Done[BackupInfo]:
    """Replace the workbook's contents with ``backup`` (a backup of now is made first and
    returned); every screen shows something else afterwards."""
    return Done(workbook.restore_backup(backup), TOPICS)
