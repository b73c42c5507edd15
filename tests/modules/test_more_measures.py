"""PCL-5, K10, AUDIT and PHQ-15: word for word, scored and banded as published, with their rules.

The item lists below are typed from the sources each module names (the National Center
for PTSD form, Kessler 2002 as listed by CLOSER, the WHO 2001 AUDIT manual, the PHQ-15),
so an accidental edit to a module's wording fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from builtin_answers import spread

from workbook.core.language import FlagLevel, Module, Program, Prose
from workbook.core.scoring import compare, compute_results, validate_answers, visible_fields

PCL5_ITEMS = [
    "Repeated, disturbing, and unwanted memories of the stressful experience?",
    "Repeated, disturbing dreams of the stressful experience?",
    "Suddenly feeling or acting as if the stressful experience were actually happening again"
    " (as if you were actually back there reliving it)?",
    "Feeling very upset when something reminded you of the stressful experience?",
    "Having strong physical reactions when something reminded you of the stressful experience"
    " (for example, heart pounding, trouble breathing, sweating)?",
    "Avoiding memories, thoughts, or feelings related to the stressful experience?",
    "Avoiding external reminders of the stressful experience (for example, people, places,"
    " conversations, activities, objects, or situations)?",
    "Trouble remembering important parts of the stressful experience?",
    "Having strong negative beliefs about yourself, other people, or the world (for example,"
    " having thoughts such as: I am bad, there is something seriously wrong with me, no one can"
    " be trusted, the world is completely dangerous)?",
    "Blaming yourself or someone else for the stressful experience or what happened after it?",
    "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
    "Loss of interest in activities that you used to enjoy?",
    "Feeling distant or cut off from other people?",
    "Trouble experiencing positive feelings (for example, being unable to feel happiness or have"
    " loving feelings for people close to you)?",
    "Irritable behavior, angry outbursts, or acting aggressively?",
    "Taking too many risks or doing things that could cause you harm?",
    "Being “superalert” or watchful or on guard?",
    "Feeling jumpy or easily startled?",
    "Having difficulty concentrating?",
    "Trouble falling or staying asleep?",
]
PCL5_OPTIONS = [
    ("Not at all", 0),
    ("A little bit", 1),
    ("Moderately", 2),
    ("Quite a bit", 3),
    ("Extremely", 4),
]
K10_FEELINGS = [
    "tired out for no good reason",
    "nervous",
    "so nervous that nothing could calm you down",
    "hopeless",
    "restless or fidgety",
    "so restless that you could not sit still",
    "depressed",
    "so depressed that nothing could cheer you up",
    "that everything was an effort",
    "worthless",
]
K10_OPTIONS = [
    ("None of the time", 1),
    ("A little of the time", 2),
    ("Some of the time", 3),
    ("Most of the time", 4),
    ("All of the time", 5),
]
AUDIT_ITEMS = [
    "How often do you have a drink containing alcohol?",
    "How many drinks containing alcohol do you have on a typical day when you are drinking?",
    "How often do you have six or more drinks on one occasion?",
    "How often during the last year have you found that you were not able to stop drinking once"
    " you had started?",
    "How often during the last year have you failed to do what was normally expected from you"
    " because of drinking?",
    "How often during the last year have you needed a first drink in the morning to get yourself"
    " going after a heavy drinking session?",
    "How often during the last year have you had a feeling of guilt or remorse after drinking?",
    "How often during the last year have you been unable to remember what happened the night"
    " before because you had been drinking?",
    "Have you or someone else been injured as a result of your drinking?",
    "Has a relative or friend or a doctor or another health worker been concerned about your"
    " drinking or suggested you cut down?",
]
AUDIT_OPTIONS = {
    "q1": [
        "Never",
        "Monthly or less",
        "2 to 4 times a month",
        "2 to 3 times a week",
        "4 or more times a week",
    ],
    "q2": ["1 or 2", "3 or 4", "5 or 6", "7, 8, or 9", "10 or more"],
    "q3": ["Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily"],
    "q9": ["No", "Yes, but not in the last year", "Yes, during the last year"],
}
PHQ15_STEM = (
    "During the past 4 weeks, how much have you been bothered by any of the following problems?"
)
PHQ15_ITEMS = [
    "Stomach pain",
    "Back pain",
    "Pain in your arms, legs, or joints (knees, hips, etc.)",
    "Menstrual cramps or other problems with your periods (women only)",
    "Headaches",
    "Chest pain",
    "Dizziness",
    "Fainting spells",
    "Feeling your heart pound or race",
    "Shortness of breath",
    "Pain or problems during sexual intercourse",
    "Constipation, loose bowels, or diarrhea",
    "Nausea, gas, or indigestion",
    "Feeling tired or having low energy",
    "Trouble sleeping",
]
PHQ15_OPTIONS = [("Not bothered at all", 0), ("Bothered a little", 1), ("Bothered a lot", 2)]


def _get(program: Program, module_id: str) -> Module:
    module = program.module(module_id)
    assert module is not None, f"the built-in program has no {module_id}"
    return module


def _items(module: Module) -> list[str]:
    return [f.label for f in module.fields if f.id.startswith("q")]


def _options(module: Module, field_id: str) -> list[tuple[str, float | None]]:
    field = module.field(field_id)
    assert field is not None
    return [(o.label, o.score) for o in field.options]


def _prose(module: Module) -> str:
    """All the module's prose, with line breaks folded into spaces as a reader sees it."""
    text = " ".join(b.markdown for p in module.pages for b in p.blocks if isinstance(b, Prose))
    return " ".join(text.split())


