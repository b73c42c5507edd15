"""Reading passphrases and choosing a workbook for the store commands, never from argv.

Secrets come from a no-echo terminal prompt, or from a file (``-`` = standard
input) for scripts; a command-line argument would show in ``ps`` and shell history.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbook.core.store import Workbook, WorkbookInfo


class CliProblem(Exception):
    """A usage problem explained in words (exit code 2)."""


# -- reading secrets -------------------------------------------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise CliProblem(f"Couldn't read {path}: {error.strerror}.") from None
    # Only the line ending an editor adds is dropped; spaces are part of a passphrase.
    return text.removesuffix("\n").removesuffix("\r")


def ask_secret(prompt: str, file: str | None, *, confirm: bool = False) -> str:
    if file is not None:
        return _read_secret_file(file)
    if not sys.stdin.isatty():
        raise CliProblem(
            "There's no terminal to ask for the passphrase. Use --passphrase-file FILE "
            "(or --passphrase-file - to read it from standard input)."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliProblem("The two passphrases didn't match. Nothing was changed.")
    return first


def ask_new_passphrase(prompt: str, file: str | None) -> str:
    """A new passphrase, held to the app's rule: too short is refused, easy to guess is warned of."""
    from workbook.core.passphrase_strength import check_new

    passphrase = ask_secret(prompt, file, confirm=True)
    verdict = check_new(passphrase)
    if not verdict.acceptable:
        raise CliProblem(f"That passphrase can't be used. {verdict.message} Nothing was changed.")
    if verdict.weak:
        print(
            f"Warning: that passphrase is {verdict.message[0].lower()}{verdict.message[1:]}",
            file=sys.stderr,
        )
    return passphrase


# -- finding a workbook ----------------------------------------------------------------------


def find_workbook(name_or_path: str | None) -> WorkbookInfo | Path:
    from workbook.core.store import list_workbooks

    known = list_workbooks()
    if name_or_path is None:
        if len(known) == 1:
            return known[0]
        if not known:
            raise CliProblem("There are no workbooks yet. Make one with: workbook new NAME")
        names = ", ".join(repr(info.name) for info in known)
        raise CliProblem(f"Which workbook? Name one of: {names}.")
    for info in known:
        if name_or_path.casefold() in (info.name.casefold(), info.path.name.casefold()):
            return info
    path = Path(name_or_path).expanduser()
    if path.exists():
        return path
    raise CliProblem(
        f"There's no workbook called {name_or_path!r}. See the list with: workbook list"
    )


def path_of(found: WorkbookInfo | Path) -> Path:
    return found if isinstance(found, Path) else found.path


def open_chosen(args: argparse.Namespace) -> Workbook:
    from workbook.core.store import open_workbook

    path = path_of(find_workbook(args.workbook))
    workbook = open_workbook(path, ask_secret("Passphrase: ", args.passphrase_file))
    if workbook.recovery_key_damaged and getattr(args, "command", None) != "new-recovery-key":
        print(
            "Note: your recovery key no longer opens this workbook (the part of the key "
            "file it opens is damaged). Make a new one: workbook new-recovery-key",
            file=sys.stderr,
        )
    return workbook


# -- failures --------------------------------------------------------------------------------


def guarded(
    command: Callable[[argparse.Namespace], int],
    explained: Callable[[], tuple[type[Exception], ...]] = tuple,
) -> Callable[[argparse.Namespace], int]:
    """Any failure becomes sentences on stderr and an exit code, never a traceback.

    Store errors and other explained errors (``explained``: more classes carrying a
    ``message`` and ``advice``, kept for callers that name them) print their own
    words; disk and file errors are named by the core (``workbook.core.faults``);
    a bug prints a kind message and leaves a crash log with nothing typed in it.
    """

    def run(args: argparse.Namespace) -> int:
        try:
            return int(command(args))
        except CliProblem as problem:
            print(str(problem), file=sys.stderr)
            return 2
        except Exception as error:
            report_failure(error)
            return 1

    return run


def report_failure(error: BaseException) -> None:
    """Print a failure's message and advice on stderr (the CLI's one way of saying it)."""
    from workbook.core.faults import describe_failure

    message, advice = describe_failure(error, on_unexpected=_log_bug)
    print(message, file=sys.stderr)
    print(advice, file=sys.stderr)


def _log_bug(error: BaseException) -> None:
    from workbook.ui.shell.crash import write_crash_log

    path = write_crash_log(type(error), error, error.__traceback__)
    where = f"in {path}" if path is not None else "(it couldn't be saved)"
    print(
        f"Workbook hit a bug ({type(error).__name__}). A report for its developers, with "
        f"nothing you wrote in it, is {where}.",
        file=sys.stderr,
    )
