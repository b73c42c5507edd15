"""``workbook worksheet | report | plan``: PDFs from a terminal, for clinicians' handouts and scripts.

``worksheet`` works on any module file with no workbook at all, so a clinician can
print a blank or fillable handout; ``--entry``, ``report`` and ``plan`` open the
person's workbook (passphrase asked without echo, or read from ``--passphrase-file``).
Files are written atomically: an interrupted export leaves nothing half-written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from workbook.cli.store_prompts import CliProblem, guarded, open_chosen
from workbook.cli.workbook_argument import add_workbook_argument

if TYPE_CHECKING:
    from workbook.core.language.model import Module, Program
    from workbook.core.store import Workbook


class PrintProblem(CliProblem):
    """A printing usage problem explained in words (exit code 2)."""


def _page_size(args: argparse.Namespace) -> Any:
    from workbook.core.printing import default_page_size, page_size_named

    return page_size_named(args.page_size) if args.page_size else default_page_size()


def _program(folder: Path | None, language: str | None = None) -> Program:
    """The program with the module packs installed on this computer (in ``language``)."""
    from workbook.core.authoring.packs.installed import program_with_packs
    from workbook.core.language import load_program
    from workbook.paths import builtin_program_dir

    base = load_program(folder or builtin_program_dir(), language)
    return program_with_packs(base, language=language)


def workbook_program(
    workbook: Workbook, folder: Path | None, language: str | None = None
) -> Program:
    """The program the person follows: --program, else the one the workbook remembers, else built-in."""
    from workbook.core.usecases.program_binding import remembered_program_folder

    return _program(remembered_program_folder(workbook, folder), language)


def _language(args: argparse.Namespace) -> str | None:
    """--language, else the language chosen in Settings on this computer (None: the modules' own)."""
    from workbook.core.ui_language import chosen_language

    return str(args.language) if args.language else chosen_language()


def _module(
    spec: str, program_folder: Path | None, language: str | None = None
) -> tuple[Module, str]:
    """A module file (read on its own) or a module id in the program; with the title to print."""
    from workbook.core.language import load_module
    from workbook.core.language.program import program_title_near

    path = Path(spec).expanduser()
    if path.suffix == ".md" or path.is_file():
        if not path.is_file():
            raise PrintProblem(f"There is no module file {spec}.")
        module = load_module(path, language)
        title = program_folder and _program(program_folder, language).title
        return module, title or program_title_near(path) or "Workbook"
    program = _program(program_folder, language)
    named = program.module(spec)
    if named is None:
        known = ", ".join(m.id for m in program.modules)
        raise PrintProblem(
            f"There is no module {spec!r} in {program.title!r}. Give a module file, or one of: {known}."
        )
    return named, program.title


def _save(path: Path, data: bytes, what: str) -> int:
    from workbook.core.printing import write_atomically

    write_atomically(path, data)
    print(f"Saved the {what} to {path}.")
    return 0


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PrintProblem(f"{option} {text!r} is not a date: write it as YYYY-MM-DD.") from None


def _cmd_worksheet(args: argparse.Namespace) -> int:
    from workbook.core.printing import worksheet_pdf

    module, title = _module(args.module, args.program, _language(args))
    size = _page_size(args)
    if args.entry is None:
        mode: Literal["blank", "fillable"] = "fillable" if args.fillable else "blank"
        pdf = worksheet_pdf(module, title, mode, page_size=size, with_scoring=args.with_scoring)
        return _save(args.output, pdf, "worksheet")
    if args.with_scoring:
        raise PrintProblem("--with-scoring goes with a blank or fillable worksheet, not --entry.")
    with open_chosen(args) as workbook:
        entry = workbook.entry(args.entry)
        if entry.module_id != module.id:
            raise PrintProblem(
                f"Entry {args.entry} belongs to the module {entry.module_id!r}, not {module.id!r}."
            )
        pdf = worksheet_pdf(module, title, "filled", entry=entry, page_size=size)
    return _save(args.output, pdf, "filled worksheet")


def _cmd_report(args: argparse.Namespace) -> int:
    from workbook.core.printing.report import progress_report_pdf
    from workbook.core.printing.report_data import DEFAULT_SECTIONS, check_sections

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise PrintProblem("--from is after --to: swap the two dates.")
    include = check_sections(args.include.split(",")) if args.include else DEFAULT_SECTIONS
    with open_chosen(args) as workbook:
        program = workbook_program(workbook, args.program, _language(args))
        pdf = progress_report_pdf(
            workbook,
            program,
            start=start,
            end=end,
            include=include,
            entry_ids=tuple(args.entry or ()),
            name=args.name,
            page_size=_page_size(args),
        )
    return _save(args.output, pdf, "progress report")


def _cmd_plan(args: argparse.Namespace) -> int:
    from workbook.core.printing.plan_card import plan_card_pdf

    with open_chosen(args) as workbook:
        program = workbook_program(workbook, args.program, _language(args))
        pdf = plan_card_pdf(workbook, program, args.module, page_size=_page_size(args))
    return _save(args.output, pdf, "plan card")


def _printing_failures() -> tuple[type[Exception], ...]:
    from workbook.core.printing import ExportError
    from workbook.core.printing.plan_card import NoPlan

    return (ExportError, NoPlan)


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Every expected failure becomes a sentence on stderr and an exit code, never a traceback.

    Store failures, usage problems and printing's explained errors are reported as
    for the store commands; a broken module file also says how to find every problem.
    """

    def run(args: argparse.Namespace) -> int:
        from workbook.core.language import ProgramError

        try:
            return int(command(args))
        except ProgramError as error:
            print(str(error), file=sys.stderr)
            print("Run 'workbook check' on it for every problem and its fix.", file=sys.stderr)
            return 1
        except ValueError as problem:  # a bad --include or --page-size, said in words
            raise PrintProblem(str(problem)) from None

    return guarded(run, _printing_failures)


def _common(parser: argparse.ArgumentParser, *, workbook: bool) -> None:
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF to write"
    )
    parser.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        type=str.lower,
        help="paper size (default: from your locale, Letter in the US and Canada, else A4)",
    )
    parser.add_argument("--program", metavar="FOLDER", type=Path, help="the program folder")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="print in this language where the modules are translated, e.g. es "
        "(default: the language chosen in Settings, else the modules' own)",
    )
    if workbook:
        add_workbook_argument(parser)
        parser.add_argument(
            "--passphrase-file",
            metavar="FILE",
            help="read the passphrase from FILE ('-' = standard input) instead of asking",
        )


def register(subparsers: Any) -> None:
    """Add ``worksheet``, ``report`` and ``plan`` to ``workbook``'s parser."""
    p = subparsers.add_parser(
        "worksheet",
        help="print a module as a PDF worksheet (blank, fillable, or one of your entries)",
        description="Print a module as a PDF worksheet. MODULE is a module file (no workbook "
        "needed) or a module id in the program.",
    )
    p.add_argument("module", metavar="MODULE_FILE_OR_ID")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--blank", action="store_true", help="for handwriting (the default)")
    mode.add_argument("--fillable", action="store_true", help="a PDF form to type into")
    mode.add_argument("--entry", metavar="ID", help="filled in with one of your entries")
    p.add_argument(
        "--with-scoring",
        action="store_true",
        help="add the clinician's scoring key as a last part: how to total, bands, risk items",
    )
    _common(p, workbook=True)
    p.set_defaults(run=_guarded(_cmd_worksheet))

    p = subparsers.add_parser(
        "report",
        help="print a progress report to take to your clinician",
        description="Print a progress report. You choose the dates and what goes in.",
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    p.add_argument(
        "--include",
        metavar="LIST",
        help="comma-separated sections: measures,goals,checkins,plans,entries "
        "(default: measures,goals,checkins,plans)",
    )
    p.add_argument(
        "--entry", action="append", metavar="ID", help="also include this entry (repeatable)"
    )
    p.add_argument("--name", help="a name to put on the cover (none by default)")
    _common(p, workbook=True)
    p.set_defaults(run=_guarded(_cmd_report))

    p = subparsers.add_parser(
        "plan",
        help="print your safety plan (or relapse-prevention plan) as a one-page card",
    )
    p.add_argument("--module", metavar="ID", help="which plan (default: the safety plan)")
    _common(p, workbook=True)
    p.set_defaults(run=_guarded(_cmd_plan))