def _answers(module: Module, scores: list[int], first: int = 1) -> dict[str, Any]:
    """Answers q{first}.. choosing, for each question, the option with that score."""
    answers: dict[str, Any] = {}
    for number, wanted in enumerate(scores, start=first):
        field = module.field(f"q{number}")
        assert field is not None
        answers[field.id] = next(o.value for o in field.options if o.score == wanted)
    return answers


def _band(module: Module, answers: dict[str, Any]) -> tuple[float | None, str | None]:
    (result,) = compute_results(module, answers).scores
    return result.value, result.band.label if result.band else None


# --- word for word -------------------------------------------------------------------------


def test_pcl5_is_word_for_word(program: Program) -> None:
    """Twenty items, the past-month stem and five answers scored 0-4, as on the VA form."""
    pcl5 = _get(program, "pcl5")
    assert _items(pcl5) == PCL5_ITEMS
    for number in range(1, 21):
        assert _options(pcl5, f"q{number}") == PCL5_OPTIONS
    prose = _prose(pcl5)
    assert "In the past month, how much were you bothered by:" in prose
    assert "Below is a list of problems that people sometimes have in response to a very" in prose


def test_k10_is_word_for_word(program: Program) -> None:
    """Ten items in Kessler's own words, each answered from none to all of the time (1-5)."""
    k10 = _get(program, "k10")
    assert _items(k10) == [
        f"During the past 30 days, about how often did you feel {feeling}?"
        for feeling in K10_FEELINGS
    ]
    for number in range(1, 11):
        assert _options(k10, f"q{number}") == K10_OPTIONS


def test_audit_is_word_for_word(program: Program) -> None:
    """Ten WHO items; answers scored 0-4, and 0, 2, 4 for the last two questions."""
    audit = _get(program, "audit")
    assert _items(audit) == AUDIT_ITEMS
    assert _options(audit, "q1") == list(zip(AUDIT_OPTIONS["q1"], range(5), strict=True))
    assert _options(audit, "q2") == list(zip(AUDIT_OPTIONS["q2"], range(5), strict=True))
    for number in range(3, 9):
        assert _options(audit, f"q{number}") == list(
            zip(AUDIT_OPTIONS["q3"], range(5), strict=True)
        )
    for number in (9, 10):
        assert _options(audit, f"q{number}") == list(
            zip(AUDIT_OPTIONS["q9"], (0, 2, 4), strict=True)
        )


def test_phq15_is_word_for_word(program: Program) -> None:
    """The 4-week stem, fifteen symptoms and three answers scored 0-2."""
    phq15 = _get(program, "phq15")
    prose = _prose(phq15)
    assert PHQ15_STEM in prose
    assert _items(phq15) == PHQ15_ITEMS
    for number in range(1, 16):
        assert _options(phq15, f"q{number}") == PHQ15_OPTIONS


