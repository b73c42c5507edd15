"""``workbook fhir questionnaire | export | import-questionnaire``: exchange with a clinic's FHIR system.

``questionnaire`` needs no workbook: a clinician turns any module into a FHIR
Questionnaire. ``export`` opens the person's workbook and writes what they choose to
share as a FHIR Bundle, after the same warning as ``workbook export`` (the file is
not encrypted) and readable by its owner only. ``import-questionnaire`` turns a
Questionnaire from elsewhere into a module draft to check and edit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbook.cli.store_prompts import CliProblem, guarded, open_chosen
from workbook.cli.workbook_argument import add_workbook_argument


def _save(path: Path, text: str, what: str) -> int:
    from workbook.core.printing import write_atomically

    write_atomically(path, text.encode("utf-8"))
    print(f"Saved the {what} to {path}.")
    return 0


def _cmd_questionnaire(args: argparse.Namespace) -> int:
    from workbook.cli.print_commands import _module
    from workbook.core.fhir.questionnaire_export import module_questionnaire, questionnaire_json

    module, _title = _module(args.module, args.program)
    questionnaire = module_questionnaire(module, args.base)
    return _save(
        args.output, questionnaire_json(questionnaire), f"FHIR Questionnaire for {module.id!r}"
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from workbook.cli.print_commands import _day, workbook_program
    from workbook.core.fhir.bundle_export import bundle_json, share_bundle
    from workbook.core.store.export import WARNING

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise CliProblem("--from is after --to: swap the two dates.")
    include = args.include.split(",") if args.include else None
    print(f"Warning: {WARNING}", file=sys.stderr)
    with open_chosen(args) as workbook:
        program = workbook_program(workbook, args.program)
        shared = share_bundle(
            workbook, program, start=start, end=end, include=include, name=args.name, base=args.base
        )
    _save(args.output, bundle_json(shared.bundle), "FHIR Bundle")
    modules = ", ".join(shared.modules) or "none"
    print(
        f"It holds {shared.responses} questionnaire response(s) and {shared.observations} "
        f"observation(s), from: {modules}."
    )
    if shared.left_out:
        print(
            f"{shared.left_out} finished entr{'y' if shared.left_out == 1 else 'ies'} of "
            "modules this program no longer has were left out.",
            file=sys.stderr,
        )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from workbook.core.fhir.questionnaire_import import import_questionnaire

    draft = import_questionnaire(Path(args.file).expanduser(), stage=args.stage)
    _save(args.output, draft.markdown, "module draft")
    for warning in draft.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(f"Check it with: workbook check {args.output}")
    return 0


def _fhir_failures() -> tuple[type[Exception], ...]:
    from workbook.core.fhir.reading import FhirInputError
    from workbook.core.printing import ExportError

    return (FhirInputError, ExportError)


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Expected failures become sentences and an exit code (1 for bad files, 2 for usage)."""

    def run(args: argparse.Namespace) -> int:
        from workbook.core.language import ProgramError

        try:
            return int(command(args))
        except ProgramError as error:
            print(str(error), file=sys.stderr)
            print("Run 'workbook check' on it for every problem and its fix.", file=sys.stderr)
            return 1
        except ValueError as problem:  # a bad --include or dates, said in words
            raise CliProblem(str(problem)) from None

    return guarded(run, _fhir_failures)


def _base(parser: argparse.ArgumentParser) -> None:
    from workbook.core.fhir.vocabulary import DEFAULT_BASE

    parser.add_argument(
        "--base",
        default=DEFAULT_BASE,
        metavar="URL",
        help="the canonical base for Questionnaire URLs (default: %(default)s; a clinic may "
        "use its own)",
    )


def register(subparsers: Any) -> None:
    """Add ``fhir`` and its three commands to ``workbook``'s parser."""
    fhir = subparsers.add_parser(
        "fhir",
        help="exchange modules and results with a clinic's FHIR system",
        description="Exchange with systems that speak HL7 FHIR R4: modules as Questionnaires, "
        "what you choose to share as QuestionnaireResponses and Observations.",
    )
    commands = fhir.add_subparsers(dest="fhir_command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "questionnaire",
        help="write a module as a FHIR Questionnaire (SDC)",
        description="Write a module as a FHIR R4 Questionnaire following the SDC guide. "
        "MODULE is a module file or a module id in the program; no workbook is needed.",
    )
    p.add_argument("module", metavar="MODULE_FILE_OR_ID")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.json",
        help="the Questionnaire to write",
    )
    p.add_argument("--program", metavar="FOLDER", type=Path, help="the program folder")
    _base(p)
    p.set_defaults(run=_guarded(_cmd_questionnaire))

    p = commands.add_parser(
        "export",
        help="export what you choose to share as a FHIR Bundle, NOT encrypted",
        description="Write finished questionnaires as a FHIR Bundle (type collection) of "
        "QuestionnaireResponses and Observations for your clinic. The file is NOT "
        "encrypted. By default it holds the measures (modules with scores), with no name.",
    )
    add_workbook_argument(p)
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.json", help="the Bundle to write"
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    p.add_argument(
        "--include",
        metavar="LIST",
        help="comma-separated module ids, or 'all' (default: the modules with scores)",
    )
    p.add_argument("--name", help="your name, for the clinic (none by default)")
    p.add_argument("--program", metavar="FOLDER", type=Path, help="the program folder")
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE ('-' = standard input) instead of asking",
    )
    _base(p)
    p.set_defaults(run=_guarded(_cmd_export))

    p = commands.add_parser(
        "import-questionnaire",
        help="turn a FHIR Questionnaire into a module draft",
        description="Turn a FHIR R4 Questionnaire (JSON) into a module draft. Whatever the "
        "module language cannot say is listed as a warning comment in the draft.",
    )
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="MODULE.md", help="the draft to write"
    )
    p.add_argument(
        "--stage", default="assessment", help="the stage the module goes in (default: %(default)s)"
    )
    p.set_defaults(run=_guarded(_cmd_import))
