"""Why a workbook would not open or save, in words a tired person can act on.

Every failure the store can meet is one of these. Each carries ``message`` (what
happened, one calm sentence) and ``advice`` (what to do next). The app shows both;
the command line prints both; neither ever shows a traceback.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate
from workbook.core.wording.dates import date_time_in_words


class StoreError(Exception):
    """Base class: something kept a workbook from opening or saving."""

    kind: str = "other"
    message: str = QT_TRANSLATE_NOOP("Faults", "Something went wrong with this workbook.")
    advice: str = QT_TRANSLATE_NOOP("Faults", "Nothing was changed. Please try again.")

    def __init__(self, message: str | None = None, advice: str | None = None) -> None:
        # The class's words are marked for the catalogue; said in the person's language here.
        self.message = translate("Faults", type(self).message) if message is None else message
        self.advice = translate("Faults", type(self).advice) if advice is None else advice
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class WrongPassphrase(StoreError):
    """The passphrase (or recovery key) does not unwrap this workbook's key."""

    message = QT_TRANSLATE_NOOP("Faults", "That passphrase doesn't open this workbook.")
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Check Caps Lock and try again. If you have forgotten it, use your recovery key to set a new passphrase.",
    )


class WrongRecoveryKey(WrongPassphrase):
    """The recovery key is well-formed but belongs to another workbook."""

    message = QT_TRANSLATE_NOOP("Faults", "That recovery key doesn't open this workbook.")
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Check that this is the recovery key printed for this workbook, and compare it group by group.",
    )


class MistypedRecoveryKey(WrongPassphrase):
    """The recovery key fails its own checksum: a typo, caught before trying it."""

    message = QT_TRANSLATE_NOOP("Faults", "That recovery key has a typo in it.")
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Recovery keys are groups of letters and digits separated by dashes. Check each group against the printed sheet; nothing was changed.",
    )


class PassphraseRejected(StoreError):
    """A new passphrase that cannot be used (for example, an empty one)."""

    message = QT_TRANSLATE_NOOP("Faults", "That passphrase can't be used.")
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Choose a passphrase with at least one character; a short sentence works well.",
    )


class NotAWorkbook(StoreError):
    """The file is missing, plain SQLite, or lacks its key file: never touched, never replaced."""

    message = QT_TRANSLATE_NOOP("Faults", "This file isn't a Workbook workbook.")
    advice = QT_TRANSLATE_NOOP(
        "Faults", "Nothing was changed. Choose the folder of a workbook made by Workbook."
    )


class CorruptWorkbook(StoreError):
    """The encrypted file fails its integrity check: damaged on disk or tampered with.

    Only real damage is this: a page that fails its HMAC, a failing
    ``cipher_integrity_check`` or ``quick_check``, or a file that isn't a database.
    A full disk, a read-only folder or another program's lock never is.
    """

    kind = "damaged"
    message = QT_TRANSLATE_NOOP("Faults", "This workbook is damaged and can't be opened safely.")
    advice = QT_TRANSLATE_NOOP(
        "Faults", "Nothing was changed. Restore a backup to get your writing back."
    )

    def __init__(
        self,
        message: str | None = None,
        advice: str | None = None,
        *,
        problems: tuple[str, ...] = (),
        newest_backup: tuple[Path, datetime] | None = None,
    ) -> None:
        self.problems = problems
        self.newest_backup = newest_backup
        if advice is None and newest_backup is not None:
            path, when = newest_backup
            advice = translate(
                "Faults",
                "Nothing was changed. Restore the backup from {when} ({name}) to get your writing back up to that day.",
            ).format(
                when=date_time_in_words(when.astimezone(), month="long", weekday="long"),
                name=path.name,
            )
        super().__init__(message, advice)


class NewerVersion(StoreError):
    """The workbook was last saved by a newer Workbook; it is never downgraded."""

    message = QT_TRANSLATE_NOOP("Faults", "This workbook was saved by a newer version of Workbook.")
    advice = QT_TRANSLATE_NOOP(
        "Faults", "Nothing was changed. Install the newest Workbook to open it."
    )


class AlreadyOpen(StoreError):
    """Another window or process holds this workbook open."""

    message = QT_TRANSLATE_NOOP("Faults", "This workbook is already open in another window.")
    advice = QT_TRANSLATE_NOOP("Faults", "Switch to that window, or close it and try again.")


