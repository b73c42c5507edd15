"""Argon2 calibration: several probes, about a second here, never below the floor.

The probe is faked: these tests decide what the computer "measures", so they are
about the choice, not about this machine's speed (no timing asserts).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from conftest import PASSPHRASE

from workbook.core.store import Workbook
from workbook.core.store.keys import kdf
from workbook.core.store.keys.kdf import (
    MAX_CALIBRATED_MEMORY_KIB,
    MAX_TIME_COST,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    PROBES,
    TARGET_SECONDS,
    KdfParams,
    calibrate,
)


class FakeProbe:
    """Reports the given seconds for successive probes and remembers what was probed."""

    def __init__(self, seconds: Iterable[float]) -> None:
        self.seconds = iter(seconds)
        self.probed: list[KdfParams] = []

    def __call__(self, params: KdfParams) -> float:
        self.probed.append(params)
        return next(self.seconds)


def _unlock_seconds(params: KdfParams, seconds_per_pass_at_floor: float) -> float:
    """What one unlock with ``params`` costs on a computer of the given speed."""
    per_pass = seconds_per_pass_at_floor * params.memory_cost_kib / MIN_MEMORY_KIB
    return params.time_cost * per_pass


def test_several_probes_at_the_floor_cost_are_taken() -> None:
    probe = FakeProbe(itertools.repeat(0.3))
    calibrate(probe)
    assert len(probe.probed) == PROBES >= 3
    assert all(p.memory_cost_kib == MIN_MEMORY_KIB for p in probe.probed)
    assert all(p.time_cost == MIN_TIME_COST for p in probe.probed)


def test_a_busy_moment_during_calibration_does_not_make_unlocking_cheap() -> None:
    """One probe slowed by other programs (1.5 s) is outvoted by the fastest (0.15 s)."""
    params = calibrate(FakeProbe([1.5, 0.15, 0.9]))
    per_pass = 0.15 / MIN_TIME_COST
    assert _unlock_seconds(params, per_pass) == pytest.approx(TARGET_SECONDS, rel=0.1)
    assert params.time_cost == 20


@pytest.mark.parametrize("floor_probe", [0.1, 0.3, 0.6, 0.9])
def test_an_unlock_takes_about_a_second_here(floor_probe: float) -> None:
    params = calibrate(FakeProbe(itertools.repeat(floor_probe)))
    seconds = _unlock_seconds(params, floor_probe / MIN_TIME_COST)
    assert TARGET_SECONDS * 0.99 <= seconds < TARGET_SECONDS * 1.35


def test_a_fast_computer_gets_more_memory_not_endless_passes() -> None:
    """10 ms a pass: 100 passes over 64 MiB become 25 over 256 MiB (harder on guessing hardware)."""
    params = calibrate(FakeProbe(itertools.repeat(0.03)))
    assert params.memory_cost_kib == MAX_CALIBRATED_MEMORY_KIB
    assert MIN_TIME_COST <= params.time_cost <= MAX_TIME_COST
    seconds = _unlock_seconds(params, 0.03 / MIN_TIME_COST)
    assert TARGET_SECONDS * 0.99 <= seconds < TARGET_SECONDS * 1.35


def test_an_implausibly_fast_probe_stops_at_the_ceiling() -> None:
    """A probe that came back in no time can't ask for more than the bounds a key file allows."""
    params = calibrate(FakeProbe(itertools.repeat(0.0)))
    assert params.memory_cost_kib == MAX_CALIBRATED_MEMORY_KIB
    assert params.time_cost == MAX_TIME_COST
    KdfParams.from_json(params.to_json())  # what calibration makes, reading accepts


@pytest.mark.parametrize("floor_probe", [1.2, 5.0, 60.0])
def test_a_slow_computer_never_goes_below_the_floor(floor_probe: float) -> None:
    """Slower than a second at the floor: the floor it is (64 MiB, three passes)."""
    params = calibrate(FakeProbe(itertools.repeat(floor_probe)))
    assert params.memory_cost_kib == MIN_MEMORY_KIB == 64 * 1024
    assert params.time_cost == MIN_TIME_COST == 3


def test_each_calibration_has_its_own_salt() -> None:
    first = calibrate(FakeProbe(itertools.repeat(0.2)))
    second = calibrate(FakeProbe(itertools.repeat(0.2)))
    assert first.salt != second.salt and len(first.salt) == 16


def test_a_passphrase_change_is_calibrated_afresh(
    wb: Workbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cost is re-tuned for this computer whenever the passphrase changes."""
    calls: list[str] = []
    real = kdf.calibrate

    def counting() -> KdfParams:
        calls.append("calibrated")
        return real()

    monkeypatch.setattr("workbook.core.store.keys.envelope.calibrate", counting)
    wb.change_passphrase(PASSPHRASE, "another one")
    assert calls == ["calibrated"]
