"""`workbook check` on the mistakes a clinician makes writing a first module (issue 14).

Each test feeds the module text through the command and asserts what the author reads:
the file and line, the real cause in plain words, the fix, and no knock-on errors.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from language_helpers import module_text

from workbook.cli import main

Write = Callable[..., Path]
CHOICE = "```field\nid: topic\ntype: choice\nlabel: Topic\noptions: [work, home]\n```\n"


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str]) -> Callable[[Path], list[dict[str, Any]]]:
    """The diagnostics `workbook check --format json FILE` prints."""

    def run(path: Path) -> list[dict[str, Any]]:
        main(["check", "--format", "json", str(path)])
        found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["diagnostics"]
        return found

    return run


def test_tab_indented_header_says_tab_and_nothing_else(write: Write, check: Any) -> None:
    """A tab in the header is named as a tab, with no false "the header is empty"."""
    path = write(module_text("Hi\n", extra="scores:\n\t- id: s\n\t  formula: 1"))
    [found] = check(path)
    assert (found["path"], found["line"], found["column"]) == (str(path), 8, 1)
    assert "indented with a tab" in found["message"]
    assert "spaces" in found["hint"]


def test_a_tab_in_the_header_gives_no_knock_on_option_set_errors(write: Write, check: Any) -> None:
    """The questions name an option set the unreadable header defines: only the tab is
    reported, not "there is no option set called `freq`" under every question."""
    header = "option_sets:\n  freq:\n\t- label: Never\n    - label: Often"
    body = "".join(
        f"\n```field\nid: q{i}\ntype: choice\nlabel: Question {i}\noptions: freq\n```\n"
        for i in (1, 2, 3)
    )
    path = write(module_text(body, extra=header))
    [found] = check(path)
    assert "indented with a tab" in found["message"]


def test_curly_quotes_in_a_condition_are_named(write: Write, check: Any) -> None:
    """`topic == “work”` pasted from a word processor: curly quotes, and the straight-quote fix."""
    body = (
        CHOICE + "\n```field\nid: more\ntype: text\nlabel: More\nshow_when: topic == “work”\n```\n"
    )
    path = write(module_text(body))
    [found] = check(path)
    assert (found["line"], found["column"]) == (19, 21)
    assert "curly quotes" in found["message"]
    assert 'straight quotes `"`' in found["hint"]


def test_curly_quotes_around_a_yaml_value_are_named(write: Write, check: Any) -> None:
    """`label: “Sleep: the basics”` looks quoted to the author; YAML does not count curly quotes."""
    path = write(module_text("```field\nid: q\ntype: text\nlabel: “Sleep: the basics”\n```\n"))
    [found] = check(path)
    assert found["line"] == 11
    assert "curly quotes (“)" in found["message"]
    assert 'straight quotes `"`' in found["hint"]


def test_two_scores_using_each_other_are_a_circle(write: Write, check: Any) -> None:
    """Both scores are named as depending on each other in a circle, once, not "move it below"."""
    scores = "scores:\n  - id: a\n    formula: b + 1\n  - id: b\n    formula: a + 1"
    path = write(module_text(CHOICE, extra=scores))
    [found] = check(path)
    assert found["line"] == 9
    assert found["message"] == (
        "the scores `a` and `b` depend on each other in a circle, so neither can be worked out"
    )
    assert "move" not in found["hint"]


def test_three_scores_in_a_circle_show_the_chain(write: Write, check: Any) -> None:
    """A longer circle is shown as the chain of scores that leads back to the start."""
    scores = (
        "scores:\n  - id: a\n    formula: c\n  - id: b\n    formula: a\n  - id: c\n    formula: b"
    )
    [found] = check(write(module_text(CHOICE, extra=scores)))
    assert "circle: `a` → `c` → `b` → `a`" in found["message"]


def test_a_condition_comparing_a_label_lists_the_values(write: Write, check: Any) -> None:
    """`topic == "Something else"` can never be true: the error names the value and lists all."""
    body = (
        "```field\nid: topic\ntype: choice\nlabel: Topic\noptions:\n"
        "  - value: work\n    label: Work\n  - value: other\n    label: Something else\n```\n\n"
        '```field\nid: more\ntype: text\nlabel: More\nshow_when: topic == "Something else"\n```\n'
    )
    path = write(module_text(body))
    [found] = check(path)
    assert (found["line"], found["column"]) == (23, 21)
    assert found["message"] == (
        "“Something else” is the label of an option of `topic`; "
        'a condition compares its value, "other"'
    )
    assert found["hint"] == 'the values of `topic` are "work", "other"'


def test_a_flag_comparing_with_a_text_no_option_has(write: Write, check: Any) -> None:
    """A text that is neither a value nor a label is also an error with the valid values."""
    flags = 'flags:\n  - id: f\n    when: topic in ["work", "school"]\n    message: Hi'
    [found] = check(write(module_text(CHOICE, extra=flags)))
    assert found["message"] == "`topic` has no option with the value “school”"
    assert found["hint"] == 'the values of `topic` are "work", "home"'


def test_a_module_id_with_a_dash_in_a_formula(write: Write, check: Any) -> None:
    """`phq-9.total`: the `_` form to use, no parser jargon and no knock-on errors."""
    path = write(module_text(CHOICE, extra="scores:\n  - id: t\n    formula: topic + phq-9.total"))
    [found] = check(path)
    assert (found["line"], found["column"]) == (9, 22)
    assert "`phq_9.total`, not `phq-9.total`" in found["message"]
    assert "decimal" not in found["message"] + found["hint"]


def test_a_misspelt_question_id_lists_the_ids(write: Write, check: Any) -> None:
    """A flag on `toppic` suggests `topic` and lists the names that exist."""
    flags = 'flags:\n  - id: f\n    when: toppic == "work"\n    message: Hi'
    [found] = check(write(module_text(CHOICE, extra=flags)))
    assert found["line"] == 9
    assert found["message"] == "a flag uses `toppic`, which is not a question here"
    assert found["hint"] == "did you mean `topic`? (the names here are `topic`)"


def test_true_and_false_options_warn_with_the_quoted_fix(write: Write, check: Any) -> None:
    """`- True` silently became "Yes": a warning per option, with the quoted form to write."""
    body = "```field\nid: q\ntype: choice\nlabel: Q\noptions:\n  - True\n  - False\n```\n"
    found = check(write(module_text(body)))
    assert [(d["line"], d["severity"]) for d in found] == [(13, "warning"), (14, "warning")]
    assert "`True` here is read as yes/no" in found[0]["message"]
    assert found[1]["hint"] == 'to keep the word, put it in quotes: `- "False"`'


def test_a_file_in_a_stage_sub_folder_uses_the_program_above(
    write: Write, program_dir: Path, check: Any
) -> None:
    """A module in a custom stage's sub-folder is checked with the program.yaml two levels up."""
    (program_dir / "program.yaml").write_text(
        "title: My program\nstages:\n  - id: mine\n    title: Mine\n", encoding="utf-8"
    )
    text = module_text("Hi\n").replace("stage: skills", "stage: mine")
    path = write(text, name="stages/mine/first.md")
    assert check(path) == []


