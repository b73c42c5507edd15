"""The packs installed on this computer, and the program with their modules added.

Installed packs live in ``<data folder>/packs/<pack id>/``, each an unpacked program
folder with its ``pack.yaml``. Every workbook on the computer sees them: their
modules join the program under their stages (stages a pack adds come after the
program's own), and the assignment tells Home what the clinician asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from workbook import paths
from workbook.core.authoring.packs.manifest import PACK_FILE, Manifest, read_manifest
from workbook.core.language.diagnostics import Report
from workbook.core.language.model import Program
from workbook.core.language.program import read_program
from workbook.core.language.translations import resolve_program


def packs_dir() -> Path:
    """Where installed packs live (inside Workbook's data folder)."""
    return paths.data_dir() / "packs"


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    folder: Path


def installed_packs(into: Path | None = None) -> list[InstalledPack]:
    """Each installed pack, by id; a folder whose manifest can't be read is passed over."""
    folder = into or packs_dir()
    if not folder.is_dir():
        return []
    found = []
    for pack in sorted(folder.iterdir()):
        manifest_path = pack / PACK_FILE
        if pack.name.startswith(".") or not manifest_path.is_file():
            continue
        try:
            text = manifest_path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        manifest = read_manifest(text, manifest_path, Report())
        if manifest is not None:
            found.append(InstalledPack(manifest, pack))
    return found


def installed_pack(pack_id: str, into: Path | None = None) -> InstalledPack | None:
    return next((p for p in installed_packs(into) if p.manifest.id == pack_id), None)


def program_with_packs(
    base: Program, into: Path | None = None, *, language: str | None = None
) -> Program:
    """``base`` with every installed pack's modules added; ``base`` itself when there is none.

    ``language`` as for ``load_program``: a pack's modules come in it where translated.

    A pack whose files were damaged after installing is left out rather than stopping
    the program from opening (``workbook pack list`` says which).
    """
    packs = installed_packs(into)
    if not packs:
        return base
    stages = list(base.stages)
    modules = list(base.modules)
    schedule = dict(base.schedule)
    taken = {m.id for m in modules}
    for pack in packs:
        report = Report()
        program = read_program(pack.folder, report, check_translations=False)
        if program is None or report.has_errors:
            continue
        program = resolve_program(program, language)
        known = {s.id for s in stages}
        stages += [s for s in program.stages if s.id not in known]
        added = [m for m in program.modules if m.id not in taken]
        modules += added
        taken.update(m.id for m in added)
        ids = {m.id for m in added}
        # the pack's own schedule, then its assignment's repeats: Home, the reminder and
        # the module page then treat them as any clinician's schedule
        schedule.update({k: v for k, v in program.schedule.items() if k in ids})
        schedule.update(
            {
                item.module_id: item.repeat_every_days
                for item in pack.manifest.assignment
                if item.repeat_every_days is not None and item.module_id in ids
            }
        )
    order = {stage.id: index for index, stage in enumerate(stages)}
    modules.sort(key=lambda m: order.get(m.stage, len(order)))  # stable: files keep their order
    return replace(base, stages=tuple(stages), modules=tuple(modules), schedule=schedule)
