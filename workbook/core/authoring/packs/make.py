"""``workbook pack make``: a clinician's folder of modules becomes one ``.wbpack`` file.

The folder is a program folder plus a ``pack.yaml``. Making checks it first (any
error and no pack is written), adds every file's checksum to the manifest, and then
checks the finished pack exactly as installing will, so a pack that was made can be
installed.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from workbook.core.authoring.packs.archive import ALLOWED_SUFFIXES
from workbook.core.authoring.packs.check import check_pack
from workbook.core.authoring.packs.manifest import (
    MANIFEST_HINT,
    PACK_FILE,
    Manifest,
    read_manifest,
)
from workbook.core.language.diagnostics import Diagnostic, ProgramError, Report, sort_key
from workbook.core.language.program import read_program

#: ``make`` writes the checksums after this line; making again replaces them
CHECKSUMS_MARK = "# Added by `workbook pack make`: do not edit below this line."
EXAMPLE = """id: better-sleep
title: Better sleep
author: Dr A. Example, Sleep Clinic
version: 1
licence: CC BY 4.0
"""


class PackProblem(Exception):
    """The folder can't be made into a pack, said in words (not a module error)."""


@dataclass(frozen=True)
class MadePack:
    manifest: Manifest
    modules: int
    files: int
    size: int
    left_out: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]


def make_pack(folder: Path, output: Path) -> MadePack:
    """Write ``output`` from ``folder``; raises ProgramError listing every error, or PackProblem."""
    from workbook.core.printing.atomic import write_atomically

    if not folder.is_dir():
        raise PackProblem(f"There is no folder at {folder}.")
    manifest_path = folder / PACK_FILE
    if not manifest_path.is_file():
        raise PackProblem(
            f"{folder} has no {PACK_FILE}. Add one that says what the pack is, e.g.\n\n"
            f"{EXAMPLE}\n{MANIFEST_HINT}."
        )
    report = Report()
    text = _without_checksums(manifest_path.read_text(encoding="utf-8-sig"))
    manifest = read_manifest(text, manifest_path, report)
    program = read_program(folder, report)
    if report.has_errors or manifest is None or program is None:
        raise ProgramError(sorted(report.diagnostics, key=sort_key))
    files, left_out = _files(folder, output)
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    lines = [text.rstrip("\n"), "", CHECKSUMS_MARK, "checksums:"]
    lines += [f"  {json.dumps(name)}: {digest}" for name, digest in sorted(sums.items())]
    files[PACK_FILE] = ("\n".join(lines) + "\n").encode("utf-8")
    data = _zip(files)
    write_atomically(output, data)
    problems = check_pack(output)
    if any(d.is_error for d in problems):
        output.unlink(missing_ok=True)
        raise ProgramError(problems)
    return MadePack(
        manifest,
        modules=len(program.modules),
        files=len(files),
        size=len(data),
        left_out=tuple(left_out),
        warnings=tuple(d for d in report.diagnostics if not d.is_error),
    )


def _without_checksums(text: str) -> str:
    return text.split(CHECKSUMS_MARK, 1)[0]


def _files(folder: Path, output: Path) -> tuple[dict[str, bytes], list[str]]:
    """The files to pack by their path inside it, and those left out (not data a pack holds)."""
    files: dict[str, bytes] = {}
    left_out: list[str] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.is_symlink() or not path.is_file() or path.resolve() == output.resolve():
            if path.is_symlink():
                left_out.append(relative)
            continue
        if relative == PACK_FILE:
            continue
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            left_out.append(relative)
            continue
        files[relative] = path.read_bytes()
    return files, left_out


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # same bytes each time
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()
