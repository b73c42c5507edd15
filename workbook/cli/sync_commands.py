"""``workbook sync setup|join|now|status`` and ``workbook import``: sync from a terminal.

Sync exchanges sealed change files through a folder another tool already syncs
(Syncthing, Nextcloud, Dropbox, a USB stick); see README "Sync between your computers".
"""

from __future__ import annotations

import argparse
import json
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.cli.store_prompts import CliProblem, ask_secret, open_chosen
from workbook.cli.store_prompts import guarded as _guarded
from workbook.cli.workbook_argument import add_workbook_argument
from workbook.core.wording.dates import date_time_in_words

if TYPE_CHECKING:
    from workbook.core.store.sync.engine import SyncReport


def _print_report(report: SyncReport) -> None:
    print(
        f"Sent {report.sent} change(s); received {report.received} from {report.files_read} file(s)."
    )
    for problem in report.problems:
        print(f"Skipped {problem.name}: {problem.reason}. Nothing in it was merged.")
    if report.conflicts:
        print(
            f"{report.conflicts} change(s) were made on two computers at once. Open Settings → "
            "Sync in the app to choose which version to keep."
        )


def _cmd_setup(args: argparse.Namespace) -> int:
    from workbook.core.store.sync import engine

    with open_chosen(args) as workbook:
        engine.configure(workbook, Path(args.folder), args.name or socket.gethostname())
        _print_report(engine.sync_now(workbook))
        print(f"{workbook.name!r} now syncs through {Path(args.folder).expanduser()}.")
        print("On your other computer: workbook sync join FOLDER (with the same passphrase).")
    return 0


def _cmd_join(args: argparse.Namespace) -> int:
    from workbook.core.store.sync.join import join

    name = args.name or socket.gethostname()
    if args.recovery_key_file:
        key = ask_secret("Recovery key: ", args.recovery_key_file)
        workbook, report = join(Path(args.folder), name, recovery_key=key)
    else:
        passphrase = ask_secret("Passphrase: ", args.passphrase_file)
        workbook, report = join(Path(args.folder), name, passphrase=passphrase)
    with workbook:
        _print_report(report)
        print(f"Joined {workbook.name!r}: this computer's copy is in {workbook.path}.")
    return 0


def _cmd_now(args: argparse.Namespace) -> int:
    from workbook.cli.print_commands import workbook_program
    from workbook.core.store.sync.errors import PassphraseChangedElsewhere
    from workbook.core.usecases.sync import adopt_new_passphrase, sync_now

    with open_chosen(args) as workbook:
        program = workbook_program(workbook, None)
        try:
            report = sync_now(workbook, program).value
        except PassphraseChangedElsewhere as changed:
            if not args.new_passphrase_file:
                raise CliProblem(
                    f"{changed.message} Run again with --new-passphrase-file FILE ('-' for "
                    "standard input) to type the new one; nothing was changed."
                ) from None
            new = ask_secret("New passphrase: ", args.new_passphrase_file)
            report = adopt_new_passphrase(workbook, new, program).value
            print("This computer now uses the new passphrase too.")
        _print_report(report)
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from workbook.core.store.sync import engine

    with open_chosen(args) as workbook:
        status = engine.status(workbook)
    if status.folder is None:
        print("Sync isn't set up. Set it up with: workbook sync setup FOLDER")
        return 0
    print(f"Sync folder: {status.folder}")
    print(f"This computer: {status.device_name}")
    last = (
        "never"
        if status.last_sync_at is None
        else date_time_in_words(status.last_sync_at.astimezone())
    )
    print(f"Last synced: {last}")
    for peer in status.peers:
        when = (
            "never"
            if peer.last_arrived_at is None
            else date_time_in_words(peer.last_arrived_at.astimezone())
        )
        print(f"Changes from {peer.name or 'another computer'} last arrived: {when}")
    print(f"Conflicts to choose: {status.conflicts}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from workbook.core.store.sync.importing import NotAnExport, import_export

    source = Path(args.file).expanduser()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise NotAnExport() from None
    with open_chosen(args) as workbook:
        report = import_export(workbook, data)
    print(
        f"Imported {report.entries} entries, {report.goals} goals, {report.checkins} check-ins "
        f"and {report.settings} settings."
    )
    if report.kept:
        print(f"{report.kept} the workbook already had were kept as they were.")
    return 0


def register(subparsers: Any) -> None:
    """Add ``sync`` and ``import`` to ``workbook``'s parser."""
    sync = subparsers.add_parser("sync", help="sync a workbook between your computers")
    verbs = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    p = verbs.add_parser("setup", help="sync this workbook through FOLDER")
    p.add_argument("folder", metavar="FOLDER", help="a folder Syncthing (or similar) syncs")
    add_workbook_argument(p)
    p.add_argument("--name", help="this computer's name (default: its host name)")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.set_defaults(run=_guarded(_cmd_setup))

    p = verbs.add_parser("join", help="add this computer to a workbook synced through FOLDER")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("--name", help="this computer's name (default: its host name)")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.add_argument("--recovery-key-file", metavar="FILE", help="join with the recovery key")
    p.set_defaults(run=_guarded(_cmd_join))

    p = verbs.add_parser("now", help="send this computer's changes and merge the others'")
    add_workbook_argument(p)
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the passphrase set on another computer, when it was changed there",
    )
    p.set_defaults(run=_guarded(_cmd_now))

    p = verbs.add_parser("status", help="where it syncs, and when each computer last synced")
    add_workbook_argument(p)
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.set_defaults(run=_guarded(_cmd_status))

    p = subparsers.add_parser("import", help="merge a Workbook JSON export into a workbook")
    p.add_argument("file", metavar="FILE.json")
    add_workbook_argument(p)
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.set_defaults(run=_guarded(_cmd_import))