def test_a_condition_starting_with_a_quote_gets_the_single_quoted_fix(
    write: Write, check: Any
) -> None:
    """`show_when: "sleep" in concerns` breaks YAML; the hint gives the whole value in '…'."""
    body = (
        "```field\nid: concerns\ntype: multiple_choice\nlabel: Q\noptions: [Sleep, Worry]\n```\n\n"
        '```field\nid: nights\ntype: text\nlabel: N\nshow_when: "sleep" in concerns\n```\n'
    )
    [found] = check(write(module_text(body)))
    assert (found["line"], found["column"]) == (19, 12)
    assert "starts with a quote" in found["message"]
    assert (
        found["hint"]
        == "put the whole value in single quotes: `show_when: '\"sleep\" in concerns'`"
    )


def test_a_worksheet_of_a_file_in_a_sub_folder_prints_the_program_title(
    write: Write, program_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`workbook worksheet FILE` finds the program.yaml above a stage sub-folder for its title."""
    from tests.core.printing.conftest import pdf_text

    (program_dir / "program.yaml").write_text(
        "title: Harbour programme\nstages:\n  - id: mine\n    title: Mine\n", encoding="utf-8"
    )
    text = module_text("Hi\n").replace("stage: skills", "stage: mine")
    path = write(text, name="stages/mine/first.md")
    out = tmp_path / "sheet.pdf"
    assert main(["worksheet", str(path), "-o", str(out)]) == 0
    assert "Harbour programme" in pdf_text(out.read_bytes())


def test_an_unreadable_question_causes_no_knock_on_errors(write: Write, check: Any) -> None:
    """A question whose YAML is broken is reported once; formulas naming it add nothing."""
    body = (
        "```field\nid: mood\ntype: choice\nlabel: “Mood: today”\noptions: [Low, Ok]\n```\n\n"
        '```field\nid: why\ntype: text\nlabel: N\nshow_when: mood == "low"\n```\n'
    )
    found = check(write(module_text(body, extra="scores:\n  - id: s\n    formula: sum(mood)")))
    assert [(d["line"], d["message"][:30]) for d in found] == [
        (14, "this line has curly quotes (“)")
    ]
