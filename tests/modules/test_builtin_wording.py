"""The published questionnaires are reproduced word for word, with their source and licence."""

from __future__ import annotations

from workbook.core.language import Module, Program, Prose

PHQ9_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
PHQ9_ITEMS = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
    "fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
]
PHQ9_DIFFICULTY = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
GAD7_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"
GAD7_ITEMS = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
]
DIFFICULTY_OPTIONS = [
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
]
WHO5_INSTRUCTION = (
    "Please indicate for each of the five statements which is closest to how you have been "
    "feeling over the last two weeks. Notice that higher numbers mean better well-being."
)
WHO5_ITEMS = [
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
]
WHO5_OPTIONS = [
    ("All of the time", 5),
    ("Most of the time", 4),
    ("More than half of the time", 3),
    ("Less than half of the time", 2),
    ("Some of the time", 1),
    ("At no time", 0),
]
PFIZER = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc."
)


def _prose(module: Module) -> str:
    """All the module's prose, with line breaks folded into spaces as a reader sees it."""
    text = " ".join(b.markdown for p in module.pages for b in p.blocks if isinstance(b, Prose))
    return " ".join(text.split())


def _items(module: Module) -> list[str]:
    return [f.label for f in module.fields if f.id.startswith("q")]


def _get(program: Program, module_id: str) -> Module:
    module = program.module(module_id)
    assert module is not None
    return module


def test_phq9_is_word_for_word(program: Program) -> None:
    """PHQ-9 shows the published time frame, nine items and the difficulty question unchanged."""
    phq9 = _get(program, "phq9")
    assert PHQ9_STEM in _prose(phq9)
    assert _items(phq9) == PHQ9_ITEMS
    difficulty = phq9.field("difficulty")
    assert difficulty is not None and difficulty.label == PHQ9_DIFFICULTY
    assert [o.label for o in difficulty.options] == DIFFICULTY_OPTIONS
    assert all(o.score is None for o in difficulty.options)


def test_gad7_is_word_for_word(program: Program) -> None:
    """GAD-7 shows the published time frame, seven items and the difficulty question unchanged."""
    gad7 = _get(program, "gad7")
    assert GAD7_STEM in _prose(gad7)
    assert _items(gad7) == GAD7_ITEMS
    difficulty = gad7.field("difficulty")
    assert difficulty is not None
    assert [o.label for o in difficulty.options] == DIFFICULTY_OPTIONS


def test_who5_is_word_for_word(program: Program) -> None:
    """WHO-5 shows the published instruction, five statements and six answers scored 5 to 0."""
    who5 = _get(program, "who5")
    prose = _prose(who5)
    assert WHO5_INSTRUCTION in prose
    assert "Over the last two weeks" in prose
    assert _items(who5) == WHO5_ITEMS
    for field in who5.fields:
        if field.id.startswith("q"):
            assert [(o.label, o.score) for o in field.options] == WHO5_OPTIONS


def test_questionnaires_name_their_source_and_licence(program: Program) -> None:
    """Each questionnaire carries its citation and terms of reuse, as their authors ask."""
    for module_id in ("phq9", "gad7"):
        module = _get(program, module_id)
        assert module.source is not None and PFIZER in module.source
        assert module.licence is not None
        assert "No permission required to reproduce, translate, display or distribute" in (
            module.licence.terms
        )
        assert module.licence.permission_needed is False
    who5 = _get(program, "who5")
    assert who5.source is not None
    assert "Psychiatric Research Unit" in who5.source
    assert "Frederiksborg General Hospital" in who5.source
    assert who5.licence is not None and "Public domain" in who5.licence.terms
    assert who5.licence.permission_needed is False