@pytest.mark.parametrize(
    ("module_id", "named", "permission", "commercial"),
    [
        ("pcl5", "National Center for PTSD", False, True),
        ("k10", "Kessler", None, None),
        ("audit", "WHO/MSD/MSB/01.6a", False, False),
        ("phq15", "Kroenke", False, None),
    ],
)
def test_each_measure_names_its_source_and_licence(
    program: Program,
    module_id: str,
    named: str,
    permission: bool | None,
    commercial: bool | None,
) -> None:
    """The citation, where the wording was read (an address), and the terms of reuse; where
    the owner states nothing (K10) nothing is claimed."""
    module = _get(program, module_id)
    assert module.source is not None and named in module.source
    assert "https://" in module.source
    assert module.licence is not None and module.licence.terms
    assert module.licence.permission_needed is permission
    assert module.licence.commercial_use is commercial


# --- scores and bands ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Below the usual cut-point"),
        (32, "Below the usual cut-point"),
        (33, "At or above the usual cut-point"),
        (80, "At or above the usual cut-point"),
    ],
)
def test_pcl5_total_and_band(program: Program, total: int, band: str) -> None:
    """Twenty items 0-4 add up to 0-80; the National Center for PTSD cut-point is 31-33,
    and 33 or more is shown as at or above it."""
    pcl5 = _get(program, "pcl5")
    assert _band(pcl5, _answers(pcl5, spread(total, 20, 4))) == (total, band)


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (10, "Low distress"),
        (15, "Low distress"),
        (16, "Moderate distress"),
        (21, "Moderate distress"),
        (22, "High distress"),
        (29, "High distress"),
        (30, "Very high distress"),
        (50, "Very high distress"),
    ],
)
def test_k10_total_and_band(program: Program, total: int, band: str) -> None:
    """Each answer counts 1-5, so the total runs 10-50; the ABS levels start at 16, 22, 30."""
    k10 = _get(program, "k10")
    scores = [s + 1 for s in spread(total - 10, 10, 4)]
    assert _band(k10, _answers(k10, scores)) == (total, band)


@pytest.mark.parametrize(
    ("scores", "total", "band"),
    [
        ([0] + [0] * 9, 0, "Zone I: low risk"),
        ([4, 3, 0, 0, 0, 0, 0, 0, 0, 0], 7, "Zone I: low risk"),
        ([4, 4, 0, 0, 0, 0, 0, 0, 0, 0], 8, "Zone II: hazardous"),
        ([4, 4, 4, 1, 0, 0, 1, 1, 0, 0], 15, "Zone II: hazardous"),
        ([4, 4, 4, 1, 0, 0, 1, 1, 0, 2], 17, "Zone III: harmful"),
        ([4, 4, 4, 1, 1, 1, 2, 1, 0, 0], 18, "Zone III: harmful"),
        ([4, 4, 4, 1, 1, 1, 2, 2, 0, 0], 19, "Zone III: harmful"),
        ([4, 4, 4, 1, 1, 1, 3, 2, 0, 0], 20, "Zone IV: needs a specialist assessment"),
        ([4] * 10, 40, "Zone IV: needs a specialist assessment"),
    ],
)
def test_audit_total_and_zone(program: Program, scores: list[int], total: int, band: str) -> None:
    """The WHO risk zones: 0-7, 8-15, 16-19 and 20-40."""
    audit = _get(program, "audit")
    assert _band(audit, _answers(audit, scores)) == (total, band)


def test_audit_zone_iii_starts_at_16(program: Program) -> None:
    audit = _get(program, "audit")
    assert _band(audit, _answers(audit, [4, 4, 4, 1, 1, 1, 1, 0, 0, 0])) == (
        16,
        "Zone III: harmful",
    )


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Low"),
        (9, "Low"),
        (10, "Medium"),
        (14, "Medium"),
        (15, "High"),
        (30, "High"),
    ],
)
def test_phq15_total_and_band(program: Program, total: int, band: str) -> None:
    """Fifteen items 0-2 add up to 0-30; Kroenke 2002: 5, 10 and 15 for low, medium, high."""
    phq15 = _get(program, "phq15")
    assert _band(phq15, _answers(phq15, spread(total, 15, 2))) == (total, band)


# --- the instruments' own rules -----------------------------------------------------------


