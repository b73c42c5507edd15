"""Why sync couldn't run, in the store's message-and-advice shape."""

from __future__ import annotations

from workbook.core.store.errors import StoreError


class SyncError(StoreError):
    kind = "sync"
    message = "Sync couldn't run."
    advice = "Nothing was changed. Check the sync folder and try again."


class SyncNotSetUp(SyncError):
    message = "Sync isn't set up for this workbook yet."
    advice = "Choose a sync folder first (Settings → Sync, or `workbook sync setup`)."


class SyncFolderMissing(SyncError):
    message = "The sync folder isn't there."
    advice = (
        "Nothing was changed. If it is on a USB stick or network drive, connect it and try "
        "again; otherwise choose the folder again in Settings → Sync."
    )


class OtherWorkbookFolder(SyncError):
    message = "That sync folder belongs to another workbook."
    advice = "Nothing was changed. Choose an empty folder, or the folder of this workbook."


class PassphraseChangedElsewhere(SyncError):
    message = "The passphrase was changed on another computer."
    advice = (
        "Nothing was lost. Type the new passphrase to keep syncing; this computer will "
        "use it from then on."
    )


class AlreadyHere(SyncError):
    message = "This workbook is already on this computer."
    advice = "Open it from the list instead; it syncs through the folder it was set up with."


class SyncFolderUnwritable(SyncError):
    """Writing into the sync folder failed: its disk, not the workbook's."""

    def __init__(self, error: OSError) -> None:
        import errno

        if error.errno == errno.ENOSPC:
            why = "the disk it is on is full"
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = "it is read-only or your account may not write there"
        else:
            why = error.strerror or "the disk reported an error"
        super().__init__(
            f"Workbook couldn't write to the sync folder: {why}.",
            "Your workbook is fine and nothing was lost: these changes go out with the next "
            "sync that works. Free some space or check the folder, then sync again.",
        )
