"""Reading a pack's zip safely: what a pack may hold, how big, and never a path outside it.

Every refusal is a diagnostic naming the file inside the pack, so the clinician who
made it knows what to change; nothing is written anywhere while reading.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from workbook.core.language.diagnostics import Report
from workbook.core.language.model import Source
from workbook.core.language.module_paths import control_character

#: what a pack may hold: modules, their program and pack files, images, plain text
ALLOWED_SUFFIXES = frozenset({".md", ".yaml", ".yml", ".txt", ".png", ".jpg", ".jpeg", ".gif"})
MAX_FILES = 300
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 25 * 1024 * 1024


def where(pack: Path, member: str, line: int = 1, column: int = 1) -> Source:
    """A place inside a pack, written ``NAME.wbpack/inside/file.md`` in messages."""
    return Source(pack / member, line, column)


def read_archive(pack: Path, report: Report) -> dict[str, bytes] | None:
    """Every file in the pack by its path inside it; None when the pack can't be read at all."""
    try:
        archive = zipfile.ZipFile(pack)
    except FileNotFoundError:
        report.error(Source(pack, 1), "there is no pack file here")
        return None
    except (zipfile.BadZipFile, OSError) as exc:
        report.error(
            Source(pack, 1),
            f"this is not a module pack Workbook can open ({exc})",
            "make packs with `workbook pack make FOLDER -o NAME.wbpack`; "
            "a pack copied only in part (an interrupted download) can't be opened either",
        )
        return None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            report.error(
                Source(pack, 1),
                f"this pack holds {len(infos)} files; a pack may hold at most {MAX_FILES}",
            )
            return None
        files: dict[str, bytes] = {}
        total = 0
        seen: dict[str, str] = {}
        for info in infos:
            name = info.filename
            if not _safe_name(pack, name, info, report):
                continue
            folded = name.casefold()
            if folded in seen:
                report.error(
                    where(pack, name),
                    f"`{name}` and `{seen[folded]}` differ only in capitals",
                    "some computers can't tell them apart: rename one",
                )
                continue
            seen[folded] = name
            if info.file_size > MAX_FILE_BYTES:
                report.error(
                    where(pack, name),
                    f"this file is {info.file_size // (1024 * 1024)} MB; "
                    f"files in a pack may be at most {MAX_FILE_BYTES // (1024 * 1024)} MB",
                    "make the image smaller (a worksheet needs no more than 1500 pixels across)",
                )
                continue
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                report.error(
                    Source(pack, 1),
                    f"this pack unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB",
                    "make its images smaller",
                )
                return None
            try:
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                report.error(where(pack, name), f"this file in the pack is damaged ({exc})")
                continue
            if len(data) > MAX_FILE_BYTES:  # the zip lied about its size
                report.error(where(pack, name), "this file is bigger than the pack says")
                continue
            files[name] = data
        return files


def _safe_name(pack: Path, name: str, info: zipfile.ZipInfo, report: Report) -> bool:
    """Only plain relative paths to allowed kinds of file; never outside the pack."""
    shown = name.encode("unicode_escape").decode("ascii") if control_character(name) else name
    path = PurePosixPath(name)
    if (
        "\\" in name
        or name.startswith("/")
        or ":" in path.parts[0]
        or any(part in ("..", "") for part in name.split("/"))
        or control_character(name)
    ):
        report.error(
            Source(pack, 1),
            f"the pack holds a file named `{shown}`, which points outside the pack",
            "a pack is unpacked into a folder of its own; every path must stay inside it",
        )
        return False
    if stat.S_ISLNK(info.external_attr >> 16):
        report.error(
            where(pack, name),
            "this is a link to another file, which a pack may not hold",
            "copy the file itself into the folder before making the pack",
        )
        return False
    if any(part.startswith(".") for part in path.parts):
        report.error(where(pack, name), "hidden files may not be in a pack")
        return False
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        report.error(
            where(pack, name),
            f"a pack holds modules and images only, not `{path.suffix or name}` files",
            "packs are data: modules (.md), program.yaml, pack.yaml, images (.png, .jpg, .gif) "
            "and notes (.txt)",
        )
        return False
    return True