class SaveFailed(StoreError):
    """The disk refused a write (full, read-only, removed); the caller's text is untouched."""

    message = QT_TRANSLATE_NOOP("Faults", "Your latest changes couldn't be saved.")
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "What you wrote is still on screen and nothing saved earlier was lost. Free some disk space or check the workbook's folder can be written to, then save again.",
    )


# -- faults outside the file: the workbook is fine, the disk or another program is not ----------
#
# None of these is damage, so none of them ever suggests a restore: once the cause
# is gone the workbook opens as it was. ``kind`` is the short name tests and the
# README use; ``remedy`` is what to do, shared by the opening and the saving advice.

NOT_DAMAGED = QT_TRANSLATE_NOOP(
    "Faults", "Your workbook isn't damaged and nothing saved in it was lost."
)
STILL_ON_SCREEN = QT_TRANSLATE_NOOP(
    "Faults", "What you wrote is still on screen and nothing saved earlier was lost."
)


class OutsideFault(SaveFailed):
    """A cause outside the workbook file kept it from being read or written."""

    remedy = QT_TRANSLATE_NOOP("Faults", "Try again in a moment.")

    def __init__(self, message: str | None = None, advice: str | None = None) -> None:
        if advice is None:
            advice = f"{translate('Faults', NOT_DAMAGED)} {translate('Faults', self.remedy)}"
        super().__init__(message, advice)

    def while_saving(self) -> OutsideFault:
        """The same fault, worded for a save whose text is still on screen."""
        advice = f"{translate('Faults', STILL_ON_SCREEN)} {translate('Faults', self.remedy)}"
        return type(self)(self.message, advice)


class DiskFull(OutsideFault):
    """The disk (or the user's quota) has no room left for what SQLite needs to write."""

    kind = "no-space"
    message = QT_TRANSLATE_NOOP("Faults", "The disk this workbook is on is full.")
    remedy = QT_TRANSLATE_NOOP(
        "Faults",
        "Free some disk space (empty the bin, move or delete large files), then try again.",
    )


class NotWritable(OutsideFault):
    """The folder or disk is read-only, or this account may not write there."""

    kind = "not-writable"
    message = QT_TRANSLATE_NOOP(
        "Faults",
        "Workbook isn't allowed to write in this workbook's folder: it is read-only, or its permissions don't allow it.",
    )
    remedy = QT_TRANSLATE_NOOP(
        "Faults",
        "Check the folder's permissions, or that the disk or USB stick isn't set to read-only, then try again.",
    )


class InUseElsewhere(OutsideFault):
    """Another program holds SQLite's lock on the database file (a viewer, a sync or backup tool)."""

    kind = "in-use"
    message = QT_TRANSLATE_NOOP(
        "Faults", "Another program is using this workbook's database file right now."
    )
    remedy = QT_TRANSLATE_NOOP(
        "Faults",
        "Close the other program (for example a database viewer, or a backup or sync tool still copying it), then try again.",
    )


class DiskError(OutsideFault):
    """The operating system reported an input/output error: a failing or unplugged disk."""

    kind = "io-error"
    message = QT_TRANSLATE_NOOP(
        "Faults",
        "The disk reported an error while Workbook was reading or writing this workbook.",
    )
    remedy = QT_TRANSLATE_NOOP(
        "Faults",
        "Check that the disk or USB stick is still connected, then try again. If it keeps happening, copy the whole workbook folder to another disk.",
    )


class NotFound(StoreError):
    """An entry, goal or backup id that this workbook does not have."""

    message = QT_TRANSLATE_NOOP("Faults", "That item isn't in this workbook.")
    advice = QT_TRANSLATE_NOOP(
        "Faults", "It may have been restored away from a backup. Refresh and try again."
    )


class KeyFileDamaged(NotAWorkbook):
    """The key file (or the part of it needed now) is unreadable, out of range or fails its check."""

    message = QT_TRANSLATE_NOOP(
        "Faults", "This workbook's key file is damaged, so it can't be opened."
    )
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Nothing was changed. Restore a backup; each backup carries its own key file.",
    )


class StaleKeyFile(WrongPassphrase):
    """The key file opened, but its data key opens nothing in the database beside it."""

    message = QT_TRANSLATE_NOOP(
        "Faults",
        "That passphrase opens this key file, but not the workbook beside it: the key file is an old copy, from before a passphrase change or from a backup.",
    )
    advice = QT_TRANSLATE_NOOP(
        "Faults",
        "Nothing was changed. Put the workbook's own key file back and use the passphrase set most recently, or your recovery key.",
    )
