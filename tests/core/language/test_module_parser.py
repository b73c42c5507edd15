"""Reading module files into the model: pages, blocks, fields, scores and the program's order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import FIXTURES, module_text

from workbook.core.language import (
    Callout,
    CalloutKind,
    FieldType,
    FlagLevel,
    ProgramError,
    Prose,
    load_module,
    load_program,
)
from workbook.core.language.model import Better


def test_the_small_program_loads_in_stage_then_file_order() -> None:
    """Modules come in the order of program.yaml's stages, then by file name."""
    program = load_program(FIXTURES / "small")
    assert program.title == "Small test program"
    assert [s.id for s in program.stages] == ["assessment", "skills"]
    assert [m.id for m in program.modules] == ["mood", "reading", "diary"]
    assert program.modules_in("skills")[0].id == "reading"


def test_a_questionnaire_keeps_its_scores_bands_and_flags() -> None:
    """Option sets, scores with bands, reliable change, caseness and flags are all in the model."""
    mood = load_program(FIXTURES / "small").module("mood")
    assert mood is not None
    assert mood.version == "2" and mood.repeatable and mood.source and mood.licence
    q1 = mood.field("q1")
    assert q1 is not None and q1.required
    assert [(o.value, o.label, o.score) for o in q1.options] == [
        ("not-at-all", "Not at all", 0),
        ("sometimes", "Sometimes", 1),
        ("often", "Often", 2),
    ]
    total = mood.score("total")
    assert total is not None
    assert total.formula.text == "sum(q1, q2, q3)"
    assert [b.label for b in total.bands] == ["Low", "Medium", "High"]
    assert total.reliable_change == 2 and total.caseness == 3 and total.better == Better.LOWER
    assert mood.score("average") is not None and mood.score("average").label == "Average"  # type: ignore[union-attr]
    assert [(f.id, f.level) for f in mood.flags] == [
        ("hopeless", FlagLevel.RISK),
        ("busy", FlagLevel.INFO),
    ]


def test_pages_split_at_plus_lines_and_hold_prose_and_boxes() -> None:
    """`+++ Title` starts a page; tip and crisis boxes keep their text and title."""
    reading = load_program(FIXTURES / "small").module("reading")
    assert reading is not None
    assert [p.title for p in reading.pages] == [None, "Part two"]
    first = reading.pages[0].blocks
    assert isinstance(first[0], Prose) and "![A leaf](images/leaf.png)" in first[0].markdown
    tip = first[1]
    assert isinstance(tip, Callout) and tip.kind == CalloutKind.TIP and tip.title == "Try this"
    assert tip.markdown == "Take a slow breath."
    crisis = reading.pages[1].blocks[0]
    assert isinstance(crisis, Callout) and crisis.kind == CalloutKind.CRISIS
    assert reading.requires == ("mood",)
    assert reading.recommend_when is not None and reading.recommend_reason


def test_every_field_type_is_read_with_its_settings() -> None:
    """Each question type keeps the keys that matter to it."""
    diary = load_program(FIXTURES / "small").module("diary")
    assert diary is not None
    kinds = {f.id: f.type for f in diary.fields}
    assert set(kinds.values()) == set(FieldType)
    name = diary.field("name")
    assert name is not None and name.validation.max_length == 40
    assert (
        name.validation.pattern == "[A-Za-z ]+"
        and name.validation.message == "Letters only, please."
    )
    hours = diary.field("hours")
    assert hours is not None and (hours.min, hours.max, hours.step, hours.unit) == (
        0,
        24,
        0.5,
        "hours",
    )
    energy = diary.field("energy")
    assert energy is not None and [(a.value, a.label) for a in energy.anchors] == [
        (0, "None"),
        (10, "Lots"),
    ]
    feeling = diary.field("feeling")
    assert feeling is not None and [o.value for o in feeling.options] == ["calm", "worry", "low"]
    worry = diary.field("worry_note")
    assert (
        worry is not None
        and worry.show_when is not None
        and worry.show_when.text == 'feeling == "worry"'
    )
    helped = diary.field("helped")
    assert helped is not None and helped.validation.max == 2
    triggers = diary.field("triggers")
    assert (
        triggers is not None and triggers.item_label == "Trigger" and triggers.validation.min == 1
    )
    table = diary.field("activities")
    assert table is not None and table.rows == 3
    assert [(c.id, c.type, c.max) for c in table.columns] == [
        ("what", FieldType.TEXT, None),
        ("mastery", FieldType.NUMBER, 10),
    ]
    story = diary.field("story")
    assert story is not None and story.lines == 6


