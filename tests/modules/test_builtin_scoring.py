"""The built-in questionnaires score exactly as published: totals, bands, the item 9 flag and change."""

from __future__ import annotations

import pytest
from builtin_answers import (
    FREQUENCY,
    frequency_answers,
    gad7_answers,
    phq9_answers,
    who5_answers,
)

from workbook.core.language import FlagLevel, Module, Program, Score
from workbook.core.scoring import compute_results, validate_answers, visible_fields


def _module(program: Program, module_id: str) -> Module:
    module = program.module(module_id)
    assert module is not None, f"the built-in program has no {module_id}"
    return module


def _total(module: Module) -> Score:
    score = module.score("total")
    assert score is not None
    return score


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (24, "Severe"),
    ],
)
def test_phq9_total_falls_in_the_published_band(program: Program, total: int, band: str) -> None:
    """A PHQ-9 total lands in the published severity band, on both sides of every boundary."""
    results = compute_results(_module(program, "phq9"), phq9_answers(total))
    (result,) = results.scores
    assert result.value == total
    assert result.band is not None and result.band.label == band
    assert results.flags == ()


def test_phq9_all_zeros_scores_zero_with_no_flag(program: Program) -> None:
    """Answering "Not at all" to everything gives 0, minimal, and no safety flag."""
    results = compute_results(_module(program, "phq9"), frequency_answers([0] * 9))
    assert results.score_value("total") == 0
    assert results.flags == ()


def test_phq9_all_max_scores_27_severe_and_flags_self_harm(program: Program) -> None:
    """Answering "Nearly every day" to everything gives 27, severe, and the self-harm flag."""
    results = compute_results(_module(program, "phq9"), frequency_answers([3] * 9))
    result = results.score_result("total")
    assert result is not None and result.value == 27
    assert result.band is not None and result.band.label == "Severe"
    assert results.flagged("self_harm")


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item_9_alone_raises_the_risk_flag(program: Program, item9: int) -> None:
    """Any answer above "Not at all" on item 9, with nothing else ticked, raises the risk flag."""
    results = compute_results(_module(program, "phq9"), frequency_answers([0] * 8 + [item9]))
    assert results.score_value("total") == item9
    assert [f.id for f in results.flags] == ["self_harm"]
    assert results.flags[0].level == FlagLevel.RISK


def test_phq9_high_scores_without_item_9_raise_no_flag(program: Program) -> None:
    """Every other item at maximum but item 9 at zero does not raise the self-harm flag."""
    results = compute_results(_module(program, "phq9"), frequency_answers([3] * 8 + [0]))
    assert results.score_value("total") == 24
    assert results.flags == ()


def test_self_harm_message_is_calm_and_points_to_help(program: Program) -> None:
    """The flag's words point to the safety plan and emergency help, without alarm or numbers."""
    flag = _module(program, "phq9").flags[0]
    assert "safety plan" in flag.message
    assert "local emergency number" in flag.message
    assert "!" not in flag.message
    assert not any(ch.isdigit() for ch in flag.message)


def test_phq9_difficulty_question_appears_once_a_problem_is_ticked(program: Program) -> None:
    """The final difficulty question is shown only after a problem is ticked, and is not scored."""
    phq9 = _module(program, "phq9")
    none_ticked = frequency_answers([0] * 9)
    assert "difficulty" not in [f.id for f in visible_fields(phq9, none_ticked)]
    one_ticked = {**frequency_answers([1] + [0] * 8), "difficulty": "extremely-difficult"}
    assert "difficulty" in [f.id for f in visible_fields(phq9, one_ticked)]
    assert compute_results(phq9, one_ticked).score_value("total") == 1


def test_questionnaires_cannot_be_finished_with_items_missing(program: Program) -> None:
    """Each item is required, so a total is never made from a half-filled questionnaire."""
    for module_id, items in (("phq9", 9), ("gad7", 7), ("who5", 5)):
        problems = validate_answers(_module(program, module_id), {})
        assert {p.field_id for p in problems} == {f"q{i}" for i in range(1, items + 1)}


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ],
)
def test_gad7_total_falls_in_the_published_band(program: Program, total: int, band: str) -> None:
    """A GAD-7 total lands in the published band (0, 5, 10, 15), on both sides of every boundary."""
    results = compute_results(_module(program, "gad7"), gad7_answers(total))
    result = results.score_result("total")
    assert result is not None and result.value == total
    assert result.band is not None and result.band.label == band


@pytest.mark.parametrize(
    ("raw", "percent", "band"),
    [
        (0, 0, "Very low wellbeing"),
        (7, 28, "Very low wellbeing"),
        (8, 32, "Low wellbeing"),
        (12, 48, "Low wellbeing"),
        (13, 52, "Above the low range"),
        (25, 100, "Above the low range"),
    ],
)
def test_who5_is_raw_total_times_four(program: Program, raw: int, percent: int, band: str) -> None:
    """The WHO-5 score is the raw 0-25 total times 4; 28 or less and 50 or less are the low bands."""
    results = compute_results(_module(program, "who5"), who5_answers(raw))
    result = results.score_result("total")
    assert result is not None and result.value == percent
    assert result.band is not None and result.band.label == band


def test_who5_lowest_band_says_to_talk_to_a_professional(program: Program) -> None:
    """A WHO-5 score of 28 or less suggests talking to a professional about depression."""
    band = _total(_module(program, "who5")).band_for(28)
    assert band is not None
    assert "talk to a professional about depression" in band.interpretation


def test_frequency_options_are_the_published_four(program: Program) -> None:
    """PHQ-9 and GAD-7 items offer the four published answers, scored 0 to 3."""
    for module_id in ("phq9", "gad7"):
        for field in _module(program, module_id).fields:
            if field.id.startswith("q"):
                assert [o.label for o in field.options] == [
                    "Not at all",
                    "Several days",
                    "More than half the days",
                    "Nearly every day",
                ]
                assert [o.value for o in field.options] == list(FREQUENCY)
                assert [o.score for o in field.options] == [0, 1, 2, 3]
