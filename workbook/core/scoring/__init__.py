"""Scores, bands, flags, answer checks, change over time and suggestions, from the module model.

from workbook.core.scoring import compute_results, visible_fields, validate_answers
"""

from __future__ import annotations

from workbook.core.scoring.change import (
    Change,
    ChangeCategory,
    Recovery,
    compare,
    in_clinical_range,
)
from workbook.core.scoring.recommend import Recommendation, recommendations
from workbook.core.scoring.results import (
    Context,
    ModuleRecord,
    Results,
    ScoreResult,
    compute_results,
    saved_results,
    visible_fields,
)
from workbook.core.scoring.risk import RaisedRisk, raised_risks
from workbook.core.scoring.validation import AnswerProblem, validate_answers
from workbook.core.wording.numbers import format_number

__all__ = [
    "AnswerProblem",
    "Change",
    "ChangeCategory",
    "Context",
    "ModuleRecord",
    "RaisedRisk",
    "Recommendation",
    "Recovery",
    "Results",
    "ScoreResult",
    "compare",
    "compute_results",
    "format_number",
    "in_clinical_range",
    "raised_risks",
    "recommendations",
    "saved_results",
    "validate_answers",
    "visible_fields",
]