def test_elements_remember_their_lines() -> None:
    """Fields, scores and bands know the file and line they were written on."""
    mood = load_program(FIXTURES / "small").module("mood")
    assert mood is not None
    q1 = mood.field("q1")
    assert q1 is not None and q1.source.line == 57 and q1.source.path.name == "10-mood.md"
    total = mood.score("total")
    assert total is not None and total.formula.source.line == 22
    assert mood.pages[1].source.line == 55


def test_source_hash_changes_with_the_text(write: Callable[..., Path]) -> None:
    """Entries remember which text they were made with: the hash follows the file's bytes."""
    path = write(module_text("Hello.\n"))
    first = load_module(path).source_hash
    path.write_text(path.read_text() + "More.\n")
    assert load_module(path).source_hash != first
    assert len(first) == 64


def test_yes_and_no_stay_words_in_options(write: Callable[..., Path]) -> None:
    """An option written `- No` is the word No, not YAML's false; `12:30` stays a time."""
    path = write(
        module_text(
            """
            ```field
            id: q
            type: choice
            label: Pick
            options: [Yes, No, 12:30]
            ```
            """
        )
    )
    field = load_module(path).field("q")
    assert field is not None and [o.label for o in field.options] == ["Yes", "No", "12:30"]


def test_other_code_fences_and_rules_are_ordinary_markdown(write: Callable[..., Path]) -> None:
    """A ```python fence or a `---` rule in the body is just Markdown, not a block or a page."""
    path = write(
        module_text(
            """
            Text

            ---

            ```python
            +++ not a page
            ```
            """
        )
    )
    module = load_module(path)
    assert len(module.pages) == 1
    assert "+++ not a page" in module.pages[0].blocks[0].markdown  # type: ignore[union-attr]


def test_a_leading_page_marker_does_not_make_an_empty_first_page(
    write: Callable[..., Path],
) -> None:
    """A body that starts with `+++ Title` has that as its first page."""
    module = load_module(write(module_text("\n+++ Start\n\nHello\n")))
    assert [p.title for p in module.pages] == ["Start"]


def test_readme_files_are_not_modules(program_dir: Path, write: Callable[..., Path]) -> None:
    """README.md in a program folder is documentation, not a module."""
    write(module_text("Hello\n"), "10-a.md")
    write("# Notes for authors\n", "README.md")
    assert [m.id for m in load_program(program_dir).modules] == ["m"]


def test_load_program_raises_with_every_error(
    program_dir: Path, write: Callable[..., Path]
) -> None:
    """A program with errors raises ProgramError listing all of them, not just the first."""
    write(module_text("Hi\n", id="a", extra="stage2: x"), "a.md")
    write(module_text("Hi\n", id="a"), "b.md")
    with pytest.raises(ProgramError) as caught:
        load_program(program_dir)
    messages = [d.message for d in caught.value.diagnostics if d.is_error]
    assert any("unknown key `stage2`" in m for m in messages)
    assert any("module id `a` is also used" in m for m in messages)
    assert "error(s)" in str(caught.value)


def test_default_stages_without_program_yaml(program_dir: Path, write: Callable[..., Path]) -> None:
    """Without program.yaml, the five standard stages apply and the title comes from the folder."""
    write(module_text("Hi\n"))
    program = load_program(program_dir)
    assert [s.id for s in program.stages] == [
        "assessment",
        "goals",
        "psychoeducation",
        "skills",
        "aftercare",
    ]
    assert program.title == "Program"
