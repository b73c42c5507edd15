"""Writes that failed and are waiting to be tried again, held in memory only.

When a save fails (full disk, read-only folder), the operation keeps the write here
under a key (one per thing being written, so a newer attempt replaces an older one).
Locking does not throw these away: the screens clear, the person's words stay here,
never on disk unencrypted, and are saved when the same workbook is unlocked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbook.core.usecases.topics import Done, Topic

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook

#: A use case ready to run: everything it writes is already captured.
Write = Callable[["Program", "Workbook"], Done[object]]


@dataclass(frozen=True)
class PendingWrite:
    what: str  # in the person's words: "your answers in Mood check"
    write: Write
    reason: str  # why the last try failed, in plain words
    advice: str = ""  # what the person can do about it
    workbook_path: Path | None = None  # the workbook it belongs to


@dataclass(frozen=True)
class Replayed:
    """What trying the waiting writes again did."""

    saved: list[str] = field(default_factory=list)
    unsaved: list[str] = field(default_factory=list)
    topics: tuple[Topic, ...] = ()
    reason: str = ""  # why the first that failed again failed


class UnsavedWrites:
    """Failed writes by key, each with the workbook (by path) it belongs to."""

    def __init__(self) -> None:
        self._pending: dict[str, PendingWrite] = {}

    def keep(
        self,
        key: str,
        what: str,
        write: Write,
        reason: str,
        advice: str = "",
        workbook_path: Path | None = None,
    ) -> None:
        self._pending[key] = PendingWrite(what, write, reason, advice, workbook_path)

    @property
    def workbook_path(self) -> Path | None:
        """The workbook the oldest waiting write belongs to (the one to unlock next)."""
        return next(iter(self._pending.values())).workbook_path if self._pending else None

    def forget(self, key: str) -> None:
        self._pending.pop(key, None)

    def __bool__(self) -> bool:
        return bool(self._pending)

    def __len__(self) -> int:
        return len(self._pending)

    def discard_all(self) -> None:
        """The person chose to quit without them."""
        self._pending.clear()

    def descriptions(self) -> list[str]:
        return [pending.what for pending in self._pending.values()]

    def reason(self) -> str:
        """Why the most recent failure happened."""
        return next(reversed(self._pending.values())).reason if self._pending else ""

    def advice(self) -> str:
        """What the person can do about the most recent failure."""
        return next(reversed(self._pending.values())).advice if self._pending else ""

    def replay(
        self, program: Program, workbook: Workbook, explain: Callable[[Exception], str]
    ) -> Replayed:
        """Try every waiting write of this workbook again, oldest first; those that fail
        again stay here, and those of another workbook wait for it."""
        saved: list[str] = []
        unsaved: list[str] = []
        topics: list[Topic] = []
        reason = ""
        for key, pending in list(self._pending.items()):
            if pending.workbook_path not in (None, workbook.path):
                continue
            try:
                done = pending.write(program, workbook)
            except Exception as error:  # still failing: keep it, say why
                text = explain(error)
                self._pending[key] = replace(pending, reason=text)
                unsaved.append(pending.what)
                reason = reason or text
                continue
            del self._pending[key]
            saved.append(pending.what)
            topics += [t for t in done.topics if t not in topics]
        return Replayed(saved, unsaved, tuple(topics), reason)


def listed(items: list[str] | tuple[str, ...]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
