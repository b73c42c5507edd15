"""The encrypted workbook store: everything a person writes, in one SQLCipher file per workbook.

Public API (everything else in this package is internal)::

    list_workbooks() -> list[WorkbookInfo]
    create_workbook(name, passphrase, *, program_path=None) -> (Workbook, recovery_key)
    open_workbook(path, passphrase) -> Workbook
    recover_workbook(path, recovery_key, new_passphrase) -> Workbook
    import_backup(backup_path, *, recovery_key=None, passphrase=None, new_passphrase=None)
    restore_damaged(path, passphrase, backup_path) -> Workbook   # when open says CorruptWorkbook

Errors are ``StoreError`` subclasses with ``.message`` and ``.advice``.
"""

from __future__ import annotations

from workbook.core.store.errors import (
    AlreadyOpen,
    CorruptWorkbook,
    MistypedRecoveryKey,
    NewerVersion,
    NotAWorkbook,
    NotFound,
    PassphraseRejected,
    SaveFailed,
    StoreError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from workbook.core.store.opening import (
    create_workbook,
    import_backup,
    open_workbook,
    recover_workbook,
    restore_damaged,
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
from workbook.core.store.workbook import Workbook

__all__ = [
    "AlreadyOpen",
    "AnswerRevision",
    "BackupInfo",
    "CheckIn",
    "CorruptWorkbook",
    "Entry",
    "Goal",
    "GoalReview",
    "MistypedRecoveryKey",
    "ModuleProgress",
    "NewerVersion",
    "NotAWorkbook",
    "NotFound",
    "PassphraseRejected",
    "ProgramChange",
    "SaveFailed",
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
