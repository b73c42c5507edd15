"""``workbook pack make | install | remove | list``: a clinician's modules in one file, and back."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbook.cli.store_prompts import guarded


def _explained(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Problems in the pack are listed like ``workbook check`` lists them; nothing is changed."""

    def run(args: argparse.Namespace) -> int:
        from workbook.core.authoring.packs import PackProblem
        from workbook.core.language import ProgramError, format_text

        try:
            return int(command(args))
        except PackProblem as problem:
            print(str(problem), file=sys.stderr)
            return 1
        except ProgramError as error:
            print(format_text(error.diagnostics), file=sys.stderr)
            print(NOTHING_DONE.get(args.pack_command, ""), file=sys.stderr)
            return 1

    return guarded(run)


NOTHING_DONE = {
    "make": "No pack was written. Fix the problems above and make it again.",
    "install": "Nothing was installed or changed. Send these lines to whoever made the pack.",
}


def _cmd_make(args: argparse.Namespace) -> int:
    from workbook.core.authoring.packs import PACK_SUFFIX, make_pack

    output = args.output
    if output.suffix.lower() != PACK_SUFFIX:
        output = output.with_name(output.name + PACK_SUFFIX)
    made = make_pack(args.folder, output)
    manifest = made.manifest
    print(
        f"Made {output}: “{manifest.title}” version {manifest.version} by {manifest.author}, "
        f"{made.modules} module{'s' if made.modules != 1 else ''}, "
        f"{made.files} files, {made.size // 1024 + 1} KB."
    )
    if made.left_out:
        print("Left out (a pack holds modules, images and notes only): " + ", ".join(made.left_out))
    if made.warnings:
        print(f"{len(made.warnings)} warning(s): run 'workbook check {args.folder}' to see them.")
    return 0


def _base_program(folder: Path | None) -> Any:
    from workbook.core.language import load_program
    from workbook.paths import builtin_program_dir

    return load_program(folder or builtin_program_dir())


def _cmd_install(args: argparse.Namespace) -> int:
    from workbook.core.authoring.packs import install_pack

    installed = install_pack(args.pack, _base_program(args.program))
    print(installed.summary())
    print("They are in the program now; the next time Workbook opens it shows them.")
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from workbook.core.authoring.packs import remove_pack

    manifest = remove_pack(args.pack_id)
    print(
        f"Removed “{manifest.title}”. Everything written with its modules stays in your "
        "workbook, and comes back with them if the pack is installed again."
    )
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from workbook.core.authoring.packs import installed_packs

    packs = installed_packs()
    if not packs:
        print("No module packs are installed.")
    for pack in packs:
        m = pack.manifest
        print(f"{m.id}: “{m.title}” version {m.version} by {m.author} ({m.licence})")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="make, install, remove or list module packs (a clinician's modules in one file)",
        description="A module pack is one .wbpack file holding a clinician's modules, their "
        "images, a pack.yaml (title, author, version, licence) and an optional assignment.",
    )
    commands = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = commands.add_parser(
        "make",
        help="make a .wbpack file from a folder of modules with a pack.yaml",
        description="Check FOLDER (a program folder with a pack.yaml), then write it as one "
        "pack file with every file's checksum. Nothing is written if there is any error.",
    )
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.wbpack")
    p.set_defaults(run=_explained(_cmd_make))
    p = commands.add_parser(
        "install",
        help="check a pack and add its modules to the program on this computer",
        description="Check every file in the pack and install it only if there is no error "
        "(nothing is changed otherwise). A newer version of an installed pack replaces it; "
        "entries written with the earlier version are kept.",
    )
    p.add_argument("pack", type=Path, metavar="FILE.wbpack")
    p.add_argument(
        "--program",
        type=Path,
        metavar="FOLDER",
        help="the program the pack joins (default: built-in)",
    )
    p.set_defaults(run=_explained(_cmd_install))
    p = commands.add_parser(
        "remove",
        help="remove an installed pack (entries written with it are kept)",
        description="Remove an installed pack's modules. Entries written with them are kept.",
    )
    p.add_argument(
        "pack_id", metavar="PACK_ID", help="the pack's id, as `workbook pack list` shows"
    )
    p.set_defaults(run=_explained(_cmd_remove))
    p = commands.add_parser("list", help="list the installed packs")
    p.set_defaults(run=_explained(_cmd_list))
