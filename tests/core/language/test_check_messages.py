"""The checker's messages: each problem names the file, the line, what is wrong and a fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import errors, module_text, only

from workbook.core.language import Diagnostic, check_paths

Write = Callable[..., Path]


def find(diagnostics: list[Diagnostic], text: str) -> Diagnostic:
    matches = [d for d in diagnostics if text in d.message]
    assert matches, f"no diagnostic containing {text!r} in {[d.message for d in diagnostics]}"
    return matches[0]


FIELD = """
```field
id: q1
type: choice
label: Question
options: [a, b]
```
"""


def test_a_clean_module_has_no_problems(write: Write) -> None:
    """A correct module gets no errors and no warnings."""
    assert only(write(module_text("Hello.\n" + FIELD))) == []


def test_misspelt_key_in_a_field_suggests_the_right_one(write: Write) -> None:
    """`requierd` is reported on its own line with "did you mean `required`?"."""
    path = write(module_text("```field\nid: q\ntype: text\nlabel: Q\nrequierd: true\n```\n"))
    found = find(only(path), "unknown key `requierd`")
    assert (found.path, found.line, found.column, found.severity) == (path, 12, 1, "error")
    assert found.hint == "did you mean `required`?"


def test_misspelt_header_key(write: Write) -> None:
    """An unknown header key is named with a guess at the intended key."""
    path = write(module_text("Hi\n", extra="sumary: x"))
    found = find(only(path), "unknown key `sumary` in the module header")
    assert found.line == 7 and found.hint == "did you mean `summary`?"


def test_unknown_field_type_with_suggestion(write: Write) -> None:
    """`type: checkbox` is unknown and the hint says multiple_choice."""
    path = write(module_text("```field\nid: q\ntype: checkbox\nlabel: Q\n```\n"))
    found = find(only(path), "unknown question type `checkbox`")
    assert (found.line, found.column) == (10, 7)
    assert found.hint == "did you mean `multiple_choice`?"


def test_wrong_value_type(write: Write) -> None:
    """A number where a number belongs, and true/false where those belong."""
    path = write(
        module_text("```field\nid: q\ntype: number\nlabel: Q\nmin: lots\nrequired: maybe\n```\n")
    )
    diagnostics = only(path)
    assert find(diagnostics, "`min` should be a number, not text").line == 12
    assert find(diagnostics, "`required` should be `true` or `false`").line == 13


def test_unreadable_yaml_in_the_header(write: Write) -> None:
    """Broken YAML is reported at its line with a hint about quoting."""
    path = write("---\nid: m\ntitle: Sleep: the basics\nstage: skills\n---\nHi\n")
    found = find(only(path), "cannot read this YAML")
    assert found.line == 3
    assert found.hint is not None and "quotes" in found.hint


def test_duplicate_field_ids(write: Write) -> None:
    """Two questions with one id: the second is reported, naming the first's line."""
    path = write(module_text(FIELD + FIELD))
    found = find(only(path), "have the same id: `q1`")
    assert found.line == 16 and "line 9" in found.message


def test_duplicate_module_ids_across_the_program(program_dir: Path, write: Write) -> None:
    """Two files with the same module id are an error naming the other file."""
    write(module_text("Hi\n", id="same"), "a.md")
    second = write(module_text("Hi\n", id="same"), "b.md")
    found = find(check_paths([program_dir]), "module id `same` is also used by a.md")
    assert (found.path, found.line) == (second, 2)


def test_options_missing_and_columns_missing(write: Write) -> None:
    """A choice needs options and a table needs columns."""
    path = write(
        module_text(
            "```field\nid: c\ntype: choice\nlabel: C\n```\n\n```field\nid: t\ntype: table\nlabel: T\n```\n"
        )
    )
    diagnostics = only(path)
    assert find(diagnostics, "a question needs `options:`").line == 9
    assert find(diagnostics, "a question needs `columns:`").line == 15


def test_unknown_option_set(write: Write) -> None:
    """Naming an option set that is not defined is an error with a suggestion."""
    path = write(
        module_text(
            "```field\nid: c\ntype: choice\nlabel: C\noptions: frequncy\n```\n",
            extra="option_sets:\n  frequency: [Never, Often]",
        )
    )
    found = find(only(path), "no option set called `frequncy`")
    assert found.hint == "did you mean `frequency`?"


def test_min_larger_than_max(write: Write) -> None:
    """min above max is reported on the max line."""
    path = write(module_text("```field\nid: s\ntype: scale\nlabel: S\nmin: 10\nmax: 0\n```\n"))
    assert find(only(path), "`max` (0) should be larger than `min` (10)").line == 13


