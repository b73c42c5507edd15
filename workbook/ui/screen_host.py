"""What a screen may ask of the service that owns the open workbook, and what the shell asks
of a screen: two typed promises instead of ``Any`` and ``getattr`` guesses.

``WorkbookService`` keeps ``ScreenHost``; the screens tests keep it with a fake. Every
screen the navigation rail builds keeps ``Screen`` (a screen with nothing to save or
resume says so with an empty method, so the shell never has to guess).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from workbook.ui.operation import OpHost

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from workbook.core.scoring import Context, Results
    from workbook.core.store import Entry, Workbook


class ScreenHost(OpHost, Protocol):
    """The service as a screen sees it: the operation path (``OpHost``), the signals
    screens refresh on, what answers are judged by, and asking for another place."""

    @property
    def changed(self) -> SignalInstance: ...
    @property
    def opened(self) -> SignalInstance: ...
    @property
    def locked(self) -> SignalInstance: ...
    @property
    def about_to_lock(self) -> SignalInstance: ...
    def require(self) -> Workbook: ...
    def context(self) -> Context: ...
    def results_for(self, entry: Entry) -> Results | None: ...
    def request_module(self, module_id: str, entry_id: str | None = None) -> None: ...
    def request_screen(self, key: str) -> None: ...


@runtime_checkable
class Screen(Protocol):
    """A screen in the navigation rail, as the shell drives it."""

    def refresh(self) -> None:
        """Show what the workbook holds now (after a change, or when shown again)."""

    def flush(self) -> None:
        """Save what is on screen now, through the operation path (before locking)."""

    def clear_content(self) -> None:
        """Forget everything read from the workbook (on lock)."""

    def resume_state(self) -> object:
        """Where the person is on this screen (None: nowhere in particular)."""

    def resume(self, state: object) -> None:
        """Come back to a place ``resume_state`` gave (after unlocking)."""


def as_screen(widget: QWidget) -> Screen:
    """``widget`` as the shell drives it; a screen that breaks the promise fails loudly here."""
    if not isinstance(widget, Screen):
        raise TypeError(f"{type(widget).__name__} is not a Screen (see workbook.ui.screen_host)")
    return widget
