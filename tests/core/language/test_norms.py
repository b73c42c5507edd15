"""Jacobson–Truax norms: a score's reliable change and cut-off worked out from published norms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import errors, module_text, only

from workbook.core.language import load_program
from workbook.core.scoring import compare

Write = Callable[..., Path]

FIELD = """
```field
id: q1
type: number
label: Score
min: 0
max: 27
```
"""


def scored(norms: str, *, better: str = "lower", extra: str = "") -> str:
    lines = "\n".join("      " + line for line in norms.strip().splitlines())
    return module_text(
        FIELD,
        extra=(
            "scores:\n  - id: total\n    formula: q1\n    min: 0\n    max: 27\n"
            f"    better: {better}\n{extra}    norms:\n{lines}\n"
        ),
    )


GOOD = """
reliability: 0.84
clinical_mean: 17
clinical_sd: 5
community_mean: 3
community_sd: 2
"""


def test_jacobson_truax_worked_by_hand(write: Write, program_dir: Path) -> None:
    """Norms r = 0.84, clinical 17 (SD 5), community 3 (SD 2), on a lower-is-better 0–27 score.

    By hand:
    - standard error of measurement SE = SD_clinical × √(1 − r) = 5 × √0.16 = 5 × 0.4 = 2.0
    - standard error of the difference S_diff = √(2 × SE²) = √8 = 2.8284
    - reliable change = 1.96 × S_diff = 5.5437, so a change of 6 is reliable and 5 is not
    - cut-off c = (SD_community × M_clinical + SD_clinical × M_community) / (SD_community + SD_clinical)
                = (2 × 17 + 5 × 3) / (2 + 5) = 49 / 7 = 7.0, so 7 or more is a case
    Then 12 → 6 is a reliable improvement and reliable recovery; 12 → 7 is no reliable change
    and still a case; 8 → 6 is recovery without reliable change; 6 → 12 is a reliable
    deterioration from a non-case start, so recovery is not applicable.
    """
    path = write(scored(GOOD))
    assert errors(only(path)) == []
    score = load_program(program_dir).modules[0].score("total")
    assert score is not None and score.norms is not None
    assert score.reliable_change == pytest.approx(5.5437, abs=1e-4)
    assert score.caseness == pytest.approx(7.0)
    outcomes = {
        (12, 6): ("reliable improvement", "reliable recovery"),
        (12, 7): ("no reliable change", "no recovery"),
        (8, 6): ("no reliable change", "recovery"),
        (6, 12): ("reliable deterioration", "not applicable"),
    }
    for (first, latest), expected in outcomes.items():
        change = compare(score, first, latest)
        assert (change.category, change.recovery) == expected, (first, latest)


def test_missing_norm_is_named(write: Write) -> None:
    """Leaving out one of the five norms names it and says what the norms are."""
    path = write(scored(GOOD.replace("community_sd: 2\n", "")))
    found = [d for d in errors(only(path)) if "community_sd" in d.message]
    assert found and "`norms` needs `community_sd:`" in found[0].message
    assert found[0].hint is not None and "published norms" in found[0].hint


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("reliability: 0.84", "reliability: 1"),
            "`reliability` (1) should be above 0 and below 1",
        ),
        (("reliability: 0.84", "reliability: 1.5"), "should be above 0 and below 1"),
        (("clinical_sd: 5", "clinical_sd: 0"), "`clinical_sd` (0) should be larger than 0"),
        (("community_sd: 2", "community_sd: -1"), "`community_sd` (-1) should be larger than 0"),
        (("clinical_mean: 17", "clinical_mean: 40"), "`clinical_mean` (40) is outside"),
        (("clinical_mean: 17", "clinical_mean: 2"), "should be higher than `community_mean`"),
        (("reliability: 0.84", "reliability: high"), "`reliability` should be a number"),
    ],
)
def test_impossible_norms_are_errors(write: Write, change: tuple[str, str], message: str) -> None:
    """Norms that would give a meaningless threshold are reported on their line."""
    path = write(scored(GOOD.replace(*change)))
    messages = [d.message for d in errors(only(path))]
    assert any(message in m for m in messages), messages


def test_higher_is_better_norms_want_the_clinical_mean_lower(write: Write) -> None:
    """For a wellbeing score the clinical sample scores lower than the community."""
    path = write(scored(GOOD, better="higher"))
    assert any("should be lower than `community_mean`" in d.message for d in errors(only(path)))


def test_norms_and_published_thresholds_together_is_an_error(write: Write) -> None:
    """A score gives either reliable_change and caseness, or norms: never both."""
    path = write(scored(GOOD, extra="    reliable_change: 6\n"))
    found = [d for d in errors(only(path)) if "both `norms` and `reliable_change`" in d.message]
    assert found and found[0].hint is not None and "not both" in found[0].hint