def test_choice_without_scores_used_in_a_score(write: Write) -> None:
    """A score that adds up a choice whose options have no scores is an error naming the option."""
    path = write(module_text(FIELD, extra="scores:\n  - id: total\n    formula: sum(q1)"))
    found = find(only(path), "`q1` is used as a number, but its option “a” has no score")
    assert (found.line, found.column) == (9, 14)


def test_comparing_a_choice_with_text_needs_no_scores(write: Write) -> None:
    """`q1 == "a"` is fine for options without scores."""
    path = write(
        module_text(FIELD, extra='flags:\n  - id: f\n    when: q1 == "a"\n    message: Hi')
    )
    assert only(path) == []


def test_unknown_names_in_formulas(write: Write) -> None:
    """A formula naming a question that does not exist gets "did you mean"."""
    path = write(module_text(FIELD, extra="scores:\n  - id: total\n    formula: sum(q1, q2x) + q"))
    diagnostics = errors(only(path))
    found = find(diagnostics, "uses `q2x`, which is not a question here")
    assert (found.line, found.column) == (9, 22)
    assert str(find(diagnostics, "uses `q`").hint).startswith("did you mean `q1`?")


def test_unknown_module_and_module_attribute(program_dir: Path, write: Write) -> None:
    """`phq.total` names no module; `other.totl` names no score of a real module."""
    write(module_text("Hi\n", id="other", extra="scores:\n  - id: total\n    formula: 1"), "a.md")
    path = write(
        module_text("Hi\n", id="m", extra="recommend_when: phq.total > 1 or other.totl > 2"), "b.md"
    )
    diagnostics = check_paths([program_dir])
    assert find(diagnostics, "there is no module `phq`").path == path
    attribute = find(diagnostics, "the module `other` has no score, flag or question `totl`")
    assert attribute.hint == "did you mean `total`?"
    assert (attribute.line, attribute.column) == (7, 40)


def test_checking_one_file_sees_the_rest_of_its_program(program_dir: Path, write: Write) -> None:
    """A single file's formulas may name modules beside it without errors."""
    write(module_text("Hi\n", id="other", extra="scores:\n  - id: total\n    formula: 1"), "a.md")
    path = write(module_text("Hi\n", id="m", extra="recommend_when: other.total > 1"), "b.md")
    assert only(path) == []


def test_requires_unknown_and_cycles(program_dir: Path, write: Write) -> None:
    """`requires` must name modules, and must not go round in a circle."""
    write(module_text("Hi\n", id="a", extra="requires: [b]"), "a.md")
    write(module_text("Hi\n", id="b", extra="requires: [a, zzz]"), "b.md")
    diagnostics = check_paths([program_dir])
    assert "`requires` names `zzz`" in find(diagnostics, "zzz").message
    assert find(diagnostics, "goes round in a circle: a → b → a").line == 7


def test_bands_out_of_order(write: Write) -> None:
    """A band starting below the one before it is an error on its `from` line."""
    extra = (
        "scores:\n  - id: t\n    formula: 1\n    bands:\n"
        "      - from: 5\n        label: High\n        interpretation: x\n"
        "      - from: 5\n        label: Same\n        interpretation: y"
    )
    found = find(only(write(module_text("Hi\n", extra=extra))), "the band `Same` starts at 5")
    assert found.line == 14


def test_pages_without_content(write: Write) -> None:
    """An empty page between two `+++` lines is an error on its marker line."""
    path = write(module_text("Hi\n\n+++ Empty\n\n+++ Full\n\nText\n"))
    assert find(only(path), "this page is empty").line == 10


def test_unclosed_field_block(write: Write) -> None:
    """A field block with no closing fence is reported where it opens."""
    path = write(module_text("```field\nid: q\ntype: text\nlabel: Q\n\nMore prose.\n"))
    found = find(only(path), "this ```field block is never closed")
    assert found.line == 8 and found.hint is not None and "```" in found.hint


def test_missing_image(write: Write, program_dir: Path) -> None:
    """An image that does not exist is an error; a near name is suggested."""
    (program_dir / "images").mkdir()
    (program_dir / "images" / "leaf.png").write_bytes(b"x")
    path = write(module_text("Look:\n\n![A leaf](images/lef.png)\n"))
    found = find(only(path), "the image `images/lef.png` does not exist")
    assert (found.line, found.column) == (10, 11)
    assert found.hint == "did you mean `leaf.png`?"


def test_show_when_on_a_later_question_is_a_warning(write: Write) -> None:
    """A question depending on a later answer gets a warning."""
    path = write(
        module_text(
            '```field\nid: a\ntype: text\nlabel: A\nshow_when: b == "x"\n```\n```field\nid: b\ntype: text\nlabel: B\n```\n'
        )
    )
    found = find(only(path), "`b` comes after the question `a`")
    assert found.severity == "warning"


