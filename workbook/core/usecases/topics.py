"""The one list of change topics, and ``Done``: what a use case returns.

A topic names a kind of thing a write changed; every screen that shows that kind of
thing refreshes when it is announced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, get_args

Topic = Literal["entries", "goals", "checkins", "settings", "progress"]
#: Every topic, in the order screens usually care about them.
TOPICS: tuple[Topic, ...] = get_args(Topic)

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Done(Generic[T_co]):
    """A use case's result (``value``) and the topics its write changed."""

    value: T_co
    topics: tuple[Topic, ...] = ()
