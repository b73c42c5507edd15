"""Module -> Questionnaire -> module keeps what a module means: every question id, type,
option value and score, every condition, formula, band and flag, over the whole program.

What does not survive, by design: option sets come back written out on each question
(the same options, no longer shared by name), and the file's YAML layout. Nothing a
person answers, reads or a score uses is lost: labels, help, text and boxes compare
equal too.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from workbook.core.fhir.questionnaire_export import module_questionnaire
from workbook.core.fhir.questionnaire_import import questionnaire_draft
from workbook.core.language import check_paths, load_module, load_program
from workbook.core.language.model import Block, Callout, Field, Module, Program, Prose
from workbook.paths import builtin_program_dir


def _field(field: Field) -> tuple[object, ...]:
    return (
        field.id,
        field.type,
        field.label,
        field.help,
        field.required,
        field.show_when.text if field.show_when else None,
        field.placeholder,
        field.validation,
        field.min,
        field.max,
        field.step,
        field.unit,
        field.anchors,
        field.options,
        field.item_label,
        field.columns,
        field.rows,
        field.lines,
    )


def _block(block: Block) -> object:
    if isinstance(block, Prose):
        return ("text", block.markdown)
    if isinstance(block, Callout):
        return (block.kind, block.title, block.markdown)
    return ("question", block.id)


#: Module attributes compared on their own below, or not part of what the file says.
_APART = {"path", "source_hash", "pages", "scores", "flags", "recommend_when", "language"}


def _meaning(module: Module) -> dict[str, object]:
    """Everything a module file says. Every header attribute of ``Module`` is compared, so
    one added to the language later fails here until the FHIR exchange carries it too."""
    header = {f.name: getattr(module, f.name) for f in dataclasses.fields(module)}
    header = {k: v for k, v in header.items() if k not in _APART}
    header["recommend_when"] = module.recommend_when.text if module.recommend_when else None
    return {
        "header": header,
        "pages": [(p.title, [_block(b) for b in p.blocks]) for p in module.pages],
        "fields": [_field(f) for f in module.fields],
        "scores": [
            (
                s.id,
                s.label,
                s.formula.text,
                s.min,
                s.max,
                s.better,
                [(b.lower, b.label, b.interpretation) for b in s.bands],
                s.reliable_change,
                s.caseness,
                s.norms,
            )
            for s in module.scores
        ],
        "flags": [(f.id, f.when.text, f.level, f.message) for f in module.flags],
    }


def test_every_built_in_module_comes_back_whole(program: Program, tmp_path: Path) -> None:
    """Each module file is replaced by the draft read back from its Questionnaire; the
    program still checks clean and every module means the same."""
    copy = tmp_path / "program"
    shutil.copytree(builtin_program_dir(), copy)
    for module in program.modules:
        draft = questionnaire_draft(module_questionnaire(module))
        assert draft.warnings == (), f"{module.id}: {draft.warnings}"
        target = copy / module.path.relative_to(program.path)
        target.write_text(draft.markdown, encoding="utf-8")
    problems = [d for d in check_paths([copy]) if d.is_error or d.severity == "warning"]
    assert [str(p) for p in problems] == []
    again = load_program(copy)
    assert [m.id for m in again.modules] == [m.id for m in program.modules]
    for before, after in zip(program.modules, again.modules, strict=True):
        assert _meaning(after) == _meaning(before), before.id


def test_enable_when_alone_reads_back_as_the_same_condition(program: Program) -> None:
    """A clinic's tool may drop Workbook's extensions; the enableWhen it keeps still says
    the same condition, written the same way."""
    from workbook.core.fhir.enable_when import from_enable_when, to_enable_when

    checked = 0
    for module in program.modules:
        names = {f.id: (f.id, f.type) for f in module.fields}
        for field in module.fields:
            if field.show_when is None:
                continue
            direct = to_enable_when(field.show_when, module, "urn:options")
            if direct is None:
                continue
            again, lost = from_enable_when(direct.conditions, direct.behavior, names)
            assert (again, lost) == (field.show_when.text, []), f"{module.id}.{field.id}"
            checked += 1
    assert checked >= 5


FIXTURES = Path(__file__).resolve().parents[1]
EVERY_FIELD = FIXTURES / "core" / "printing" / "data" / "every-field.md"
SMALL = FIXTURES / "fixtures" / "modules" / "small"


def _limits_module(tmp_path: Path) -> Path:
    """Every limit and extra a question can have, each set to something."""
    path = tmp_path / "limits.md"
    path.write_text(
        """---
id: limits
title: Every limit
stage: skills
summary: Questions with every limit the language has.
estimated_minutes: 3
---

```field
id: code
type: text
label: Your code
placeholder: AB-1234
min_length: 7
max_length: 7
pattern: '[A-Z]{2}-[0-9]{4}'
message: Two capitals, a dash and four digits.
lines: 1
```

```field
id: hours
type: number
label: Hours slept
min: 0
max: 24
step: 0.5
unit: hours
required: true
```

```field
id: calm
type: scale
label: How calm
help: Zero is not at all.
min: 0
max: 10
step: 2
anchors: {0: Not at all, 10: Completely}
show_when: answered(hours) and hours < 6
```

```field
id: steps
type: list
label: Steps
item_label: Step
min_items: 1
max_items: 5
```

```field
id: places
type: multiple_choice
label: Where
min_items: 1
max_items: 2
options: [Home, Work, Outside]
show_when: '"Home" in steps or calm >= 4'
```
""",
        encoding="utf-8",
    )
    return path


def test_every_question_type_and_limit_comes_back_whole(tmp_path: Path) -> None:
    """The test modules cover what the built-in program does not: a scale with anchors and
    a step, a number with a unit and a decimal step, times, patterns, item counts."""
    for source in [EVERY_FIELD, _limits_module(tmp_path), *sorted(SMALL.glob("*.md"))]:
        if source.parent == SMALL:
            before = load_program(SMALL).module(load_module(source).id)
        else:
            before = load_module(source)
        assert before is not None
        draft = questionnaire_draft(module_questionnaire(before))
        assert draft.warnings == ()
        target = tmp_path / "again" / source.relative_to(source.parent.parent)
        if source.parent == SMALL:
            target = tmp_path / "small"
            if not target.exists():
                shutil.copytree(SMALL, target)
            target = target / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(draft.markdown, encoding="utf-8")
        after = load_module(target)
        assert _meaning(after) == _meaning(before), source.name
