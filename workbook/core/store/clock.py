"""The store's one source of "now": aware, in the person's local offset (tests may replace it)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


def now() -> datetime:
    """The current moment with the computer's local UTC offset attached."""
    return datetime.now().astimezone()


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


def in_offset(moment: datetime, minutes: int) -> datetime:
    """A stored UTC moment shown in the local offset it was recorded in."""
    return moment.astimezone(timezone(timedelta(minutes=minutes)))
