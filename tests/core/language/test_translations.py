"""A module translated in a file beside it: words change, ids, values and scores do not."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from workbook.core.language import check_paths, load_module, load_program
from workbook.core.scoring import compute_results

ORIGINAL = """\
---
id: mood-check
title: Mood check
stage: skills
summary: A few questions about your week.
estimated_minutes: 2
scores:
  - id: total
    label: Total
    formula: sum(low, tired)
    min: 0
    max: 6
    bands:
      - from: 0
        label: Low
        interpretation: Things look settled.
      - from: 3
        label: High
        interpretation: It may help to talk this through.
flags:
  - id: very_tired
    when: tired >= 3
    level: warning
    message: You said you have felt tired nearly every day.
---

How has your week been?

+++ Questions

```field
id: low
type: choice
label: Feeling low
help: Think of the last seven days.
options:
  - label: Not at all
    score: 0
  - label: Some days
    score: 1
  - label: Most days
    score: 3
```

```field
id: tired
type: choice
label: Feeling tired
options:
  - label: Not at all
    score: 0
  - label: Some days
    score: 1
  - label: Every day
    score: 3
```

```tip
You can change your answers later.
```
"""

SPANISH = """\
---
id: mood-check
title: Cómo va tu ánimo
summary: Unas preguntas sobre tu semana.
scores:
  - id: total
    label: Total
    bands:
      - from: 0
        label: Bajo
        interpretation: Las cosas parecen tranquilas.
      - from: 3
        label: Alto
        interpretation: Puede ayudarte hablarlo con alguien.
flags:
  - id: very_tired
    message: Dijiste que te has sentido cansado casi todos los días.
---

¿Qué tal ha ido tu semana?

+++ Preguntas

```field
id: low
label: Sentirte sin ánimo
help: Piensa en los últimos siete días.
options:
  - Nada
  - Algunos días
  - Casi todos los días
```

```field
id: tired
label: Sentirte cansado
options:
  - Nada
  - Algunos días
  - Todos los días
```

```tip
Puedes cambiar tus respuestas más tarde.
```
"""


def _program(tmp_path: Path, spanish: str = SPANISH) -> Path:
    (tmp_path / "program.yaml").write_text("title: Test\n", encoding="utf-8")
    (tmp_path / "mood.md").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "mood.es.md").write_text(spanish, encoding="utf-8")
    return tmp_path


def test_a_complete_translation_checks_clean_and_is_shown_in_spanish(tmp_path: Path) -> None:
    """Every text the person reads comes from the translation; nothing is reported."""
    folder = _program(tmp_path)
    assert check_paths([folder]) == []
    module = load_program(folder, "es").module("mood-check")
    assert module is not None and module.language == "es"
    assert module.title == "Cómo va tu ánimo"
    low = module.field("low")
    assert low is not None and low.label == "Sentirte sin ánimo"
    assert [o.label for o in low.options] == ["Nada", "Algunos días", "Casi todos los días"]
    assert [o.value for o in low.options] == ["not-at-all", "some-days", "most-days"]
    assert module.scores[0].bands[1].interpretation == "Puede ayudarte hablarlo con alguien."
    assert module.flags[0].message.startswith("Dijiste")
    assert module.pages[0].blocks[0].markdown == "¿Qué tal ha ido tu semana?"  # type: ignore[union-attr]


def test_a_person_in_another_language_sees_the_original(tmp_path: Path) -> None:
    """English (and any language without a translation) keeps the author's words."""
    folder = _program(tmp_path)
    for language in (None, "en", "de"):
        module = load_program(folder, language).module("mood-check")
        assert module is not None and module.title == "Mood check"
    mexico = load_program(folder, "es_MX.UTF-8").module("mood-check")
    assert mexico is not None and mexico.title == "Cómo va tu ánimo"


