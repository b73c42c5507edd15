"""Turn a passphrase into a wrapping key slowly enough that guessing it is expensive.

Argon2id, calibrated whenever a passphrase is set (a new workbook, a changed or
recovered passphrase) so one unlock takes about a second on that computer, and
never less than 64 MiB of memory and three passes. The parameters live in the key
file, so a workbook always opens with the cost it was made with; they are checked
against fixed bounds before use, so a damaged file can't ask for a week of work.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from workbook.core.store.keys.fields import BadField, b64, encode, integer

#: Tests and benchmarks set this to make KDF cost trivial; never set it for real use.
#: The envelope records the parameters used, so opening always respects them.
TEST_KDF_ENV = "WORKBOOK_INSECURE_TEST_KDF"

ARGON2_VERSION = 19
SALT_BYTES = 16

# What calibration chooses from.
MIN_MEMORY_KIB = 64 * 1024
MAX_CALIBRATED_MEMORY_KIB = 256 * 1024
MIN_TIME_COST = 3
MAX_TIME_COST = 40
TARGET_SECONDS = 1.0
PROBES = 3

# What a key file may ask for: wider than calibration (the test hook's trivial cost,
# a file made on a much faster computer) but never a hang or an out-of-memory.
TIME_COST_BOUNDS = (1, 64)
MEMORY_KIB_BOUNDS = (8, 1024 * 1024)
PARALLELISM_BOUNDS = (1, 16)
#: passes x memory: about 64 passes over 256 MiB, seconds to a minute on a slow computer.
MAX_WORK_KIB = 64 * MAX_CALIBRATED_MEMORY_KIB


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, as stored in the envelope."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "time_cost": self.time_cost,
            "memory_cost_kib": self.memory_cost_kib,
            "parallelism": self.parallelism,
            "salt": encode(self.salt),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KdfParams:
        """Parameters within bounds, or ``BadField`` naming the first one that isn't."""
        if data.get("algorithm") != "argon2id":
            raise BadField("kdf.algorithm", "not argon2id")
        integer(data, "version", ARGON2_VERSION, ARGON2_VERSION)
        params = cls(
            time_cost=integer(data, "time_cost", *TIME_COST_BOUNDS),
            memory_cost_kib=integer(data, "memory_cost_kib", *MEMORY_KIB_BOUNDS),
            parallelism=integer(data, "parallelism", *PARALLELISM_BOUNDS),
            salt=b64(data, "salt", SALT_BYTES),
        )
        if params.memory_cost_kib < 8 * params.parallelism:
            raise BadField("memory_cost_kib", "less than Argon2's 8 KiB per lane")
        if params.time_cost * params.memory_cost_kib > MAX_WORK_KIB:
            raise BadField("time_cost", "time and memory together are beyond any calibration")
        return params


def normalize_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on another keyboard or OS gives the same bytes (NFC)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The 256-bit key that wraps the data key."""
    # Imported here so the unlock window, which only lists workbooks, need not load it.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        normalize_passphrase(passphrase),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _test_params() -> KdfParams:
    return KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1, salt=os.urandom(SALT_BYTES))


def timed_derive(params: KdfParams) -> float:
    """Seconds one derivation with ``params`` takes here (the real probe)."""
    started = time.perf_counter()
    derive_key("calibration", params)
    return time.perf_counter() - started


def calibrate(probe: Callable[[KdfParams], float] | None = None) -> KdfParams:
    """Fresh parameters costing about ``TARGET_SECONDS`` here (trivial under the test hook).

    Several probes at the floor cost, and the fastest one counts: a probe slowed by
    other programs would otherwise choose a cheap cost that unlocks in a fraction
    of a second once the computer is idle again. The floor (64 MiB, 3 passes) holds
    however slow the computer; a fast one gets more passes, then more memory.
    """
    if probe is None:
        if os.environ.get(TEST_KDF_ENV):
            return _test_params()
        probe = timed_derive
    parallelism = max(1, min(4, os.cpu_count() or 1))
    floor = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, parallelism, os.urandom(SALT_BYTES))
    fastest = min(probe(floor) for _ in range(PROBES))
    per_pass = max(fastest / MIN_TIME_COST, 1e-4)
    memory = MIN_MEMORY_KIB
    time_cost = math.ceil(TARGET_SECONDS / per_pass)
    while time_cost > MAX_TIME_COST and memory < MAX_CALIBRATED_MEMORY_KIB:
        memory *= 2  # a pass over twice the memory takes about twice as long
        per_pass *= 2
        time_cost = math.ceil(TARGET_SECONDS / per_pass)
    time_cost = max(MIN_TIME_COST, min(MAX_TIME_COST, time_cost))
    return KdfParams(time_cost, memory, parallelism, os.urandom(SALT_BYTES))
