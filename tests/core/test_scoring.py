"""Scoring: results, bands, flags, which questions show, answer checks, change and suggestions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbook.core.language import Module, Program, load_program
from workbook.core.language.model import Better
from workbook.core.scoring import (
    ModuleRecord,
    Results,
    compare,
    compute_results,
    recommendations,
    validate_answers,
    visible_fields,
)
from workbook.paths import builtin_program_dir

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "modules" / "small"


@pytest.fixture(scope="module")
def small() -> Program:
    return load_program(SMALL)


def module(program: Program, module_id: str) -> Module:
    found = program.module(module_id)
    assert found is not None
    return found


def test_total_band_later_score_and_flags(small: Program) -> None:
    """Choices count as their scores; bands, a score built on another, and flags follow."""
    mood = module(small, "mood")
    results = compute_results(mood, {"q1": "often", "q2": "often", "q3": "sometimes"})
    total = results.score_result("total")
    assert (
        total is not None
        and total.value == 5
        and total.band is not None
        and total.band.label == "High"
    )
    assert results.score_value("average") == 1.7
    assert [f.id for f in results.flags] == ["hopeless", "busy"]


def test_nothing_answered_leaves_scores_blank(small: Program) -> None:
    """With no answers a score has no value and no band, and no flag is raised."""
    results = compute_results(module(small, "mood"), {})
    total = results.score_result("total")
    assert total is not None and total.value is None and total.band is None and total.display == "–"
    assert results.flags == ()


def test_partly_answered_sums_what_is_there(small: Program) -> None:
    """`sum` skips questions not yet answered."""
    assert compute_results(module(small, "mood"), {"q2": "often"}).score_value("total") == 2


def test_results_survive_a_round_trip_through_json(small: Program) -> None:
    """Stored results read back the same, and junk or removed ids are ignored."""
    mood = module(small, "mood")
    results = compute_results(mood, {"q1": "often", "q2": "often", "q3": "often"})
    data = results.to_json()
    assert data == {
        "scores": {"total": 6.0, "average": 2.0},
        "bands": {"total": "High"},
        "flags": ["hopeless", "busy"],
    }
    assert Results.from_json(mood, data) == results
    assert (
        Results.from_json(mood, {"scores": {"gone": 3, "total": "x"}, "flags": ["gone"]}).flags
        == ()
    )
    assert Results.from_json(mood, None) == Results()


def test_hidden_questions_do_not_show_or_count(small: Program) -> None:
    """A follow-up shows only when its condition holds, and is only required then."""
    diary = module(small, "diary")
    ids = [f.id for f in visible_fields(diary, {"feeling": "calm"})]
    assert "worry_note" not in ids
    assert "worry_note" in [f.id for f in visible_fields(diary, {"feeling": "worry"})]
    assert validate_answers(diary, {"feeling": "calm", "triggers": ["x"]}) == []
    problems = validate_answers(diary, {"feeling": "worry", "triggers": ["x"]})
    assert [(p.field_id, p.message) for p in problems] == [
        ("worry_note", "Please answer this question.")
    ]


@pytest.mark.parametrize(
    ("answers", "field_id", "message"),
    [
        ({"name": "R2D2"}, "name", "Letters only, please."),
        ({"hours": 30}, "hours", "Please enter a number from 0 to 24."),
        ({"hours": "many"}, "hours", "Please enter a number."),
        ({"energy": 11}, "energy", "Please enter a number from 0 to 10."),
        ({"feeling": "angry"}, "feeling", "Please choose one of the options."),
        (
            {"helped": ["walking", "talking", "music"]},
            "helped",
            "Please choose no more than 2 options.",
        ),
        ({"day": "31/01/2024"}, "day", "Please enter a date."),
        ({"woke": "7am"}, "woke", "Please enter a time, like 09:30."),
        ({"hours": True}, "hours", "Please enter a number."),
        (
            {"activities": [{"what": "Walk", "mastery": 12}]},
            "activities",
            "Row 1, Mastery (0-10): please enter a number from 0 to 10.",
        ),
        ({"slept_well": "yes"}, "slept_well", "Please choose yes or no."),
    ],
)
def test_answer_problems_in_plain_words(
    small: Program, answers: dict[str, Any], field_id: str, message: str
) -> None:
    """Each limit gives a short, kind message, the author's own when the module has one."""
    diary = module(small, "diary")
    full = {"triggers": ["Noise"], **answers}
    problems = validate_answers(diary, full)
    assert (field_id, message) in [(p.field_id, p.message) for p in problems]


