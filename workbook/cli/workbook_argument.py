"""One way to name a workbook in every command: ``WORKBOOK`` as a word, or ``--workbook WORKBOOK``.

Both spellings mean the same and every command that opens a workbook takes both,
so ``workbook report Robin -o r.pdf`` and ``workbook export --workbook Robin -o x``
work alike. Left out, the only workbook on this computer is used.
"""

from __future__ import annotations

import argparse

HELP = "the workbook's name or folder (optional if there is only one)"


def add_workbook_argument(parser: argparse.ArgumentParser, *, then: str | None = None) -> None:
    """Add the optional ``WORKBOOK`` word and its ``--workbook`` twin.

    ``then`` names a positional argument that follows WORKBOOK (restore's BACKUP): when
    ``--workbook`` names the workbook, a single word is that argument instead.
    """
    parser.add_argument("workbook", nargs="?", metavar="WORKBOOK", help=HELP)
    parser.add_argument(
        "--workbook",
        dest="workbook_option",
        metavar="WORKBOOK",
        help="the same as WORKBOOK, for scripts that prefer options",
    )
    parser.set_defaults(workbook_then=then)


def merge_workbook_option(args: argparse.Namespace) -> str | None:
    """Fold ``--workbook`` into ``args.workbook``; a sentence saying what's wrong if they disagree."""
    option = getattr(args, "workbook_option", None)
    if option is None:
        return None
    word = getattr(args, "workbook", None)
    then = getattr(args, "workbook_then", None)
    if word is not None and word != option:
        if then is not None and getattr(args, then, None) is None:
            setattr(args, then, word)  # "restore --workbook Robin 3": 3 is the backup
        else:
            return (
                f"Two workbooks were named: {word!r} and --workbook {option!r}. Name one, "
                "either way."
            )
    args.workbook = option
    return None
