"""Journal files: a batch of change records, sealed with AES-256-GCM, in the sync folder.

Each file is ``journal/<32 random hex>.wbj``: the name says nothing about who wrote
it or what is in it. Its bytes are ``WBJ1``, a random 96-bit nonce, and the sealed
JSON. The key is derived from the workbook's data key (HKDF, so the database key is
never used directly for a second purpose); the associated data binds the file to
this workbook and to its own name, so a copy renamed, cut short or altered fails
authentication and is reported, never merged. Files are written atomically (a
hidden temp file, synced, then renamed), so a sync tool never sees half a file
under a journal name.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workbook.core.store.fsutil import atomic_write

MAGIC = b"WBJ1"
NONCE_BYTES = 12
FORMAT = 1
SUFFIX = ".wbj"
JOURNAL_DIR = "journal"
NAME = re.compile(r"^([0-9a-f]{32})\.wbj$")
#: A journal file bigger than this is not one of ours (and isn't read whole).
MAX_FILE_BYTES = 256 * 1024 * 1024


def journal_key(data_key: bytes, workbook_id: str) -> bytes:
    """The journal's own AES-256 key, derived from the data key."""
    hkdf = HKDF(hashes.SHA256(), 32, workbook_id.encode(), b"workbook-sync-journal/1")
    return hkdf.derive(data_key)


def _aad(workbook_id: str, file_id: str) -> bytes:
    return f"workbook-journal/{FORMAT}/{workbook_id}/{file_id}".encode()


def seal(payload: dict[str, Any], key: bytes, workbook_id: str, file_id: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, _aad(workbook_id, file_id))


def write(folder: Path, payload: dict[str, Any], key: bytes, workbook_id: str) -> str:
    """Seal ``payload`` into a new journal file in ``folder``; its file id."""
    file_id = secrets.token_hex(16)
    target = folder / JOURNAL_DIR
    target.mkdir(parents=True, exist_ok=True)
    atomic_write(target / f"{file_id}{SUFFIX}", seal(payload, key, workbook_id, file_id))
    return file_id


@dataclass(frozen=True)
class Unreadable:
    """A journal file that was not merged, and why (shown to the person, by file name)."""

    name: str
    reason: str


def list_files(folder: Path) -> tuple[dict[str, Path], list[Unreadable]]:
    """Journal files by id, and files in the journal folder that can't be ours."""
    found: dict[str, Path] = {}
    strays: list[Unreadable] = []
    directory = folder / JOURNAL_DIR
    if not directory.is_dir():
        return found, strays
    for path in sorted(directory.iterdir()):
        if path.name.startswith("."):
            continue  # a temp file being written (ours or the sync tool's)
        match = NAME.match(path.name)
        if match is None:
            if path.name.endswith(SUFFIX) or ".sync-conflict-" in path.name:
                strays.append(Unreadable(path.name, "a copy of a journal file (ignored)"))
            continue
        found[match.group(1)] = path
    return found, strays


def read(path: Path, keys: Sequence[bytes], workbook_id: str) -> dict[str, Any] | Unreadable:
    """The payload of a complete, authentic journal file, or why it can't be trusted."""
    file_id = path.name.removesuffix(SUFFIX)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return Unreadable(path.name, f"couldn't be read ({error.strerror or error})")
    if len(raw) > MAX_FILE_BYTES:
        return Unreadable(path.name, "too big to be a journal file")
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + NONCE_BYTES + 16:
        return Unreadable(path.name, "incomplete or not a journal file")
    nonce = raw[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    sealed = raw[len(MAGIC) + NONCE_BYTES :]
    for key in keys:
        try:
            plain = AESGCM(key).decrypt(nonce, sealed, _aad(workbook_id, file_id))
        except InvalidTag:
            continue
        try:
            payload = json.loads(plain.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return Unreadable(path.name, "authentic but not readable")
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            return Unreadable(path.name, "written by a newer Workbook")
        return payload
    return Unreadable(
        path.name,
        "incomplete, altered, copied under another name, or sealed with a key this "
        "computer doesn't have",
    )