def test_blank_items_are_no_answer(small: Program) -> None:
    """A list of blank items counts as unanswered, so an optional list is fine."""
    assert validate_answers(module(small, "diary"), {"triggers": ["  ", ""]}) == []


def test_checks_can_be_limited_to_one_page(small: Program) -> None:
    """Only the questions asked for are checked (e.g. the page being left)."""
    mood = module(small, "mood")
    assert [p.field_id for p in validate_answers(mood, {}, fields=["q2"])] == ["q2"]


def score(better: Better = Better.LOWER, caseness: float | None = 10) -> Any:
    from dataclasses import replace

    base = module(load_program(SMALL), "mood").score("total")
    assert base is not None
    return replace(base, better=better, caseness=caseness, reliable_change=6)


def test_reliable_improvement_and_recovery() -> None:
    """From 15 to 8 on a lower-is-better score: reliable improvement and reliable recovery."""
    change = compare(score(), 15, 8)
    assert (change.difference, change.direction, change.category, change.recovery) == (
        -7,
        "improved",
        "reliable improvement",
        "reliable recovery",
    )
    assert change.reliable
    assert change.describe() == "Reliable improvement: down 7 points (15 → 8); reliable recovery"


def test_small_changes_are_not_reliable() -> None:
    """A change smaller than reliable_change is no reliable change; still a case is no recovery."""
    change = compare(score(), 15, 13)
    assert not change.reliable and change.direction == "improved"
    assert (change.category, change.recovery) == ("no reliable change", "no recovery")
    assert change.describe() == (
        "No reliable change: down 2 points (15 → 13); not recovered (still in the clinical range)"
    )


def test_recovery_without_reliable_change() -> None:
    """12 → 8 with a cut-off of 10 crosses out of the clinical range on too small a change."""
    change = compare(score(), 12, 8)
    assert (change.category, change.recovery) == ("no reliable change", "recovery")
    assert change.describe().endswith("; recovery (not reliable)")
    assert change.recovery_words == "Recovery (not reliable)"


def test_non_case_start_is_not_applicable() -> None:
    """Starting outside the clinical range, recovery is "not applicable", never "not recovered"."""
    change = compare(score(), 8, 15)
    assert (change.category, change.recovery) == ("reliable deterioration", "not applicable")
    assert change.describe() == (
        "Reliable deterioration: up 7 points (8 → 15); "
        "recovery not applicable (the first score was not in the clinical range)"
    )
    assert compare(score(), 12, 12).describe() == (
        "No change (12 → 12); not recovered (still in the clinical range)"
    )


def test_without_thresholds_a_change_is_plain_difference() -> None:
    """No reliable_change and no caseness: no category, no recovery, just the difference."""
    from dataclasses import replace

    plain = replace(score(caseness=None), reliable_change=None)
    change = compare(plain, 12, 8)
    assert (change.category, change.recovery, change.reliable) == (None, None, False)
    assert change.describe() == "Down 4 points (12 → 8)"


def test_higher_is_better_scores() -> None:
    """For wellbeing scores, going up is improvement and the clinical range is at or below caseness."""
    change = compare(score(Better.HIGHER, caseness=50), 44, 60)
    assert (change.category, change.recovery) == ("reliable improvement", "reliable recovery")
    assert compare(score(Better.HIGHER, caseness=None), 60, 44).recovery is None


def done(module_id: str, answers: dict[str, Any], program: Program, times: int = 1) -> ModuleRecord:
    definition = module(program, module_id)
    return ModuleRecord(module_id, times, answers, compute_results(definition, answers))


def test_recommendations_follow_results(small: Program) -> None:
    """A module is suggested when its condition on other results holds, with its reason."""
    assert recommendations(small, {}) == []
    low = {"mood": done("mood", {"q1": "often", "q2": "sometimes", "q3": "not-at-all"}, small)}
    found = recommendations(small, low)
    assert [(r.module.id, r.reason, r.urgent) for r in found] == [
        ("reading", "Your mood check suggests this may help.", True)
    ]
    finished = {**low, "reading": ModuleRecord("reading", 1, {}, None)}
    assert recommendations(small, finished) == []