def test_audit_never_drinking_skips_to_the_last_two_questions(program: Program) -> None:
    """ "Never" to question 1 hides questions 2-8; the AUDIT can be finished with 1, 9 and 10."""
    audit = _get(program, "audit")
    answers = _answers(audit, [0]) | _answers(audit, [0, 0], first=9)
    shown = [f.id for f in visible_fields(audit, answers) if f.id.startswith("q")]
    assert shown == ["q1", "q9", "q10"]
    assert validate_answers(audit, answers) == []
    assert _band(audit, answers) == (0, "Zone I: low risk")
    drinking = _answers(audit, [1])
    assert "q2" in [f.id for f in visible_fields(audit, drinking)]
    assert {p.field_id for p in validate_answers(audit, drinking)} >= {"q2", "q8", "q9"}


@pytest.mark.parametrize(
    ("scores", "flagged"),
    [
        ([1, 0, 0, 1, 1, 1, 0, 0, 0, 0], False),  # monthly-or-less on 4-6: below the rule
        ([1, 0, 0, 2, 0, 0, 0, 0, 0, 0], True),  # question 4 monthly
        ([1, 0, 0, 0, 2, 0, 0, 0, 0, 0], True),  # question 5 monthly
        ([1, 0, 0, 0, 0, 2, 0, 0, 0, 0], True),  # question 6 monthly
        ([1, 0, 0, 0, 0, 0, 0, 0, 2, 2], False),  # injury / concern, but not in the last year
        ([1, 0, 0, 0, 0, 0, 0, 0, 4, 0], True),  # injured during the last year
        ([1, 0, 0, 0, 0, 0, 0, 0, 0, 4], True),  # someone concerned during the last year
    ],
)
def test_audit_follow_up_rule_whatever_the_total(
    program: Program, scores: list[int], flagged: bool
) -> None:
    """WHO: 2 or more on questions 4, 5 or 6, or 4 on question 9 or 10, calls for the next
    level of help even with a low total: a warning for the clinician, not a crisis."""
    audit = _get(program, "audit")
    flags = compute_results(audit, _answers(audit, scores)).flags
    assert bool(flags) is flagged
    for flag in flags:
        assert flag.level == FlagLevel.WARNING and "clinician" in flag.message


def test_phq15_period_question_may_be_skipped(program: Program) -> None:
    """Question 4 (periods, women only) is optional; without it the other fourteen count."""
    phq15 = _get(program, "phq15")
    answers = _answers(phq15, spread(28, 15, 2))
    del answers["q4"]
    assert validate_answers(phq15, answers) == []
    assert _band(phq15, answers) == (26, "High")
    missing = {p.field_id for p in validate_answers(phq15, {})}
    assert missing == {f"q{i}" for i in range(1, 16)} - {"q4"}


def test_every_item_is_required_elsewhere(program: Program) -> None:
    """PCL-5 and K10 cannot be finished with an item missing, so no total is half-made."""
    for module_id, items in (("pcl5", 20), ("k10", 10)):
        problems = validate_answers(_get(program, module_id), {})
        assert {p.field_id for p in problems} == {f"q{i}" for i in range(1, items + 1)}


@pytest.mark.parametrize(
    ("first", "latest", "category", "recovery"),
    [
        (45, 33, "reliable improvement", "no recovery"),  # 12 down, but 33 is still a case
        (40, 30, "reliable improvement", "reliable recovery"),  # exactly 10 down, below 33
        (36, 30, "no reliable change", "recovery"),  # out of the range on too small a change
        (33, 32, "no reliable change", "recovery"),  # the lowest case to the highest non-case
        (32, 20, "reliable improvement", "not applicable"),  # 32 was never a case
        (33, 43, "reliable deterioration", "no recovery"),
    ],
)
def test_pcl5_outcome_categories(
    program: Program, first: int, latest: int, category: str, recovery: str
) -> None:
    """PCL-5 change of 10 points and cut-point 33 give the outcome categories at their edges."""
    score = _get(program, "pcl5").score("total")
    assert score is not None
    change = compare(score, first, latest)
    assert (change.category, change.recovery) == (category, recovery)


def test_audit_recovery_uses_the_cut_off_of_8(program: Program) -> None:
    """The AUDIT publishes a cut-off (8) but no reliable change: recovery is named, change
    is shown as a difference only."""
    score = _get(program, "audit").score("total")
    assert score is not None
    assert compare(score, 12, 7).recovery == "recovery"
    assert compare(score, 12, 8).recovery == "no recovery"
    assert compare(score, 6, 2).recovery == "not applicable"
