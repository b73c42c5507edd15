"""Hybrid logical clock times: wall-clock milliseconds, a counter, and the device as tie-break.

A time is text that sorts in time order (``000001764480000000.00000.<device>``).
Each new time is later than every time this computer has seen, its own or another
computer's, so an edit made after seeing a change always sorts after it, even when
the other computer's wall clock is a year ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MS_DIGITS = 15
COUNTER_DIGITS = 5


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:0{MS_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        ms, counter, device = text.split(".", 2)
        if len(ms) != MS_DIGITS or len(counter) != COUNTER_DIGITS or not device:
            raise ValueError(f"not a clock time: {text!r}")
        return cls(int(ms), int(counter), device)


class HlcClock:
    """Hands out strictly increasing times for one device, starting after ``latest_seen``."""

    def __init__(self, device: str, latest_seen: str | None) -> None:
        self.device = device
        last = Hlc.parse(latest_seen) if latest_seen else Hlc(0, 0, device)
        self._ms, self._counter = last.ms, last.counter

    def tick(self, wall: datetime) -> str:
        wall_ms = int(wall.timestamp() * 1000)
        if wall_ms > self._ms:
            self._ms, self._counter = wall_ms, 0
        else:
            self._counter += 1
        return str(Hlc(self._ms, self._counter, self.device))
