"""A fingerprint of the program folder, so the app can say when it changed or vanished."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

ProgramChange = Literal["same", "changed", "missing", "unknown"]


def fingerprint(folder: Path) -> str | None:
    """sha256 over every module file's name and bytes; None when the folder is gone."""
    if not folder.is_dir():
        return None
    # Imported here, not at the top: the unlock window waits for this module (issue 18).
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in {".md", ".yaml", ".yml"}
    ):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def compare(recorded_path: str | None, recorded_fingerprint: str | None) -> ProgramChange:
    """How the recorded program folder looks now."""
    if recorded_path is None or recorded_fingerprint is None:
        return "unknown"
    now = fingerprint(Path(recorded_path))
    if now is None:
        return "missing"
    return "same" if now == recorded_fingerprint else "changed"
