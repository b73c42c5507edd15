"""``workbook new | list | passwd | recover | new-recovery-key | backup | restore | export``: workbooks from a terminal.

Passphrases and recovery keys are read from the terminal without echo, or from a
file named with ``--passphrase-file`` (``-`` for standard input) for scripts;
never from the command line, where other users and shell history could see them.
Every failure prints what happened and what to do, and exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.cli.store_prompts import (
    CliProblem,
    ask_new_passphrase,
    ask_secret,
    find_workbook,
    open_chosen,
    path_of,
)
from workbook.cli.store_prompts import guarded as _guarded
from workbook.cli.workbook_argument import add_workbook_argument
from workbook.core.wording.dates import date_in_words, date_time_in_words

if TYPE_CHECKING:
    from workbook.core.store import Workbook


# -- commands --------------------------------------------------------------------------------


def _show_recovery_key(recovery_key: str, heading: str) -> None:
    print()
    print(heading)
    print()
    print(f"    {recovery_key}")
    print()
    print("Write it down or print it, and keep it somewhere safe and private. If you ever")
    print("forget your passphrase, it is the only way back in: workbook recover")


def _cmd_new(args: argparse.Namespace) -> int:
    from workbook.core.store import create_workbook

    passphrase = ask_new_passphrase("Choose a passphrase: ", args.passphrase_file)
    workbook, recovery_key = create_workbook(args.name, passphrase, program_path=args.program)
    with workbook:
        print(f"Made the workbook {workbook.name!r} in {workbook.path}.")
    _show_recovery_key(recovery_key, "Your recovery key (shown only this once):")
    return 0


def _cmd_list(_args: argparse.Namespace) -> int:
    from workbook.core.store import list_workbooks

    known = list_workbooks()
    if not known:
        print("No workbooks yet. Make one with: workbook new NAME")
        return 0
    for info in known:
        print(
            f"{info.name}\tmade {date_in_words(info.created.astimezone(), month='short')}\t{info.path}"
        )
    return 0


def _cmd_passwd(args: argparse.Namespace) -> int:
    from workbook.core.store import open_workbook

    path = path_of(find_workbook(args.workbook))
    old = ask_secret("Current passphrase: ", args.passphrase_file)
    with open_workbook(path, old) as workbook:
        new = ask_new_passphrase("New passphrase: ", args.new_passphrase_file)
        new_recovery_key = workbook.change_passphrase(old, new)
    print("Passphrase changed. The workbook was re-encrypted, so old copies of its key file")
    print("no longer open it. Backups made earlier keep the passphrase they were made with.")
    if new_recovery_key is None:
        print("Your recovery key still works; keep the sheet you have.")
    else:
        _show_recovery_key(
            new_recovery_key,
            "This workbook's old recovery key couldn't be carried over. Its new recovery key\n"
            "(shown only this once; the old one now opens only older backups):",
        )
    return 0


def _cmd_recover(args: argparse.Namespace) -> int:
    from workbook.core.store import recover_workbook

    path = path_of(find_workbook(args.workbook))
    key = ask_secret("Recovery key: ", args.recovery_key_file)
    new = ask_new_passphrase("New passphrase: ", args.new_passphrase_file)
    with recover_workbook(path, key, new) as workbook:
        print(f"{workbook.name!r} now opens with your new passphrase.")
    return 0


def _cmd_new_recovery_key(args: argparse.Namespace) -> int:
    with open_chosen(args) as workbook:
        recovery_key = workbook.replace_recovery_key()
        name = workbook.name
    _show_recovery_key(
        recovery_key,
        f"{name!r} has a new recovery key (shown only this once). The old one no longer\n"
        "opens it; it still opens backups made before today. If someone may have seen\n"
        "the old one, change your passphrase now too (workbook passwd):",
    )
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    with open_chosen(args) as workbook:
        if not args.list:
            made = workbook.backup_now()
            print(f"Backed up to {made.path}")
        _print_backups(workbook)
    return 0


def _print_backups(workbook: Workbook) -> None:
    _print_list(workbook.backups())


def _print_list(items: list[Any]) -> None:
    if not items:
        print("No backups yet.")
    for number, backup in enumerate(items, 1):
        when = backup.created.astimezone()
        print(
            f"{number:>3}  {date_time_in_words(when, weekday='short'):<23}  {backup.kind:<13}  {backup.path.name}"
        )


def _choose(items: list[Any], wanted: str) -> Any:
    if wanted.isdigit() and 1 <= int(wanted) <= len(items):
        return items[int(wanted) - 1]
    if wanted == "latest" and items:
        return items[0]
    chosen = next((b for b in items if wanted in (b.path.name, str(b.path))), None)
    if chosen is None:
        raise CliProblem(f"There's no backup {wanted!r}. See them with: workbook restore WORKBOOK")
    return chosen


def _looks_like_backup(word: str) -> bool:
    from workbook.core.store import list_workbooks

    names = {n for info in list_workbooks() for n in (info.name.casefold(), info.path.name)}
    return word.casefold() not in names and (
        word.isdigit() or word == "latest" or word.endswith(".db")
    )


def _cmd_restore(args: argparse.Namespace) -> int:
    from workbook.core.store import CorruptWorkbook, open_workbook, restore_damaged
    from workbook.core.store.backups import list_backups
    from workbook.core.store.layout import WorkbookFiles
    from workbook.core.store.restore_in_place import restore_loses

    if args.from_file:
        return _import(args)
    if args.backup is None and args.workbook is not None and _looks_like_backup(args.workbook):
        # "workbook restore latest" with a single workbook: the one word names the backup.
        args.workbook, args.backup = None, args.workbook
    path = path_of(find_workbook(args.workbook))
    passphrase = ask_secret("Passphrase: ", args.passphrase_file)
    try:
        workbook = open_workbook(path, passphrase)
    except CorruptWorkbook as damaged:
        # A damaged workbook can't be opened, but its backups can still be put back.
        items = list_backups(WorkbookFiles.at(path))
        if args.backup is None or not items:
            print(damaged.message, file=sys.stderr)
            _print_list(items)
            print("\nName one to restore: workbook restore WORKBOOK NUMBER", file=sys.stderr)
            return 1
        chosen = _choose(items, args.backup)
        with restore_damaged(path, passphrase, chosen.path):
            pass
        print(
            f"Restored the backup from {date_time_in_words(chosen.created.astimezone(), weekday='short')}."
        )
        print("The damaged file is kept beside it, renamed, in case it is needed.")
        return 0
    with workbook:
        items = workbook.backups()
        if args.backup is None:
            _print_list(items)
            print("\nName one to restore: workbook restore WORKBOOK NUMBER")
            return 0
        chosen = _choose(items, args.backup)
        _confirm_restore(restore_loses(workbook, chosen), args.yes)
        undo = workbook.restore_backup(chosen)
        print(
            f"Restored the backup from {date_time_in_words(chosen.created.astimezone(), weekday='short')}."
        )
        print(f"What was there before is kept in {undo.path.name}, in case you change your mind.")
    return 0


def _confirm_restore(consequence: str, yes: bool) -> None:
    """A workbook that opens fine is replaced only on an explicit choice, after saying what it loses."""
    print(consequence)
    if yes:
        return
    if not sys.stdin.isatty():
        raise CliProblem(
            "Nothing was changed. To restore anyway, run the command again with --yes."
        )
    if input("Type 'restore' to go ahead: ").strip().casefold() != "restore":
        raise CliProblem("Nothing was changed.")


def _import(args: argparse.Namespace) -> int:
    from workbook.core.store import import_backup

    source = Path(args.from_file).expanduser()
    key = ask_secret("Recovery key: ", args.recovery_key_file)
    new = ask_new_passphrase("New passphrase: ", args.new_passphrase_file)
    with import_backup(source, recovery_key=key, new_passphrase=new) as workbook:
        print(
            f"Restored {workbook.name!r} into {workbook.path}; it opens with your new passphrase."
        )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from workbook.cli.print_commands import workbook_program
    from workbook.core.language.answer_words import words_in_program
    from workbook.core.store.export import WARNING, write_csv, write_json

    print(f"Warning: {WARNING}", file=sys.stderr)
    with open_chosen(args) as workbook:
        output = Path(args.output).expanduser()
        words = words_in_program(workbook_program(workbook, args.program))
        if args.format == "json":
            write_json(workbook, output, words)
        else:
            write_csv(workbook, output, words)
    print(f"Exported to {output}")
    return 0


# -- wiring ----------------------------------------------------------------------------------


def _secret_options(parser: argparse.ArgumentParser, *names: str) -> None:
    helps = {
        "passphrase": "read the passphrase from FILE ('-' = standard input) instead of asking",
        "new-passphrase": "read the new passphrase from FILE instead of asking",
        "recovery-key": "read the recovery key from FILE instead of asking",
    }
    for name in names:
        parser.add_argument(f"--{name}-file", metavar="FILE", help=helps[name])


def register(subparsers: Any) -> None:
    """Add the workbook-management commands to ``workbook``'s parser."""
    p = subparsers.add_parser("new", help="make a new encrypted workbook")
    p.add_argument("name", metavar="NAME", help="a display name, e.g. your first name")
    p.add_argument("--program", metavar="FOLDER", type=Path, help="the program folder it follows")
    _secret_options(p, "passphrase")
    p.set_defaults(run=_guarded(_cmd_new))

    p = subparsers.add_parser("list", help="list the workbooks on this computer")
    p.set_defaults(run=_guarded(_cmd_list))

    p = subparsers.add_parser("passwd", help="change a workbook's passphrase")
    add_workbook_argument(p)
    _secret_options(p, "passphrase", "new-passphrase")
    p.set_defaults(run=_guarded(_cmd_passwd))

    p = subparsers.add_parser("recover", help="set a new passphrase with the recovery key")
    add_workbook_argument(p)
    _secret_options(p, "recovery-key", "new-passphrase")
    p.set_defaults(run=_guarded(_cmd_recover))

    p = subparsers.add_parser(
        "new-recovery-key", help="replace a lost, damaged or seen recovery key with a new one"
    )
    add_workbook_argument(p)
    _secret_options(p, "passphrase")
    p.set_defaults(run=_guarded(_cmd_new_recovery_key))

    p = subparsers.add_parser("backup", help="back up a workbook now, or list its backups")
    add_workbook_argument(p)
    p.add_argument("--list", action="store_true", help="only list the backups")
    _secret_options(p, "passphrase")
    p.set_defaults(run=_guarded(_cmd_backup))

    p = subparsers.add_parser(
        "restore", help="restore a backup (or bring a backup file from another computer)"
    )
    add_workbook_argument(p, then="backup")
    p.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="number from the list, 'latest', or file"
    )
    p.add_argument(
        "--from-file",
        metavar="BACKUP.db",
        help="make a workbook here from a backup file (needs the recovery key)",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="restore over a workbook that opens fine without asking (it is backed up first)",
    )
    _secret_options(p, "passphrase", "recovery-key", "new-passphrase")
    p.set_defaults(run=_guarded(_cmd_restore))

    p = subparsers.add_parser("export", help="export what you wrote, NOT encrypted, as JSON or CSV")
    add_workbook_argument(p)
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument(
        "--output", "-o", required=True, metavar="PATH", help="file (json) or folder (csv)"
    )
    p.add_argument(
        "--program",
        metavar="FOLDER",
        type=Path,
        help="the program folder whose questions the answers are put in words for",
    )
    _secret_options(p, "passphrase")
    p.set_defaults(run=_guarded(_cmd_export))
