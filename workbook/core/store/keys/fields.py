"""Reading one key-file field: the right type, length or range, or a ``BadField`` naming it.

The key file is the one file read before any passphrase is checked, so nothing in
it is trusted: a damaged or edited value must become a clear "damaged" message,
never an argon2 or base64 error, and never a cost that keeps the computer busy.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any


class BadField(ValueError):
    """A key-file value that is missing, of the wrong type, length or range."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def section(data: Any, field: str) -> Mapping[str, Any]:
    """``data[field]`` when it is a JSON object."""
    value = data.get(field) if isinstance(data, Mapping) else None
    if not isinstance(value, Mapping):
        raise BadField(field, "missing or not an object")
    return value


def text(data: Mapping[str, Any], field: str, *, max_length: int = 200) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value or len(value) > max_length:
        raise BadField(field, "missing, empty or too long")
    return value


def integer(data: Mapping[str, Any], field: str, low: int, high: int) -> int:
    """An integer in ``[low, high]`` (JSON true/false and 3.0 are not integers here)."""
    value = data.get(field)
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadField(field, "missing or not a whole number")
    if not low <= value <= high:
        raise BadField(field, f"{value} is outside {low}..{high}")
    return value


def b64(data: Mapping[str, Any], field: str, length: int) -> bytes:
    """Base64 of exactly ``length`` bytes."""
    value = data.get(field)
    if not isinstance(value, str):
        raise BadField(field, "missing or not text")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BadField(field, "not base64") from None
    if len(raw) != length:
        raise BadField(field, f"{len(raw)} bytes, not {length}")
    return raw


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def checksum(workbook_id: str, fields: Mapping[str, Any]) -> str:
    """A plain digest of a slot's fields, so damage is told apart from a wrong passphrase.

    Not a secret and not a defence against someone editing the file (they can
    recompute it); it tells a flipped bit on disk from a mistyped passphrase.
    """
    canonical = json.dumps({"workbook_id": workbook_id, **fields}, sort_keys=True)
    # Imported here, not at the top: the unlock window waits for this module (issue 18).
    import hashlib

    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]
