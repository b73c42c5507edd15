"""When a workbook won't open: the store's own calm words, and the next step as a button.

Wrong passphrase → use the recovery key. Damaged file → put the newest good backup
back in its place (the damaged file is kept beside it, renamed). A full disk, a
read-only folder or another program's lock is not damage: its own words and "Try
again", never a restore. Newer version, already open, not a workbook → what to do,
in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.wording.dates import date_time_in_words
from workbook.ui.welcome.store_attempt import attempt
from workbook.ui.widgets.dialogs import show_problem

if TYPE_CHECKING:
    from workbook.core.store import StoreError, Workbook
    from workbook.ui.welcome.start_screen import StartScreen

RESTORED = QT_TRANSLATE_NOOP(
    "WelcomeProblems",
    "Your workbook was put back from the backup made on {when} ({backup}). Anything written after that could not be recovered.\n\nThe damaged file was kept beside it, renamed, in case someone can help you rescue more from it later:\n{kept}",
)


@dataclass(frozen=True)
class Restored:
    """What a restore did, for the dialog that says so."""

    workbook: Workbook
    kept: Path | None  # the damaged database, renamed aside


def handle_open_error(screen: StartScreen, error: StoreError, path: Path, passphrase: str) -> None:
    """Show ``error`` with the right next steps and carry out the one chosen."""
    from workbook.core.store import CorruptWorkbook, WrongPassphrase
    from workbook.core.store.errors import OutsideFault

    if isinstance(error, WrongPassphrase):
        choice = show_problem(
            screen,
            error.message,
            error.advice,
            title=QCoreApplication.translate("WelcomeProblems", "Not unlocked"),
            actions=[
                (QCoreApplication.translate("WelcomeProblems", "Use my recovery key"), "recover")
            ],
            close_label=QCoreApplication.translate("WelcomeProblems", "Try again"),
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
            title=QCoreApplication.translate("WelcomeProblems", "Workbook damaged"),
            actions=[
                (QCoreApplication.translate("WelcomeProblems", "Restore the backup"), "restore")
            ],
        )
        if choice == "restore":
            _restore(screen, path, backup_path, when, passphrase)
        return
    if isinstance(error, OutsideFault):
        # The disk, the folder or another program: never a restore; once fixed, try again.
        choice = show_problem(
            screen,
            error.message,
            error.advice,
            title=QCoreApplication.translate("WelcomeProblems", "Not opened"),
            actions=[(QCoreApplication.translate("WelcomeProblems", "Try again"), "retry")],
        )
        if choice == "retry":
            screen.unlock.unlock_requested.emit(path, passphrase)
        return
    show_problem(
        screen,
        error.message,
        error.advice,
        title=QCoreApplication.translate("WelcomeProblems", "Not opened"),
    )


def _damaged_copies(path: Path) -> set[Path]:
    from workbook.core.store.layout import WorkbookFiles

    return set(WorkbookFiles.at(path).folder.glob("*.damaged-*.db"))


def restore_in_place(path: Path, passphrase: str, backup_path: Path) -> Restored:
    """Replace the damaged workbook at ``path`` with ``backup_path`` and say where the old file went."""
    from workbook.core.store import restore_damaged

    before = _damaged_copies(path)
    workbook = restore_damaged(path, passphrase, backup_path)
    new = sorted(_damaged_copies(path) - before)
    return Restored(workbook, new[-1] if new else None)


def restored_advice(backup_path: Path, when: datetime, kept: Path | None, folder: Path) -> str:
    """The words after a restore: which backup, from when, where the damaged file is."""
    local = when.astimezone()
    return QCoreApplication.translate("WelcomeProblems", RESTORED).format(
        when=date_time_in_words(local, month="long", weekday="long"),
        backup=backup_path.name,
        kept=kept if kept is not None else folder / "workbook.damaged-….db",
    )


def _restore(
    screen: StartScreen, path: Path, backup_path: Path, when: datetime, passphrase: str
) -> None:
    from workbook.core.store.layout import WorkbookFiles

    screen.unlock.set_busy(True)

    def done(result: Any) -> None:
        from workbook.core.store import StoreError

        screen.unlock.set_busy(False)
        if isinstance(result, StoreError):
            show_problem(
                screen,
                result.message,
                result.advice,
                title=QCoreApplication.translate("WelcomeProblems", "Not restored"),
            )
            return
        folder = WorkbookFiles.at(path).folder
        show_problem(
            screen,
            QCoreApplication.translate("WelcomeProblems", "Restored from your backup."),
            restored_advice(backup_path, when, result.kept, folder),
            title=QCoreApplication.translate("WelcomeProblems", "Restored"),
            close_label=QCoreApplication.translate("WelcomeProblems", "Continue"),
        )
        screen.unlock.reset()
        screen.unlocked.emit(result.workbook)

    def failed(message: str, advice: str) -> None:
        screen.unlock.set_busy(False)
        show_problem(
            screen,
            message,
            advice,
            title=QCoreApplication.translate("WelcomeProblems", "Not restored"),
        )

    screen.service.run_in_background(
        lambda: attempt(lambda: restore_in_place(path, passphrase, backup_path)), done, failed
    )
