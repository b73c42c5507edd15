"""The key file's header: which workbook it is, its name and when it was made, read without any key.

The unlock screen lists workbooks from the header alone, so starting the app doesn't
load the cryptography the slots need (issue 18: the unlock window appears within
2.5 bare windows). The full envelope reads the header the same way, so the two never
disagree on what makes a key file damaged or from a newer Workbook.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbook.core.store.errors import KeyFileDamaged, NewerVersion, NotAWorkbook
from workbook.core.store.keys.fields import BadField, text

log = logging.getLogger(__name__)

FORMAT = "workbook-envelope"
#: The newest key-file version this Workbook reads and writes.
FORMAT_VERSION = 2
#: A key file is about a kilobyte; anything far bigger is not one (and isn't read whole).
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Header:
    workbook_id: str
    name: str
    created: datetime
    version: int


def load_key_file(path: Path) -> Any:
    """The key file's JSON; ``NotAWorkbook`` when it is missing, ``KeyFileDamaged`` when unreadable."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise NotAWorkbook(
            "This workbook's key file is missing, so it can't be opened.",
            f"Nothing was changed. Put {path.name} back beside the workbook, or restore "
            "a backup (each backup carries its own copy).",
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise KeyFileDamaged()
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise KeyFileDamaged() from None


def parse_header(data: Any) -> Header:
    """The header in ``data``; ``KeyFileDamaged`` or ``NewerVersion`` when it can't be read."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise KeyFileDamaged()
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerVersion(
            "This workbook's key file was made by a newer version of Workbook.",
            "Nothing was changed. Install the newest Workbook to open it.",
        )
    try:
        if version not in (1, 2):
            raise BadField("version", "not 1 or 2")
        workbook_id = _canonical_id(text(data, "workbook_id", max_length=40))
        created = datetime.fromisoformat(text(data, "created", max_length=40))
        if created.tzinfo is None:
            raise BadField("created", "no time zone")
        name = text(data, "name")
    except (BadField, ValueError) as error:
        log.warning("key file damaged: %s", error)
        raise KeyFileDamaged() from None
    return Header(workbook_id, name, created, version)


def _canonical_id(value: str) -> str:
    """``value`` written as ``str(uuid.UUID(value))`` writes it (the same forms accepted), or
    ``ValueError``. Not uuid itself: importing it loads ``platform``, which cost the app's
    start more than everything else in this file."""
    hexdigits = value.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(hexdigits) != 32 or not all(c in "0123456789abcdefABCDEF" for c in hexdigits):
        raise ValueError("workbook_id: not a UUID")
    h = hexdigits.lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def read_header(path: Path) -> Header:
    """The header of the key file at ``path`` (see ``load_key_file`` and ``parse_header``)."""
    return parse_header(load_key_file(path))
