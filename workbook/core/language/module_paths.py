"""Which files a module's Markdown may point at: only ones inside its program folder.

One rule for ``workbook check`` (an error with the cause and the fix), the screen
and the printed PDF (the image is never loaded; its description is shown instead).
A module is something a person may download and open, so a path that climbs out
(``../../``), an absolute path, or one with NUL or other control characters never
reaches the file system.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROGRAM_FILE = "program.yaml"
REMOTE = ("http://", "https://", "data:", "//", "ftp://", "file:")


@dataclass(frozen=True)
class PathProblem:
    """Why a path can't be used, and what the author should write instead."""

    cause: str
    fix: str


@lru_cache(maxsize=256)
def program_root(module_dir: Path) -> Path:
    """The program folder a module belongs to: the nearest folder up with a program.yaml
    (the module's own folder when it stands alone)."""
    resolved = module_dir.resolve()
    for folder in (resolved, *resolved.parents):
        if (folder / PROGRAM_FILE).is_file():
            return folder
    return resolved


def control_character(text: str) -> str | None:
    for char in text:
        if ord(char) < 32 or ord(char) == 127:
            return f"U+{ord(char):04X}"
    return None


def path_problem(url: str, module_dir: Path) -> PathProblem | None:
    """What is wrong with ``url`` as a file next to the module in ``module_dir`` (None: fine).

    Remote URLs are not judged here (the caller decides what they mean).
    """
    control = control_character(html.unescape(url))
    if control is not None:
        return PathProblem(
            f"the path `{url!r}` contains a control character ({control})",
            "retype the file name; paths can't contain invisible characters",
        )
    if "\\" in url:
        return PathProblem(
            f"`{url}` uses backslashes",
            "separate folders with / (e.g. `images/picture.png`); it works on every computer",
        )
    first = url.split("/")[0]
    if url.startswith("/") or ":" in first:
        return PathProblem(
            f"`{url}` is an absolute path, not one relative to the module",
            "put the file inside the program folder and write its path from the module, "
            "e.g. `images/picture.png`",
        )
    root = program_root(module_dir)
    try:
        target = (module_dir / url).resolve()
    except (OSError, ValueError, RuntimeError):
        return PathProblem(f"`{url}` can't be read as a path", "e.g. `images/picture.png`")
    if not target.is_relative_to(root):
        return PathProblem(
            f"`{url}` points outside the program folder ({root.name})",
            "copy the file into the program folder (e.g. its `images/` folder) and link it there",
        )
    return None


def local_file(url: str, module_dir: Path) -> Path | None:
    """The file ``url`` names inside the program folder, or None if it must not be loaded."""
    if not url or url.lower().startswith(REMOTE) or path_problem(url, module_dir):
        return None
    return (module_dir / url).resolve()
