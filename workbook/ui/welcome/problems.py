"""When a workbook won't open: the store's own calm words, and the next step as a button.

Wrong passphrase → use the recovery key. Damaged file → restore the newest backup
(as a fresh copy; the damaged file is left untouched). Newer version, already open,
not a workbook → what to do, in words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.ui.dialogs import show_problem

if TYPE_CHECKING:
    from workbook.core.store import StoreError
    from workbook.ui.welcome.start_screen import StartScreen

RESTORED = (
    "Your workbook was restored from the backup of {when}. Anything written after "
    "that day could not be recovered. The damaged copy was left untouched, in case "
    "someone can help you rescue it later."
)


def handle_open_error(screen: StartScreen, error: StoreError, path: Path, passphrase: str) -> None:
    """Show ``error`` with the right next steps and carry out the one chosen."""
    from workbook.core.store import CorruptWorkbook, WrongPassphrase

    if isinstance(error, WrongPassphrase):
        choice = show_problem(
            screen,
            error.message,
            error.advice,
            title="Not unlocked",
            actions=[("Use my recovery key", "recover")],
        )
        if choice == "recover":
            screen.show_recover_for(path)
        else:
            screen.unlock.passphrase.selectAll()
            screen.unlock.focus_first()
        return
    if isinstance(error, CorruptWorkbook) and error.newest_backup is not None:
        backup_path, when = error.newest_backup
        choice = show_problem(
            screen,
            error.message,
            error.advice,
            title="Workbook damaged",
            actions=[("Restore the backup", "restore")],
        )
        if choice == "restore":
            _restore(screen, backup_path, when, passphrase)
        return
    show_problem(screen, error.message, error.advice, title="Not opened")


def _restore(screen: StartScreen, backup_path: Path, when: Any, passphrase: str) -> None:
    from workbook.core.store import import_backup
    from workbook.ui.welcome.start_screen import _attempt

    screen.unlock.set_busy(True)

    def done(result: Any) -> None:
        from workbook.core.store import StoreError, WrongPassphrase

        screen.unlock.set_busy(False)
        if isinstance(result, WrongPassphrase):
            show_problem(
                screen,
                "That backup was made while you had a different passphrase.",
                "Try unlocking again with the passphrase you used then, or use your recovery key.",
            )
            return
        if isinstance(result, StoreError):
            show_problem(screen, result.message, result.advice)
            return
        show_problem(
            screen,
            "Restored from your backup.",
            RESTORED.format(when=f"{when.astimezone():%A %d %B %Y}"),
            title="Restored",
        )
        screen.unlock.reset()
        screen.unlocked.emit(result)

    screen.service.run_in_background(
        lambda: _attempt(lambda: import_backup(backup_path, passphrase=passphrase)),
        done,
        lambda message, advice: (
            screen.unlock.set_busy(False),
            show_problem(screen, message, advice),
        ),
    )
