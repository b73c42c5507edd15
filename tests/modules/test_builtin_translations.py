"""Every built-in module that isn't a validated questionnaire has a complete Spanish translation."""

from __future__ import annotations

import pytest

from workbook.core.language import Module, Program, check_paths, load_program
from workbook.core.language.translation_apply import is_instrument
from workbook.core.language.translation_files import translation_path
from workbook.paths import builtin_program_dir

PROGRAM = load_program(builtin_program_dir())
OWN = [m for m in PROGRAM.modules if not is_instrument(m)]
INSTRUMENTS = [m for m in PROGRAM.modules if is_instrument(m)]


@pytest.fixture(scope="module")
def spanish() -> Program:
    return load_program(builtin_program_dir(), "es")


@pytest.mark.parametrize("module", OWN, ids=lambda m: m.id)
def test_spanish_translation_is_complete_and_checks_clean(module: object) -> None:
    """No errors and no warnings: nothing untranslated, nothing mismatched."""
    path = translation_path(module.path, "es")  # type: ignore[attr-defined]
    assert path.is_file(), f"{path.name} is missing"
    assert [str(d) for d in check_paths([path])] == []


def test_the_program_reads_in_spanish(spanish: Program) -> None:
    """Program title, stages and module titles change; module ids and order stay."""
    assert spanish.language == "es"
    assert spanish.title != PROGRAM.title
    assert [s.id for s in spanish.stages] == [s.id for s in PROGRAM.stages]
    assert all(a.title != b.title for a, b in zip(spanish.stages, PROGRAM.stages, strict=True))
    assert [m.id for m in spanish.modules] == [m.id for m in PROGRAM.modules]
    for english in OWN:
        translated = spanish.module(english.id)
        assert translated is not None and translated.title != english.title, english.id


@pytest.mark.parametrize("module", INSTRUMENTS, ids=lambda m: m.id)
def test_questionnaires_without_an_official_translation_say_why(
    spanish: Program, module: object
) -> None:
    """PHQ-9, GAD-7 and WHO-5 keep their published words, with one Spanish sentence first."""
    shown = spanish.module(module.id)  # type: ignore[attr-defined]
    assert shown is not None
    assert shown.fields == module.fields  # type: ignore[attr-defined]
    first = shown.pages[0].blocks[0]
    assert "idioma original" in getattr(first, "markdown", "")


def _shape(module: Module) -> tuple[object, ...]:
    """Everything answers and scores depend on: ids, types, values, limits and formulas."""
    fields = [
        (
            f.id,
            f.type,
            f.min,
            f.max,
            f.required,
            f.show_when.text if f.show_when else None,
            [(o.value, o.score) for o in f.options],
            [a.value for a in f.anchors],
            [(c.id, c.type) for c in f.columns],
        )
        for f in module.fields
    ]
    scores = [
        (s.id, s.formula.text, s.min, s.max, [b.lower for b in s.bands]) for s in module.scores
    ]
    flags = [(f.id, f.when.text, f.level) for f in module.flags]
    when = module.recommend_when.text if module.recommend_when else None
    return (module.id, module.stage, fields, scores, flags, module.requires, when, module.records)


@pytest.mark.parametrize("module", PROGRAM.modules, ids=lambda m: m.id)
def test_answers_and_scores_mean_the_same_in_spanish(spanish: Program, module: Module) -> None:
    """A Spanish reader's answers are stored and scored exactly like an English reader's."""
    translated = spanish.module(module.id)
    assert translated is not None
    assert _shape(translated) == _shape(module)
