"""The store's one source of "now": aware, in the person's local offset.

Sample data, screenshots and tests back-fill history by pointing it at another
moment with ``frozen_at``; nothing in the app does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

_frozen: datetime | None = None


def now() -> datetime:
    """The current moment with the computer's local UTC offset attached."""
    return _frozen if _frozen is not None else datetime.now().astimezone()


@contextmanager
def frozen_at(moment: datetime) -> Iterator[None]:
    """Make the store record ``moment`` as "now" inside the block (for generating history)."""
    global _frozen
    previous, _frozen = _frozen, moment
    try:
        yield
    finally:
        _frozen = previous


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


def in_offset(moment: datetime, minutes: int) -> datetime:
    """A stored UTC moment shown in the local offset it was recorded in."""
    return moment.astimezone(timezone(timedelta(minutes=minutes)))
