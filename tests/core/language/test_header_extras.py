"""`repeat_every` and the structured `licence`: read into the model, wrong values named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import errors, module_text, only

from workbook.core.language import load_program
from workbook.core.language.header_extras import interval_days

Write = Callable[..., Path]


@pytest.mark.parametrize(
    ("text", "days"),
    [("2 weeks", 14), ("1 week", 7), ("14 days", 14), ("1 day", 1), (" 3 Weeks ", 21)],
)
def test_intervals_in_days_or_weeks(text: str, days: int) -> None:
    assert interval_days(text) == days


@pytest.mark.parametrize("text", ["fortnightly", "2", "0 weeks", "1.5 weeks", "2 months"])
def test_unreadable_intervals(text: str) -> None:
    assert interval_days(text) is None


def test_repeat_every_is_read(write: Write, program_dir: Path) -> None:
    write(module_text("Hi\n", extra="repeatable: true\nrepeat_every: 2 weeks"))
    assert load_program(program_dir).modules[0].repeat_every_days == 14


def test_unreadable_repeat_every_is_named(write: Write) -> None:
    """`repeat_every: monthly` says what it should be, with an example."""
    path = write(module_text("Hi\n", extra="repeatable: true\nrepeat_every: monthly"))
    [found] = errors(only(path))
    assert "`repeat_every` should be a number of days or weeks, not `monthly`" in found.message
    assert found.hint is not None and "2 weeks" in found.hint


def test_repeat_every_needs_a_repeatable_module(write: Write) -> None:
    path = write(module_text("Hi\n", extra="repeat_every: 2 weeks"))
    [found] = errors(only(path))
    assert found.message == "`repeat_every` needs `repeatable: true`"


def test_structured_licence(write: Write, program_dir: Path) -> None:
    """Terms, whether permission is needed and whether commercial use is allowed."""
    write(
        module_text(
            "Hi\n",
            extra=(
                "licence:\n  terms: Free to reproduce.\n  permission_needed: false\n"
                "  commercial_use: true\n  url: https://example.org/terms"
            ),
        )
    )
    licence = load_program(program_dir).modules[0].licence
    assert licence is not None
    assert (licence.terms, licence.permission_needed, licence.commercial_use) == (
        "Free to reproduce.",
        False,
        True,
    )
    assert licence.words() == (
        "Free to reproduce. Permission needed: no. Commercial use: allowed. "
        "https://example.org/terms"
    )


def test_one_line_licence_is_the_terms(write: Write, program_dir: Path) -> None:
    write(module_text("Hi\n", extra="licence: Free to reuse."))
    licence = load_program(program_dir).modules[0].licence
    assert licence is not None and licence.terms == "Free to reuse."
    assert licence.permission_needed is None and licence.words() == "Free to reuse."


def test_licence_mistakes_are_named(write: Write) -> None:
    """A licence without terms, or with a misspelt key or a non-yes/no flag, is an error."""
    path = write(
        module_text("Hi\n", extra="licence:\n  permision_needed: false\n  commercial_use: maybe")
    )
    messages = [d.message for d in errors(only(path))]
    assert any("unknown key `permision_needed`" in m for m in messages), messages
    assert any("`licence` needs `terms:`" in m for m in messages), messages
    assert any("`commercial_use` should be `true` or `false`" in m for m in messages), messages


SCORED = """\
option_sets:
  yes_no:
    - label: "No"
      score: 0
    - label: "Yes"
      score: 1
scores:
  - id: total
    label: Total
    formula: sum(q1)
    min: 0
    max: 1
    {threshold}
"""
QUESTION = "```field\nid: q1\ntype: choice\nlabel: Q\noptions: yes_no\n```\n"
UNSOURCED = "this looks like a validated questionnaire"


@pytest.mark.parametrize(
    ("extra", "why"),
    [
        (SCORED.format(threshold="reliable_change: 1"), "the score `total` gives published"),
        (SCORED.format(threshold="caseness: 1"), "the score `total` gives published"),
        ("licence: Free to reuse.", "it carries a `licence`"),
    ],
)
def test_check_warns_when_a_validated_instrument_has_no_source(
    write: Write, extra: str, why: str
) -> None:
    """Published thresholds or a licence mean a published questionnaire: without `source`
    nobody can check its wording, so `workbook check` says so (a warning: it still works)."""
    path = write(module_text(QUESTION, extra=extra))
    found = [d for d in only(path) if UNSOURCED in d.message]
    assert len(found) == 1 and found[0].severity == "warning"
    assert why in found[0].message and "no `source`" in found[0].message
    assert found[0].hint is not None and "word for word" in found[0].hint


def test_no_source_warning_for_a_sourced_or_unscored_module(write: Write) -> None:
    """The same module with its source, or a plain scored exercise, is not nagged."""
    sourced = module_text(
        QUESTION, extra=SCORED.format(threshold="caseness: 1") + "source: Smith 2020, Table 2."
    )
    plain = module_text(QUESTION, id="plain", extra=SCORED.format(threshold=""))
    for text in (sourced, plain):
        assert not [d for d in only(write(text)) if UNSOURCED in d.message]


def test_the_builtin_measures_all_name_their_source() -> None:
    """Every shipped module with thresholds or a licence carries its source: the program
    checks clean of this warning."""
    from workbook.core.language.checker import check_paths
    from workbook.paths import builtin_program_dir

    assert not [d for d in check_paths([builtin_program_dir()]) if UNSOURCED in d.message]
