"""The stand-in for the workbook service behind a preview: no workbook, nothing ever written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbook.core.usecases.unsaved import UnsavedWrites

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.scoring import Context
    from workbook.core.store import Workbook


class PreviewHost:
    """What a module page asks of its service, answered without any person's data.

    Formulas and conditions that read other modules see nothing (as for a client who
    has not done them yet); crisis boxes show the country's lines, no personal contacts.
    """

    def __init__(self, program: Program) -> None:
        self.program = program
        self.unsaved = UnsavedWrites()

    @property
    def workbook(self) -> Workbook | None:
        return None

    def context(self) -> Context:
        return {}

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