def test_scores_and_flags_are_the_same_in_every_language(tmp_path: Path) -> None:
    """The same answers give the same total, band and flag whatever language is read."""
    folder = _program(tmp_path)
    english = load_program(folder).module("mood-check")
    spanish = load_program(folder, "es").module("mood-check")
    assert english is not None and spanish is not None
    for answers in ({"low": "some-days", "tired": "every-day"}, {"low": "not-at-all"}):
        ours, theirs = compute_results(english, answers), compute_results(spanish, answers)
        assert ours.score_value("total") == theirs.score_value("total")
        assert [f.id for f in ours.flags] == [f.id for f in theirs.flags]
        assert [r.band.lower if r.band else None for r in ours.scores] == [
            r.band.lower if r.band else None for r in theirs.scores
        ]
    both = compute_results(spanish, {"low": "some-days", "tired": "every-day"})
    assert both.score_value("total") == 4 and [f.id for f in both.flags] == ["very_tired"]


def test_a_question_id_the_original_lacks_is_an_error_with_line_and_fix(tmp_path: Path) -> None:
    """A misspelt id is reported at its line, naming the original and suggesting the right id."""
    folder = _program(tmp_path, SPANISH.replace("id: tired", "id: tierd"))
    found = [d for d in check_paths([folder]) if d.is_error]
    assert len(found) == 1
    problem = found[0]
    assert problem.path.name == "mood.es.md"
    line = SPANISH.splitlines().index("id: tired") + 1
    assert problem.line == line
    assert "has no question `tierd`" in problem.message and "mood.md" in problem.message
    assert problem.hint is not None and "`tired`" in problem.hint


def test_a_moved_box_is_reported_and_the_page_keeps_the_original_words(tmp_path: Path) -> None:
    """Texts are matched by place: a page whose boxes don't line up says so."""
    moved = SPANISH.replace("```tip\nPuedes", "```note\nPuedes")
    folder = _program(tmp_path, moved)
    found = [d for d in check_paths([folder]) if d.is_error]
    assert len(found) == 1 and "```tip box" in found[0].message
    module = load_program(folder, "es").module("mood-check")
    assert module is not None
    assert module.title == "Cómo va tu ánimo"  # the rest still comes from the translation


def test_untranslated_texts_fall_back_one_by_one_and_are_warned_about(tmp_path: Path) -> None:
    """A missing help text shows the English help; everything else stays Spanish."""
    partial = SPANISH.replace("help: Piensa en los últimos siete días.\n", "")
    partial = partial.replace("title: Cómo va tu ánimo\n", "")
    folder = _program(tmp_path, partial)
    found = check_paths([folder])
    assert not [d for d in found if d.is_error]
    warned = " ".join(d.message for d in found)
    assert "the help of the question `low` is not translated" in warned
    assert "the title of the module is not translated" in warned
    module = load_program(folder, "es").module("mood-check")
    assert module is not None and module.title == "Mood check"
    low = module.field("low")
    assert low is not None
    assert low.help == "Think of the last seven days." and low.label == "Sentirte sin ánimo"


def test_a_text_left_in_english_is_warned_about(tmp_path: Path) -> None:
    """A copied file whose words were not yet changed is not mistaken for a translation."""
    copied = SPANISH.replace("label: Sentirte cansado", "label: Feeling tired")
    found = check_paths([_program(tmp_path, copied)])
    assert any("same as the original" in d.message for d in found)


def test_more_options_than_the_original_is_an_error(tmp_path: Path) -> None:
    extra = SPANISH.replace("  - Todos los días\n", "  - Todos los días\n  - Siempre\n")
    found = [d for d in check_paths([_program(tmp_path, extra)]) if d.is_error]
    assert len(found) == 1 and "3 options in the original" in found[0].message