def test_risk_suggestions_come_first(tmp_path: Path) -> None:
    """Suggestions that follow from a flag come before the others, whatever the program order."""
    header = "---\nid: {id}\ntitle: {id}\nstage: skills\nsummary: s\nestimated_minutes: 1\n{extra}---\nText\n"
    (tmp_path / "a.md").write_text(
        header.format(
            id="check",
            extra="scores:\n  - id: total\n    formula: q\nflags:\n  - id: risk\n    when: q > 5\n    message: m\n",
        )
        + "```field\nid: q\ntype: number\nlabel: Q\n```\n"
    )
    (tmp_path / "b.md").write_text(
        header.format(id="plain", extra="recommend_when: check.total > 1\n")
    )
    (tmp_path / "c.md").write_text(header.format(id="safety", extra="recommend_when: check.risk\n"))
    program = load_program(tmp_path)
    found = recommendations(program, {"check": done("check", {"q": 9}, program)})
    assert [r.module.id for r in found] == ["safety", "plain"]
    assert found[1].reason == "Suggested because of your answers in check."


def test_other_modules_answers_count_as_scores_with_the_program(small: Program) -> None:
    """`mood.q1 >= 2` reads the choice's score when the program is known."""
    from dataclasses import replace

    from workbook.core.language.expressions import parse_expression

    reading = module(small, "reading")
    assert reading.recommend_when is not None
    when = parse_expression("mood.q1 >= 2", reading.recommend_when.source)
    changed = replace(
        small,
        modules=tuple(
            replace(m, recommend_when=when) if m.id == "reading" else m for m in small.modules
        ),
    )
    record = ModuleRecord("mood", 1, {"q1": "often"}, None)
    assert [r.module.id for r in recommendations(changed, {"mood": record})] == ["reading"]


# Known answer vectors for the validated questionnaires in the built-in program.
BUILTIN = builtin_program_dir()
PHQ = ["not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day"]


@pytest.fixture(scope="module")
def builtin() -> Program:
    return load_program(BUILTIN)


@pytest.mark.parametrize(
    ("items", "total", "band", "flagged"),
    [
        ([0] * 9, 0, "Minimal", False),
        ([1] * 9, 9, "Mild", True),
        ([1] * 8 + [0], 8, "Mild", False),
        ([2] * 5 + [1] * 4, 14, "Moderate", True),
        ([3] * 9, 27, "Severe", True),
    ],
)
def test_phq9_scores(
    builtin: Program, items: list[int], total: int, band: str, flagged: bool
) -> None:
    """PHQ-9: total 0–27, standard bands, item 9 above 0 raises the self-harm risk flag."""
    answers = {f"q{i + 1}": PHQ[v] for i, v in enumerate(items)}
    results = compute_results(module(builtin, "phq9"), answers)
    result = results.score_result("total")
    assert (
        result is not None
        and result.value == total
        and result.band is not None
        and result.band.label == band
    )
    assert any(f.id == "self_harm" for f in results.flags) == flagged


@pytest.mark.parametrize(
    ("item", "total", "band"),
    [(0, 0, "Minimal"), (1, 7, "Mild"), (2, 14, "Moderate"), (3, 21, "Severe")],
)
def test_gad7_scores(builtin: Program, item: int, total: int, band: str) -> None:
    """GAD-7: seven items 0–3, total 0–21 with the standard bands."""
    answers = {f"q{i}": PHQ[item] for i in range(1, 8)}
    result = compute_results(module(builtin, "gad7"), answers).score_result("total")
    assert result is not None and result.value == total and result.band is not None
    assert result.band.label.startswith(band)


def test_who5_scores(builtin: Program) -> None:
    """WHO-5: raw 0–25 times 4 gives 0–100; higher is better."""
    who5 = module(builtin, "who5")
    answers = {f"q{i}": "most-of-the-time" for i in range(1, 6)}
    assert compute_results(who5, answers).score_value("total") == 80
    answers = {f"q{i}": "some-of-the-time" for i in range(1, 6)}
    assert compute_results(who5, answers).score_value("total") == 20
