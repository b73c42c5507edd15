"""Turn a passphrase into a wrapping key slowly enough that guessing it is expensive.

Argon2id, calibrated when a workbook is created so one unlock takes about 0.5–1 s
on that computer with at least 64 MiB of memory. The parameters live in the
envelope, so a workbook always opens with the cost it was made with.
"""

from __future__ import annotations

import base64
import math
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

#: Tests and benchmarks set this to make KDF cost trivial; never set it for real use.
#: The envelope records the parameters used, so opening always respects them.
TEST_KDF_ENV = "WORKBOOK_INSECURE_TEST_KDF"

MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.7
MAX_TIME_COST = 40


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
            "version": 19,
            "time_cost": self.time_cost,
            "memory_cost_kib": self.memory_cost_kib,
            "parallelism": self.parallelism,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('algorithm')!r}")
        return cls(
            time_cost=int(data["time_cost"]),
            memory_cost_kib=int(data["memory_cost_kib"]),
            parallelism=int(data["parallelism"]),
            salt=base64.b64decode(data["salt"]),
        )


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
    return KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1, salt=os.urandom(16))


def calibrate() -> KdfParams:
    """Fresh parameters costing about ``TARGET_SECONDS`` here (trivial under the test hook)."""
    if os.environ.get(TEST_KDF_ENV):
        return _test_params()
    parallelism = max(1, min(4, os.cpu_count() or 1))
    probe = KdfParams(1, MIN_MEMORY_KIB, parallelism, os.urandom(16))
    started = time.perf_counter()
    derive_key("calibration", probe)
    one_pass = max(time.perf_counter() - started, 1e-3)
    time_cost = max(1, min(MAX_TIME_COST, math.ceil(TARGET_SECONDS / one_pass)))
    return KdfParams(time_cost, MIN_MEMORY_KIB, parallelism, os.urandom(16))
