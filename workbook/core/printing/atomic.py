"""Write an exported file whole or not at all, so a crash or a full disk never leaves half a PDF.

The bytes go to a temporary file in the target folder (same filesystem, so the final
rename is atomic), are flushed to disk, and only then replace the target. If anything
fails, the temporary file is removed and the old file, if any, is untouched.

Exports can hold health information in the clear, so what is written here is the
owner's alone: files ``0600`` and folders ``0700``, also when they replace an
existing file or folder (the replacement is a new file, not the old one rewritten).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


class ExportError(Exception):
    """Saving an export failed: ``message`` says what happened, ``advice`` what to try."""

    def __init__(
        self, message: str, advice: str = "Choose another place to save and try again."
    ) -> None:
        super().__init__(f"{message} {advice}")
        self.message = message
        self.advice = advice


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; os.replace is already durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_leftovers(target: Path) -> None:
    """Delete temporary files an earlier, interrupted save of this same file left behind."""
    for leftover in target.parent.glob(f".{target.name}.*.part"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def write_atomically(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; raise ExportError with advice if it cannot."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    _remove_leftovers(target)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        temp_name = None
        _fsync_folder(folder)
    except PermissionError as error:
        raise ExportError(
            f"Workbook may not write to {folder} ({error.strerror}).",
            "Choose a folder you can save in, such as your Documents folder.",
        ) from error
    except OSError as error:
        raise ExportError(
            f"Could not save {target.name}: {error.strerror or error}.",
            "Check there is free space and that the drive is still connected, then try again.",
        ) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def _explained(error: OSError, target: Path) -> ExportError:
    if isinstance(error, PermissionError):
        return ExportError(
            f"Workbook may not write to {target.parent} ({error.strerror}).",
            "Choose a folder you can save in, such as your Documents folder.",
        )
    return ExportError(
        f"Could not save {target.name}: {error.strerror or error}.",
        "Check there is free space and that the drive is still connected, then try again.",
    )


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_folder_atomically(path: Path | str, files: Mapping[str, bytes]) -> list[Path]:
    """Make the folder ``path`` hold exactly ``files`` (name -> bytes), whole or not at all.

    The files are written into a new owner-only folder beside the target, synced,
    and only then put in its place. An existing folder is replaced only when it
    holds nothing but files of these names (an earlier export); anything else is
    refused rather than mixed with or deleted.
    """
    target = Path(path)
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"The folder {parent} does not exist.")
    if target.exists():
        if not target.is_dir():
            raise ExportError(
                f"{target} is a file, not a folder.", "Choose a new folder name for the export."
            )
        strangers = [p.name for p in target.iterdir() if p.name not in files]
        if strangers:
            raise ExportError(
                f"The folder {target} already has other files in it.",
                "Choose a new or empty folder, so nothing else is overwritten or mixed in.",
            )
    building: Path | None = None
    retired: Path | None = None
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=parent))
        for name, data in files.items():
            _write_private(building / name, data)
        _fsync_folder(building)
        if target.exists():
            retired = parent / f".{target.name}.{secrets.token_hex(4)}.old"
            os.replace(target, retired)
        os.replace(building, target)
        building = None
        _fsync_folder(parent)
    except OSError as error:
        if retired is not None and not target.exists():
            with contextlib.suppress(OSError):
                os.replace(retired, target)  # put the earlier export back
                retired = None
        raise _explained(error, target) from error
    finally:
        for leftover in (building, retired):
            if leftover is not None:
                shutil.rmtree(leftover, ignore_errors=True)
    return [target / name for name in files]
