"""Installing, updating and removing packs: all or nothing, and never touching any entry.

A pack is checked completely in a scratch folder beside the installed ones and only
then swapped in, so a pack with any error installs nothing and an interrupted install
leaves the earlier version. Entries are never touched: they live in the workbook and
keep the module version and text hash they were written with, so they still display
after an update and stay after a pack is removed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from workbook.core.authoring.packs.check import PackContents, unpack_and_check
from workbook.core.authoring.packs.installed import installed_pack, installed_packs, packs_dir
from workbook.core.authoring.packs.make import PackProblem
from workbook.core.authoring.packs.manifest import Manifest
from workbook.core.language.diagnostics import ProgramError, Report
from workbook.core.language.model import Program, Source
from workbook.core.language.program import read_program


@dataclass(frozen=True)
class Installed:
    """What installing did, for the message the person sees."""

    manifest: Manifest
    folder: Path
    module_titles: tuple[str, ...]
    replaced_version: str | None = None

    def summary(self) -> str:
        pack = f"“{self.manifest.title}” (version {self.manifest.version})"
        count = len(self.module_titles)
        modules = f"{count} module{'s' if count != 1 else ''}: " + ", ".join(self.module_titles)
        if self.replaced_version is None:
            return f"Added {pack} by {self.manifest.author}, with {modules}."
        return (
            f"Updated {pack} from version {self.replaced_version}, with {modules}. "
            "Everything written with the earlier version is kept as it was."
        )


def install_pack(pack: Path, base: Program, into: Path | None = None) -> Installed:
    """Check and install ``pack`` beside the program ``base``.

    Raises ProgramError (every problem, naming the file inside the pack and its line)
    or PackProblem (a sentence: an older version than the one installed); in both
    cases nothing was installed or changed.
    """
    folder = into or packs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".incoming-", dir=folder))
    try:
        report = Report()
        contents = unpack_and_check(pack, scratch, report)
        if contents is None:
            raise ProgramError(report.diagnostics)
        earlier = installed_pack(contents.manifest.id, folder)
        if earlier is not None and contents.manifest.version_key < earlier.manifest.version_key:
            raise PackProblem(
                f"This is version {contents.manifest.version} of “{contents.manifest.title}”, "
                f"but version {earlier.manifest.version} is already installed. Nothing was "
                "changed; ask for the newer pack, or remove the installed one first."
            )
        _check_ids(pack, scratch, contents, base, folder)
        target = folder / contents.manifest.id
        retired = folder / f".old-{contents.manifest.id}-{secrets.token_hex(4)}"
        if target.exists():
            os.replace(target, retired)
        os.replace(scratch, target)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Installed(
        contents.manifest,
        target,
        tuple(m.title for m in contents.program.modules),
        earlier.manifest.version if earlier is not None else None,
    )


def _check_ids(
    pack: Path, scratch: Path, contents: PackContents, base: Program, folder: Path
) -> None:
    """A module id already in the program or in another pack would mix two modules' answers."""
    owners = {m.id: "the program" for m in base.modules}
    for other in installed_packs(folder):
        if other.manifest.id != contents.manifest.id:
            program = read_program(other.folder, Report())
            for module in program.modules if program is not None else ():
                owners.setdefault(module.id, f"the pack “{other.manifest.title}”")
    report = Report()
    for module in contents.program.modules:
        if module.id in owners:
            inside = module.path.relative_to(scratch)
            report.error(
                Source(pack / inside, 1),
                f"the module id `{module.id}` is already used by {owners[module.id]}",
                "give the module its own id (answers are filed under it) and make the pack again",
            )
    if report.has_errors:
        raise ProgramError(report.diagnostics)


def remove_pack(pack_id: str, into: Path | None = None) -> Manifest:
    """Remove an installed pack's modules; every entry written with them stays in the workbook."""
    folder = into or packs_dir()
    found = installed_pack(pack_id, folder)
    if found is None:
        ids = ", ".join(p.manifest.id for p in installed_packs(folder)) or "none"
        raise PackProblem(f"There is no installed pack `{pack_id}`. Installed packs: {ids}.")
    retired = folder / f".removing-{pack_id}-{secrets.token_hex(4)}"
    os.replace(found.folder, retired)
    shutil.rmtree(retired, ignore_errors=True)
    return found.manifest
