"""The way in: first-launch welcome and creation, or picking and unlocking a workbook.

Pages lay out; this controller decides which one shows and does the slow parts
(making or unwrapping keys with Argon2) on the service's thread pool, so the
window stays responsive. It ends by emitting ``unlocked(workbook)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from workbook.ui.welcome.page import ColumnPage
from workbook.ui.welcome.store_attempt import attempt

if TYPE_CHECKING:
    from workbook.core.store import StoreError, Workbook
    from workbook.ui.service import WorkbookService
    from workbook.ui.welcome.create_page import CreatePage
    from workbook.ui.welcome.join_page import JoinPage
    from workbook.ui.welcome.recover_page import RecoverPage
    from workbook.ui.welcome.recovery_page import RecoveryKeyPage
    from workbook.ui.welcome.unlock_page import UnlockPage
    from workbook.ui.welcome.welcome_page import WelcomePage

P = TypeVar("P", bound=ColumnPage)


class _BusyPage(Protocol):
    def set_busy(self, busy: bool) -> None: ...


class StartScreen(QStackedWidget):
    """Hosts the welcome, create, recovery-key, unlock and recover pages."""

    unlocked = Signal(object)  # the open Workbook

    def __init__(self, service: WorkbookService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._pending: Workbook | None = None
        self._locked = False
        self._pages: dict[str, ColumnPage] = {}

    # ---- pages, built the first time they are needed (the unlock window shows sooner) ------
    def _page(self, key: str, kind: type[P]) -> P:
        if key not in self._pages:
            built = self._build(key)
            self._pages[key] = built
            self.addWidget(built)
        page = self._pages[key]
        assert isinstance(page, kind)
        return page

    def _build(self, key: str) -> ColumnPage:
        # Each page's module is imported when the page is first needed.
        if key == "welcome":
            from workbook.ui.welcome.welcome_page import WelcomePage

            welcome = WelcomePage()
            welcome.create_requested.connect(lambda: self._go(self.create_page))
            welcome.join_requested.connect(lambda: self._go(self.join_page))
            welcome.back_requested.connect(lambda: self.show_start())
            return welcome
        if key == "create":
            from workbook.ui.welcome.create_page import CreatePage

            create = CreatePage()
            create.back_requested.connect(self._back_from_create)
            create.create_requested.connect(self._create)
            return create
        if key == "join":
            from workbook.ui.welcome.join_page import JoinPage

            join = JoinPage()
            join.back_requested.connect(lambda: self._go(self.welcome))
            join.join_requested.connect(self._join)
            return join
        if key == "recovery":
            from workbook.ui.welcome.recovery_page import RecoveryKeyPage

            recovery = RecoveryKeyPage()
            recovery.done.connect(self._recovery_kept)
            return recovery
        if key == "unlock":
            from workbook.ui.welcome.unlock_page import UnlockPage

            unlock = UnlockPage()
            unlock.unlock_requested.connect(self._unlock)
            unlock.recover_requested.connect(self._show_recover)
            unlock.create_requested.connect(self._welcome_from_unlock)
            return unlock
        from workbook.ui.welcome.recover_page import RecoverPage

        recover = RecoverPage()
        recover.back_requested.connect(lambda: self._go(self.unlock))
        recover.recover_requested.connect(self._recover)
        return recover

    @property
    def welcome(self) -> WelcomePage:
        from workbook.ui.welcome.welcome_page import WelcomePage

        return self._page("welcome", WelcomePage)

    @property
    def create_page(self) -> CreatePage:
        from workbook.ui.welcome.create_page import CreatePage

        return self._page("create", CreatePage)

    @property
    def join_page(self) -> JoinPage:
        from workbook.ui.welcome.join_page import JoinPage

        return self._page("join", JoinPage)

    @property
    def recovery(self) -> RecoveryKeyPage:
        from workbook.ui.welcome.recovery_page import RecoveryKeyPage

        return self._page("recovery", RecoveryKeyPage)

    @property
    def unlock(self) -> UnlockPage:
        from workbook.ui.welcome.unlock_page import UnlockPage

        return self._page("unlock", UnlockPage)

    @property
    def recover(self) -> RecoverPage:
        from workbook.ui.welcome.recover_page import RecoverPage

        return self._page("recover", RecoverPage)

    # ---- which page -------------------------------------------------------------------
    def show_start(self, *, locked: bool = False, select: Path | None = None) -> None:
        """First launch shows the welcome; otherwise the unlock page (worded for a lock)."""
        from workbook.core.store import list_workbooks

        self._locked = locked
        self.clear_content()
        workbooks = list_workbooks()
        if not workbooks:
            self.welcome.set_can_go_back(False)
            self._go(self.welcome)
            return
        self.unlock.set_workbooks(workbooks, select)
        self.unlock.set_locked(locked, self.service.last_lock if locked else None)
        self._go(self.unlock)

    def clear_content(self) -> None:
        """Forget every passphrase, key and name typed on these pages."""
        for page in self._pages.values():
            page.reset()

    def _welcome_from_unlock(self) -> None:
        self.welcome.set_can_go_back(True)  # there is a workbook to go back to
        self._go(self.welcome)

    def _go(self, page: ColumnPage) -> None:
        self.setCurrentWidget(page)
        page.focus_first()

    def _back_from_create(self) -> None:
        self.create_page.reset()
        self._go(self.welcome)

    # ---- creating ---------------------------------------------------------------------
    def _create(self, name: str, passphrase: str) -> None:
        from workbook.core.store import create_workbook, list_workbooks

        if any(info.name == name for info in list_workbooks()):
            self._problem_text(
                QCoreApplication.translate(
                    "StartScreen", "You already have a workbook with that name."
                ),
                QCoreApplication.translate(
                    "StartScreen", "Choose another name, so you can tell them apart when unlocking."
                ),
            )
            return
        program_path = self.service.program_dir
        self.create_page.set_busy(True)
        self.service.run_in_background(
            lambda: attempt(lambda: create_workbook(name, passphrase, program_path=program_path)),
            self._created,
            self._failed_text(self.create_page),
        )

    def _created(self, result: tuple[Workbook, str] | StoreError) -> None:
        from workbook.core.store import StoreError  # loaded by now: the call just ran

        self.create_page.set_busy(False)
        if isinstance(result, StoreError):
            self._problem(result)
            return
        workbook, recovery_key = result
        self.create_page.reset()
        self._pending = workbook
        self.recovery.show_key(workbook.name, recovery_key, None)
        self._go(self.recovery)

    def close_pending(self) -> None:
        """Quitting on the recovery-key page: close the just-created workbook cleanly."""
        workbook, self._pending = self._pending, None
        if workbook is not None:
            workbook.close()
            self.recovery.reset()

    def _recovery_kept(self) -> None:
        workbook, self._pending = self._pending, None
        if workbook is not None:
            self.unlocked.emit(workbook)

    # ---- joining from another computer --------------------------------------------------
    def _join(self, folder: Path, name: str, secret: str) -> None:
        from workbook.core.store.sync.join import join_with_secret

        self.join_page.set_busy(True)
        self.service.run_in_background(
            lambda: attempt(lambda: join_with_secret(folder, name, secret)[0]),
            self._joined,
            self._failed_text(self.join_page),
        )

    def _joined(self, result: Workbook | StoreError) -> None:
        from workbook.core.store import StoreError

        self.join_page.set_busy(False)
        if isinstance(result, StoreError):
            self._problem(result)
            return
        self.join_page.reset()
        self.unlocked.emit(result)

    # ---- unlocking --------------------------------------------------------------------
    def _unlock(self, path: Path, passphrase: str) -> None:
        from workbook.core.store import open_workbook

        self.unlock.set_busy(True)
        self.service.run_in_background(
            lambda: attempt(lambda: open_workbook(path, passphrase)),
            lambda result: self._unlocked(result, path, passphrase),
            self._failed_text(self.unlock),
        )

    def _unlocked(self, result: Workbook | StoreError, path: Path, passphrase: str) -> None:
        from workbook.core.store import StoreError

        self.unlock.set_busy(False)
        if not isinstance(result, StoreError):
            self.unlock.reset()
            self.unlocked.emit(result)
            if result.recovery_key_damaged and self.service.workbook is result:
                # Open first, then the one offer Settings makes too (through the operation path).
                from workbook.ui.settings.recovery_key_dialog import (
                    AFTER_UNLOCK_DAMAGED,
                    offer_new_recovery_key,
                )

                offer_new_recovery_key(self.window(), self.service, AFTER_UNLOCK_DAMAGED)
            return
        from workbook.ui.welcome.problems import handle_open_error

        handle_open_error(self, result, path, passphrase)

    # ---- recovering -------------------------------------------------------------------
    def _show_recover(self, path: Path) -> None:
        self.recover.reset()
        self.recover.set_workbook(path)
        self._go(self.recover)

    def _recover(self, path: Path, key: str, new_passphrase: str) -> None:
        from workbook.core.store import recover_workbook

        self.recover.set_busy(True)
        self.service.run_in_background(
            lambda: attempt(lambda: recover_workbook(path, key, new_passphrase)),
            self._recovered,
            self._failed_text(self.recover),
        )

    def _recovered(self, result: Workbook | StoreError) -> None:
        from workbook.core.store import StoreError

        self.recover.set_busy(False)
        if isinstance(result, StoreError):
            self._problem(result)
            return
        self.recover.reset()
        self.unlocked.emit(result)

    # ---- problems ---------------------------------------------------------------------
    def _problem(self, error: StoreError) -> None:
        self._problem_text(error.message, error.advice)

    def _problem_text(self, message: str, advice: str) -> None:
        from workbook.ui.widgets.dialogs import show_problem

        show_problem(self, message, advice)

    def _failed_text(self, page: _BusyPage) -> Callable[[str, str], None]:
        def failed(message: str, advice: str) -> None:
            page.set_busy(False)
            self._problem_text(message, advice)

        return failed

    def show_recover_for(self, path: Path) -> None:
        """Used by the problem dialog's "Use my recovery key"."""
        self._show_recover(path)
