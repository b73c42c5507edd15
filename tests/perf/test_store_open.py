"""Benchmark: open a ten-year workbook and run the first dashboard queries (KDF excluded).

Run with ``pytest -m perf tests/perf/test_store_open.py -s`` to see the times. The
workbook holds 3,650 daily check-ins, 500 entries of 25 answers (a fifth of them
revised), 20 goals with reviews. Tests use a trivial KDF cost, so the open time is
everything after the passphrase: integrity check of every page, schema check,
daily backup, first queries.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from workbook.core.store import checkins, create_workbook, entries, goals, open_workbook
from workbook.core.store import clock as store_clock

PASSPHRASE = "ten years of work"
START = date(2016, 1, 1)


@dataclass(frozen=True)
class Module:
    id: str
    version: str = "1.0"
    source_hash: str = "d" * 64
    records: str | None = None


def _ten_year_workbook() -> object:
    wb, _ = create_workbook("Ten years", PASSPHRASE)
    modules = [Module(f"module-{i}") for i in range(25)]
    now = store_clock.now()
    with wb, wb._write() as s:  # one transaction: generation speed is not what we measure
        for day_number in range(3650):
            day = START + timedelta(days=day_number)
            ratings = {k: (day_number * (i + 3)) % 11 for i, k in enumerate(checkins.RATINGS)}
            checkins.save(s, day, ratings, f"day {day_number}: ok, some notes", now)
        for n in range(500):
            row = entries.start(s, modules[n % 25], now)
            answers = {f"q{i}": (n + i) % 4 for i in range(20)}
            answers.update({f"text{i}": f"Entry {n}, thoughts {i}. " * 8 for i in range(5)})
            entries.record_answers(s, row, answers, now)
            if n % 5 == 0:
                entries.record_answers(s, row, {"text0": f"Revised entry {n}"}, now)
            entries.mark_complete(s, row, now)
            row.results = {"scores": [{"id": "total", "value": n % 27}], "flags": []}
        for g in range(20):
            goal = goals.add(s, {"goal": f"Goal {g}", "specific": "steps"}, now, None)
            s.flush()
            for r in range(6):
                goals.add_review(
                    s, goal, day=START + timedelta(days=r * 30), progress=r,
                    note="review", status=None, moment=now,
                )  # fmt: skip
    return wb.path


@pytest.mark.perf
def test_a_ten_year_workbook_opens_and_shows_its_dashboard_quickly() -> None:
    """Opening ten years of writing and drawing the dashboard takes about a second at most."""
    path = _ten_year_workbook()
    timings: dict[str, float] = {}

    def timed(name: str, fn: object) -> object:
        started = time.perf_counter()
        result = fn()  # type: ignore[operator]
        timings[name] = time.perf_counter() - started
        return result

    wb = timed(
        "open (integrity check, schema, daily backup)", lambda: open_workbook(path, PASSPHRASE)
    )
    with wb:  # type: ignore[attr-defined]
        timed("progress()", wb.progress)  # type: ignore[attr-defined]
        timed("latest 10 completed entries", lambda: wb.entries(status="complete", limit=10))  # type: ignore[attr-defined]
        recent = timed(
            "check-ins, last 90 days",
            lambda: wb.checkins(START + timedelta(days=3560), None),  # type: ignore[attr-defined]
        )
        timed("check-ins, all ten years", wb.checkins)  # type: ignore[attr-defined]
        timed("goals()", wb.goals)  # type: ignore[attr-defined]
        assert len(recent) == 90  # type: ignore[arg-type]
    # A second open skips the daily backup, as most opens do.
    timed("open again (no backup due)", lambda: open_workbook(path, PASSPHRASE).close())  # type: ignore[attr-defined]
    print()
    for name, seconds in timings.items():
        print(f"{name:<48} {seconds * 1000:8.1f} ms")
    dashboard = sum(v for k, v in timings.items() if not k.startswith("open"))
    print(f"{'first dashboard queries, total':<48} {dashboard * 1000:8.1f} ms")
    assert timings["open again (no backup due)"] + dashboard < 3.0
