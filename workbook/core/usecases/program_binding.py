"""A workbook remembers which program it belongs to, and says so when that folder moved or changed.

The store keeps (program folder, fingerprint) inside the encrypted workbook. A
folder of ``None`` means the built-in program (its install path changes with every
upgrade, so it is not worth remembering). On opening:

* same program, same files: nothing to say;
* same program, files changed: say so (answers keep the module version they were made with);
* started with ``--program`` on a different folder: use it from now on, and say so;
* started without ``--program`` but the workbook belongs to another folder: switch to
  that folder if it is still there; if it has gone, say so and use the built-in program.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook

CHANGED = QT_TRANSLATE_NOOP(
    "UsecasesProgramBinding",
    "The modules in {where} have changed since you last opened this workbook. Everything you wrote is kept exactly as it was, with the version of each module you wrote it in.",
)
SWITCHED = QT_TRANSLATE_NOOP(
    "UsecasesProgramBinding",
    "This workbook was last used with the program in {old}. You opened it with the program in {new}, so it will use that one from now on.",
)
FOLLOWED = QT_TRANSLATE_NOOP(
    "UsecasesProgramBinding",
    "This workbook belongs to the program in {folder}, so that is the one shown.",
)
MISSING = QT_TRANSLATE_NOOP(
    "UsecasesProgramBinding",
    "This workbook belongs to the program in {folder}, but that folder is no longer there. The built-in program is shown instead; all your answers are safe. If the folder has moved, start Workbook with --program and its new place.",
)
BROKEN = QT_TRANSLATE_NOOP(
    "UsecasesProgramBinding",
    "This workbook belongs to the program in {folder}, but its files have problems (run “workbook check {folder}” to see them). The built-in program is shown instead; all your answers are safe.",
)


@dataclass(frozen=True)
class Binding:
    """What opening decided: notices to show, and the program to switch to (with its
    folder) when the workbook belongs to another one that is still there."""

    notices: list[str] = field(default_factory=list)
    follow: tuple[Program, Path] | None = None


def reconcile(
    workbook: Workbook, program_folder: Path, *, explicit: bool, language: str | None = None
) -> Binding:
    """Compare the open workbook's remembered program with the one in use (read from
    ``program_folder``; ``explicit`` when the person chose it with --program). A program
    followed is read in ``language``, like the one in use."""
    from workbook.core.store import program_fingerprint

    recorded_path, recorded_fp = workbook.program_record()
    current = _resolved(program_folder)
    current_path = str(current) if explicit else None

    if recorded_path is None and recorded_fp is None:  # a new workbook: remember, say nothing
        workbook.set_program(current_path, program_fingerprint(current))
        return Binding()
    if recorded_path == current_path or (
        recorded_path is not None and explicit and _resolved(Path(recorded_path)) == current
    ):
        return Binding(_check_changed(workbook, current, recorded_fp, current_path))
    if explicit:
        old = recorded_path or translate("UsecasesProgramBinding", "Workbook's built-in program")
        workbook.set_program(current_path, program_fingerprint(current))
        return Binding([translate("UsecasesProgramBinding", SWITCHED).format(old=old, new=current)])
    # Opened without --program, but this workbook belongs to another folder.
    assert recorded_path is not None
    folder = Path(recorded_path)
    if not folder.is_dir():
        return Binding([translate("UsecasesProgramBinding", MISSING).format(folder=folder)])
    from workbook.core.authoring.packs.installed import program_with_packs
    from workbook.core.language import ProgramError, load_program

    try:
        program = program_with_packs(load_program(folder, language), language=language)
    except ProgramError:
        return Binding([translate("UsecasesProgramBinding", BROKEN).format(folder=folder)])
    notices = [translate("UsecasesProgramBinding", FOLLOWED).format(folder=folder)]
    notices += _check_changed(workbook, folder, recorded_fp, str(folder))
    return Binding(notices, (program, folder))


def remembered_program_folder(workbook: Workbook, chosen: Path | None) -> Path | None:
    """The folder to read the program from outside the app (the command line): the one
    chosen, else the one the workbook remembers if it is still there, else None (built-in)."""
    if chosen is not None:
        return chosen
    remembered, _ = workbook.program_record()
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return None


def _check_changed(
    workbook: Workbook, folder: Path, recorded_fp: str | None, path: str | None
) -> list[str]:
    from workbook.core.store import program_fingerprint

    now = program_fingerprint(folder)
    if now == recorded_fp:
        return []
    workbook.set_program(path, now)
    if recorded_fp is None:
        return []
    where = (
        folder
        if path is not None
        else translate("UsecasesProgramBinding", "Workbook's built-in program")
    )
    return [translate("UsecasesProgramBinding", CHANGED).format(where=where)]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path