def test_a_translation_without_its_module_is_reported(tmp_path: Path) -> None:
    (tmp_path / "program.yaml").write_text("title: Test\n", encoding="utf-8")
    (tmp_path / "mood.md").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "mod.es.md").write_text(SPANISH, encoding="utf-8")
    found = [d for d in check_paths([tmp_path]) if d.is_error]
    assert len(found) == 1 and "there is no mod.md beside it" in found[0].message


def test_checking_the_translation_file_alone_checks_it_against_its_module(tmp_path: Path) -> None:
    folder = _program(tmp_path, SPANISH.replace("id: very_tired", "id: tired_flag"))
    found = check_paths([folder / "mood.es.md"])
    assert [d.message for d in found if d.is_error] == [
        "the original (mood.md) has no flag `tired_flag`"
    ]


INSTRUMENT = ORIGINAL.replace(
    "estimated_minutes: 2\n", "estimated_minutes: 2\nsource: A published questionnaire (2001).\n"
)


def test_a_questionnaire_is_translated_only_from_a_named_official_source(tmp_path: Path) -> None:
    """Without `translation_source:` a validated questionnaire keeps its words, with a note why."""
    folder = _program(tmp_path)
    (folder / "mood.md").write_text(INSTRUMENT, encoding="utf-8")
    found = [d for d in check_paths([folder]) if d.is_error]
    assert len(found) == 1 and "translation_source" in (found[0].hint or "")
    module = load_program(folder, "es").module("mood-check")
    assert module is not None and module.title == "Mood check"
    note = module.pages[0].blocks[0]
    assert note.markdown.startswith("Este cuestionario aparece en su idioma original")  # type: ignore[union-attr]


def test_an_official_translation_must_be_complete(tmp_path: Path) -> None:
    """With its source named, a questionnaire's translation is used only when nothing is missing."""
    folder = _program(
        tmp_path, SPANISH.replace("summary:", "translation_source: Official, 2010.\nsummary:")
    )
    (folder / "mood.md").write_text(INSTRUMENT, encoding="utf-8")
    assert check_paths([folder]) == []
    module = load_program(folder, "es").module("mood-check")
    assert module is not None and module.title == "Cómo va tu ánimo"
    assert module.translation_source == "Official, 2010."
    gap = SPANISH.replace("translation_source", "x").replace(
        "summary:", "translation_source: Official, 2010.\nsummary:"
    )
    gap = gap.replace("help: Piensa en los últimos siete días.\n", "")
    (folder / "mood.es.md").write_text(gap, encoding="utf-8")
    assert [d for d in check_paths([folder]) if d.is_error]
    shown = load_program(folder, "es").module("mood-check")
    assert shown is not None and shown.title == "Mood check"


def test_program_yaml_is_translated_by_stage_id(tmp_path: Path) -> None:
    folder = _program(tmp_path)
    (folder / "program.yaml").write_text(
        "title: Test\nstages:\n  - id: skills\n    title: Skills\n", encoding="utf-8"
    )
    (folder / "program.es.yaml").write_text(
        textwrap.dedent("""\
            title: Prueba
            stages:
              - id: skills
                title: Habilidades
        """),
        encoding="utf-8",
    )
    assert check_paths([folder]) == []
    program = load_program(folder, "es")
    assert program.title == "Prueba" and program.stages[0].title == "Habilidades"
    assert program.language == "es"
    (folder / "program.es.yaml").write_text(
        "stages:\n  - id: skils\n    title: Habilidades\n", encoding="utf-8"
    )
    assert [m.message for m in check_paths([folder])] == ["program.yaml has no stage `skils`"]


def test_load_module_takes_a_language(tmp_path: Path) -> None:
    folder = _program(tmp_path)
    assert load_module(folder / "mood.md", "es").title == "Cómo va tu ánimo"


@pytest.mark.parametrize("name", ["notes.v2.md", "10-thought-record.md", "README.md"])
def test_ordinary_module_names_are_not_taken_for_translations(name: str) -> None:
    from workbook.core.language.translation_files import is_translation_file

    assert not is_translation_file(Path(name))
