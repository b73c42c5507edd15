"""The stand-in for the workbook service behind a preview: no workbook, nothing ever written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workbook.core.usecases.unsaved import UnsavedWrites

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.scoring import Context, Results
    from workbook.core.store import Entry, Workbook


class PreviewHost(QObject):
    """What a module page asks of its service, answered without any person's data.

    Formulas and conditions that read other modules see nothing (as for a client who
    has not done them yet); crisis boxes show the country's lines, no personal contacts.
    It keeps the whole ``ScreenHost`` promise, so a crisis box's button opens the "Need
    help now?" panel here too.
    """

    # never emitted: a preview has no workbook to open, change or lock
    changed = Signal(str)
    opened = Signal()
    locked = Signal()
    about_to_lock = Signal()

    def __init__(self, program: Program) -> None:
        super().__init__()
        self.program = program
        self.unsaved = UnsavedWrites()

    @property
    def workbook(self) -> Workbook | None:
        return None

    def context(self) -> Context:
        return {}

    def require(self) -> Workbook:
        raise RuntimeError("a preview has no workbook")

    def results_for(self, entry: Entry) -> Results | None:
        return None

    def request_module(self, module_id: str, entry_id: str | None = None) -> None:
        """A preview shows one module; it goes nowhere else."""

    def request_screen(self, key: str) -> None:
        """A preview has no other screens."""

    def notify(self, *topics: str) -> None:
        """Nothing else is showing the preview's answers."""

    def run_in_background(
        self,
        fn: Callable[[], object],
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ) -> None:
        """Nothing runs in the background for a preview; a write never gets this far."""
        raise RuntimeError("a preview writes nothing")
