"""Checking a pack completely before anything is installed: its files, its manifest, its modules.

The modules are unpacked into a scratch folder and read exactly as a program folder
is, then every message is moved back onto the pack: ``sleep.wbpack/10-diary.md:12:3``
names the file inside the pack and its line.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from workbook.core.authoring.packs.archive import read_archive, where
from workbook.core.authoring.packs.manifest import PACK_FILE, Manifest, read_manifest
from workbook.core.language.diagnostics import Diagnostic, Report, sort_key
from workbook.core.language.model import Program, Source
from workbook.core.language.program import PROGRAM_FILE, read_program


@dataclass(frozen=True)
class PackContents:
    """A pack that checked cleanly, unpacked in ``program.path``."""

    manifest: Manifest
    program: Program


def check_pack(pack: Path) -> list[Diagnostic]:
    """Every problem in a ``.wbpack`` file, in file and line order; nothing is kept."""
    report = Report()
    with tempfile.TemporaryDirectory(prefix="workbook-pack-") as scratch:
        unpack_and_check(pack, Path(scratch), report)
    return sorted(dict.fromkeys(report.diagnostics), key=sort_key)


def unpack_and_check(pack: Path, into: Path, report: Report) -> PackContents | None:
    """Unpack ``pack`` into the empty folder ``into`` and check it; None on any error."""
    files = read_archive(pack, report)
    if files is None:
        return None
    manifest = _manifest(pack, files, report)
    if manifest is not None:
        _check_sums(pack, files, manifest, report)
    if report.has_errors or manifest is None:
        return None
    for name, data in files.items():
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if PROGRAM_FILE not in files:  # the pack's own folder is its program's root
        (into / PROGRAM_FILE).write_text(f"title: {json.dumps(manifest.title)}\n", "utf-8")
    inside = Report()
    program = read_program(into, inside)
    for diagnostic in inside.diagnostics:
        report.diagnostics.append(_onto_pack(diagnostic, into, pack))
    if program is not None:
        _check_assignment(manifest, program, report)
    if report.has_errors or program is None:
        return None
    return PackContents(manifest, program)


def check_pack_folder(folder: Path, program: Program, report: Report) -> None:
    """A clinician's folder with a ``pack.yaml``: its manifest and assignment, before making
    the pack (``workbook check FOLDER`` finds what ``workbook pack make`` would refuse)."""
    path = folder / PACK_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(Source(path, 1), f"cannot read this file: {exc}")
        return
    manifest = read_manifest(text, path, report)
    if manifest is not None:
        _check_assignment(manifest, program, report)


def _manifest(pack: Path, files: dict[str, bytes], report: Report) -> Manifest | None:
    raw = files.get(PACK_FILE)
    if raw is None:
        report.error(
            Source(pack, 1),
            "this pack has no pack.yaml, so it doesn't say who made it or which version it is",
            "make packs with `workbook pack make FOLDER -o NAME.wbpack`",
        )
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.error(where(pack, PACK_FILE), "pack.yaml is not UTF-8 text")
        return None
    return read_manifest(text, pack / PACK_FILE, report)


def _check_sums(pack: Path, files: dict[str, bytes], manifest: Manifest, report: Report) -> None:
    """Every file is the one the clinician packed: none added, changed or missing since."""
    remake = "make the pack again with `workbook pack make` from the clinician's folder"
    for name, data in files.items():
        if name == PACK_FILE:
            continue
        expected = manifest.checksums.get(name)
        if expected is None:
            report.error(
                where(pack, name), "this file was added to the pack after it was made", remake
            )
        elif hashlib.sha256(data).hexdigest() != expected:
            report.error(where(pack, name), "this file changed after the pack was made", remake)
    for name in manifest.checksums:
        if name not in files:
            at = manifest.checksums_source or manifest.source
            report.error(at, f"`{name}` is listed in pack.yaml but missing from the pack", remake)


def _check_assignment(manifest: Manifest, program: Program, report: Report) -> None:
    ids = [m.id for m in program.modules]
    listed: set[str] = set()
    for item in manifest.assignment:
        module = program.module(item.module_id)
        if module is None:
            report.error(
                item.source,
                f"the assignment names `{item.module_id}`, which is not a module in this pack",
                "the modules in this pack are: " + ", ".join(f"`{i}`" for i in ids),
            )
            continue
        if item.module_id in listed:
            report.error(item.source, f"`{item.module_id}` is assigned twice")
        listed.add(item.module_id)
        if item.repeat_every_days is not None and not module.repeatable:
            report.error(
                item.source,
                f"`{item.module_id}` is assigned to repeat, but it is done only once",
                f"add `repeatable: true` to the header of {module.path.name}",
            )


def _onto_pack(diagnostic: Diagnostic, folder: Path, pack: Path) -> Diagnostic:
    try:
        inside = diagnostic.path.relative_to(folder)
    except ValueError:
        return diagnostic
    return replace(diagnostic, path=pack / inside)
