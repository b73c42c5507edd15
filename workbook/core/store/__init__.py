"""The encrypted workbook store: everything a person writes, in one SQLCipher file per workbook.

Public API (everything else in this package is internal)::

    list_workbooks() -> list[WorkbookInfo]
    create_workbook(name, passphrase, *, program_path=None) -> (Workbook, recovery_key)
    open_workbook(path, passphrase) -> Workbook
    recover_workbook(path, recovery_key, new_passphrase) -> Workbook
    import_backup(backup_path, *, recovery_key=None, passphrase=None, new_passphrase=None)
    restore_damaged(path, passphrase, backup_path) -> Workbook   # when open says CorruptWorkbook

Errors are ``StoreError`` subclasses with ``.message`` and ``.advice``. Only
``CorruptWorkbook`` is damage; ``OutsideFault`` (``DiskFull``, ``NotWritable``,
``InUseElsewhere``, ``DiskError``) means the disk or another program, never a restore.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from workbook.core.store.errors import (
    AlreadyOpen,
    CorruptWorkbook,
    DiskError,
    DiskFull,
    InUseElsewhere,
    KeyFileDamaged,
    MistypedRecoveryKey,
    NewerVersion,
    NotAWorkbook,
    NotFound,
    NotWritable,
    OutsideFault,
    PassphraseRejected,
    SaveFailed,
    StaleKeyFile,
    StoreError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from workbook.core.store.program_ref import ProgramChange
from workbook.core.store.program_ref import fingerprint as program_fingerprint
from workbook.core.store.records import (
    AnswerRevision,
    BackupInfo,
    CheckIn,
    Entry,
    Goal,
    GoalReview,
    ModuleProgress,
    WorkbookInfo,
)
from workbook.core.store.registry import list_workbooks

if TYPE_CHECKING:
    from workbook.core.store.opening import create_workbook, open_workbook, recover_workbook
    from workbook.core.store.restoring import import_backup, restore_damaged
    from workbook.core.store.workbook import Workbook

# Opening a workbook needs SQLAlchemy and Alembic (over a second to import on a slow
# machine). They load on first use, so the unlock window — which only lists workbooks —
# appears quickly (PEP 562 module __getattr__).
_LAZY = {
    "create_workbook": "opening",
    "import_backup": "restoring",
    "open_workbook": "opening",
    "recover_workbook": "opening",
    "restore_damaged": "restoring",
    "Workbook": "workbook",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AlreadyOpen",
    "AnswerRevision",
    "BackupInfo",
    "CheckIn",
    "CorruptWorkbook",
    "DiskError",
    "DiskFull",
    "Entry",
    "Goal",
    "GoalReview",
    "InUseElsewhere",
    "KeyFileDamaged",
    "MistypedRecoveryKey",
    "ModuleProgress",
    "NewerVersion",
    "NotAWorkbook",
    "NotFound",
    "NotWritable",
    "OutsideFault",
    "PassphraseRejected",
    "ProgramChange",
    "SaveFailed",
    "StaleKeyFile",
    "StoreError",
    "Workbook",
    "WorkbookInfo",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "create_workbook",
    "import_backup",
    "list_workbooks",
    "open_workbook",
    "program_fingerprint",
    "recover_workbook",
    "restore_damaged",
]
