"""Benchmark: a progress report over 1, 3 and 10 years of daily check-ins and monthly questionnaires.

Prints the time for each and checks the time grows about linearly with the data
(doubling allowance for noise), so a long-time user's report stays quick.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import pytest
from perf_bench import Bench

from tests.core.printing.sample_data import populate
from workbook.core.language import load_program
from workbook.core.printing.report import progress_report_pdf
from workbook.core.printing.report_data import gather
from workbook.core.store import create_workbook
from workbook.paths import builtin_program_dir

YEARS = (1, 3, 10)


@pytest.mark.perf
def test_report_time_grows_linearly(bench: Bench) -> None:
    """Report time per year of data stays about the same from 1 to 10 years."""
    base = load_program(builtin_program_dir())
    phq9 = base.module("phq9")
    assert phq9 is not None
    # A fourth monthly measure, so four questionnaires are charted as in a real program.
    extra = dataclasses.replace(phq9, id="phq9-followup", title="Mood follow-up (PHQ-9)")
    program = dataclasses.replace(base, modules=(*base.modules, extra))
    measures = ("phq9", "gad7", "who5", "phq9-followup")
    timings: dict[int, float] = {}
    days_a_year = bench.size(365, 15)
    for years in YEARS:
        workbook, _ = create_workbook(f"perf {years}", "perf passphrase")
        with workbook:
            populate(
                workbook,
                program,
                start=date(2015, 1, 1),
                days=days_a_year * years,
                measures=measures,
            )
            data = gather(workbook, program)
            assert len(data.measures) == 4
            started = time.perf_counter()
            pdf = progress_report_pdf(workbook, program)
            timings[years] = time.perf_counter() - started
            print(
                f"\n{years:>2} year(s): {len(data.checkins)} check-ins, "
                f"{sum(len(m.administrations) for m in data.measures)} administrations, "
                f"{len(pdf) // 1024} KiB PDF, {timings[years]:.2f} s "
                f"({timings[years] / years:.2f} s per year)"
            )
    # Per year of data, a longer report may cost up to twice what one year costs.
    for years in YEARS[1:]:
        bench.ratio(
            f"report time per year, {years} years of data",
            timings[years] / years,
            timings[1],
            "1 year",
            target=2,
        )
