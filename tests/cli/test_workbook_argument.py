"""Every command names its workbook the same way: a word, or --workbook with the same meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbook.cli import build_parser, main
from workbook.cli.workbook_argument import merge_workbook_option
from workbook.core.store import create_workbook

ROOT = Path(__file__).resolve().parent.parent.parent
PASSPHRASE = "a calm green kettle"

#: Every command that opens a workbook, with the other arguments it needs to parse.
COMMANDS = {
    "passwd": [],
    "recover": [],
    "new-recovery-key": [],
    "backup": [],
    "restore": [],
    "export": ["-o", "out.json"],
    "report": ["-o", "r.pdf"],
    "plan": ["-o", "p.pdf"],
}


def _parsed(argv: list[str]) -> object:
    args = build_parser().parse_args(argv)
    assert merge_workbook_option(args) is None
    return args


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_word_and_option_name_the_same_workbook(command: str) -> None:
    """``workbook CMD Robin`` and ``workbook CMD --workbook Robin`` mean the same thing."""
    rest = COMMANDS[command]
    assert _parsed([command, "Robin", *rest]).workbook == "Robin"  # type: ignore[attr-defined]
    assert _parsed([command, "--workbook", "Robin", *rest]).workbook == "Robin"  # type: ignore[attr-defined]
    assert _parsed([command, *rest]).workbook is None  # type: ignore[attr-defined]


def test_worksheet_takes_the_workbook_after_the_module() -> None:
    """A filled worksheet names its module, then (either way) its workbook."""
    word = _parsed(["worksheet", "phq9", "Robin", "--entry", "1", "-o", "w.pdf"])
    option = _parsed(["worksheet", "phq9", "--workbook", "Robin", "--entry", "1", "-o", "w.pdf"])
    assert word.workbook == option.workbook == "Robin"  # type: ignore[attr-defined]


def test_restore_with_the_option_reads_one_word_as_the_backup() -> None:
    """``restore --workbook Robin latest``: Robin is the workbook, latest the backup."""
    args = _parsed(["restore", "--workbook", "Robin", "latest"])
    assert (args.workbook, args.backup) == ("Robin", "latest")  # type: ignore[attr-defined]


def test_two_different_workbooks_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Naming one workbook as a word and another with --workbook is a usage error, said plainly."""
    with pytest.raises(SystemExit) as stopped:
        main(["export", "Robin", "--workbook", "Kai", "-o", "x.json"])
    assert stopped.value.code == 2
    assert "Two workbooks were named: 'Robin' and --workbook 'Kai'" in capsys.readouterr().err


def test_either_spelling_opens_the_named_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With two workbooks, both spellings open the one named, for a store and a print command."""
    for name in ("Robin", "Kai"):
        create_workbook(name, PASSPHRASE)[0].close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for which in (["Kai"], ["--workbook", "Kai"]):
        assert main(["backup", *which, "--passphrase-file", str(secret)]) == 0
        assert "kai" in capsys.readouterr().out
        out = tmp_path / "plan.pdf"
        # Kai has no safety plan yet: the command got as far as reading Kai's workbook.
        assert main(["plan", *which, "--passphrase-file", str(secret), "-o", str(out)]) == 1
        assert "no plan to print yet" in capsys.readouterr().err
    assert main(["backup", "--list", "--passphrase-file", str(secret)]) == 2
    assert "Which workbook?" in capsys.readouterr().err


def test_the_readme_command_list_shows_the_options_people_need() -> None:
    """The README's command list names every command and the workbook and passphrase options."""
    readme = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    for option in ("--workbook", "--passphrase-file", "--new-passphrase-file"):
        assert option in section, option
    listed = set(re.findall(r"^ {4}workbook ([a-z-]+)", section, re.M))
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(subparsers.choices) <= listed  # type: ignore[arg-type]
    for command in COMMANDS:
        assert re.search(rf"^ {{4}}workbook {command} (\S+ )?\[WORKBOOK\]", section, re.M), command