def test_later_scores_and_text_compared_with_numbers(write: Write) -> None:
    """Scores are worked out in order; text compared with a number is an error."""
    body = "```field\nid: note\ntype: text\nlabel: N\n```\n"
    extra = "scores:\n  - id: a\n    formula: b + 1\n  - id: b\n    formula: 2\nflags:\n  - id: f\n    when: note > 3\n    message: m"
    diagnostics = only(write(module_text(body, extra=extra)))
    assert find(diagnostics, "the score `b` is worked out after this one").line == 9
    assert find(diagnostics, "compares text with a number").line == 14


def test_division_by_zero_is_caught(write: Write) -> None:
    """A formula that always divides by zero is an error."""
    path = write(module_text("Hi\n", extra="scores:\n  - id: t\n    formula: 3 / (1 - 1)"))
    assert find(only(path), "divides by zero").severity == "error"


def test_missing_header(write: Write) -> None:
    """A file without the `---` header gets one clear error on line 1."""
    path = write("# Just text\n")
    found = find(only(path), "a module starts with a header")
    assert (found.line, found.column) == (1, 1)


def test_records_checkin_needs_its_questions(write: Write) -> None:
    """A check-in module must have mood, anxiety, sleep and energy questions."""
    path = write(module_text("Hi\n", extra="records: checkin"))
    messages = [d.message for d in errors(only(path))]
    assert any("`id: mood`" in m for m in messages) and any("`id: energy`" in m for m in messages)


def test_warnings_for_softer_things(write: Write) -> None:
    """No summary or estimated time, or a band without interpretation, are warnings, not errors."""
    path = write("---\nid: m\ntitle: T\nstage: skills\n---\nHi\n")
    diagnostics = only(path)
    assert diagnostics and all(d.severity == "warning" for d in diagnostics)


@pytest.mark.parametrize(
    "data", [b"\xff\xfe\x00bad", b"---\n- a\n- b\n---\n", b"---\n[\n---\n", b""]
)
def test_garbage_gives_diagnostics_not_tracebacks(tmp_path: Path, data: bytes) -> None:
    """Binary junk, a list header, broken YAML or an empty file produce errors, never exceptions."""
    path = tmp_path / "junk.md"
    path.write_bytes(data)
    assert errors(check_paths([path]))


def test_a_missing_path(tmp_path: Path) -> None:
    """Checking a path that does not exist says so."""
    found = check_paths([tmp_path / "nope"])
    assert found[0].message == "there is no file or folder here"


def test_formulas_over_several_lines_point_at_their_start(write: Write) -> None:
    """A formula written as a block (`when: >`) is reported at its first line, not a made-up column."""
    extra = "flags:\n  - id: f\n    when: >\n      1 > 0 and\n      nowhere\n    message: m"
    found = find(only(write(module_text("Hi\n", extra=extra))), "uses `nowhere`")
    assert (found.line, found.column) == (10, 7)


def test_quoted_formulas_point_inside_the_quotes(write: Write) -> None:
    """In `when: "1 > 0 and nowhere"` the caret sits under `nowhere`."""
    extra = 'flags:\n  - id: f\n    when: "1 > 0 and nowhere"\n    message: m'
    found = find(only(write(module_text("Hi\n", extra=extra))), "uses `nowhere`")
    assert (found.line, found.column) == (9, 22)


def test_recommend_when_must_name_other_modules(write: Write) -> None:
    """`recommend_when: total > 3` is explained: it needs `module.name`."""
    found = find(
        only(write(module_text("Hi\n", extra="recommend_when: total > 3"))),
        "must name another module's result",
    )
    assert (
        found.hint is not None
        and "phq9.total" in found.hint
        and (found.line, found.column) == (7, 17)
    )


def test_a_dashed_module_id_in_a_formula_is_one_plain_error(
    program_dir: Path, write: Write
) -> None:
    """`sleep-diary.total` reads as `sleep` minus `diary.total`: one error says to write
    `sleep_diary.total`, with no knock-on "no question `sleep`" or "no module `diary`"."""
    write(
        module_text("Hi\n", id="sleep-diary", extra="scores:\n  - id: total\n    formula: 1"),
        "a.md",
    )
    path = write(
        module_text("Hi\n", id="m", extra="recommend_when: sleep-diary.total - 2 > 1"), "b.md"
    )
    (error,) = errors(check_paths([program_dir]))
    assert error.path == path
    assert error.message == (
        "a module id with `-` is written with `_` in a formula: "
        "`sleep_diary.total`, not `sleep-diary.total`"
    )
    assert error.hint == "a `-` in a formula means minus"
    assert error.column == 17
