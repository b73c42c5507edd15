"""Two computers each changed a different answer of one finished questionnaire: after they
sync, both show the scores of the merged answers, not each its own half."""

from __future__ import annotations

from sync_helpers import Pair

from workbook.core.language import load_program
from workbook.core.usecases.context import build_context
from workbook.core.usecases.entries import finish_entry, results_json
from workbook.core.usecases.sync import sync_now
from workbook.paths import builtin_program_dir

FREQUENCY = ("not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day")


def test_merged_answers_are_scored_again_on_both_computers(pair: Pair) -> None:
    program = load_program(builtin_program_dir())
    module = program.module("phq9")
    assert module is not None and module.is_scored
    answers = {f"q{i}": FREQUENCY[0] for i in range(1, 10)}
    entry = pair.laptop.start_entry(module)
    finish_entry(program, pair.laptop, entry.id, answers)
    for workbook in (pair.laptop, pair.desktop, pair.laptop):
        sync_now(workbook, program)

    finish_entry(program, pair.laptop, entry.id, {**answers, "q1": FREQUENCY[3]})
    finish_entry(program, pair.desktop, entry.id, {**answers, "q2": FREQUENCY[3]})
    for workbook in (pair.laptop, pair.desktop, pair.laptop, pair.desktop):
        sync_now(workbook, program)

    merged = {**answers, "q1": FREQUENCY[3], "q2": FREQUENCY[3]}
    want = results_json(program, module, merged, build_context(program, pair.laptop))
    for workbook in (pair.laptop, pair.desktop):
        got = workbook.entry(entry.id)
        assert got.answers == merged
        assert got.results == want
