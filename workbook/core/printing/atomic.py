"""Write an exported file whole or not at all, so a crash or a full disk never leaves half a PDF.

The bytes go to a temporary file in the target folder (same filesystem, so the final
rename is atomic), are flushed to disk, and only then replace the target. If anything
fails, the temporary file is removed and the old file, if any, is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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
