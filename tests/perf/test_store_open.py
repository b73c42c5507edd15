"""Benchmark: open a ten-year workbook and run the first dashboard queries (KDF excluded).

Run with ``pytest -m perf tests/perf/test_store_open.py -s`` to see the times. The
workbook holds 3,650 daily check-ins, 500 entries of 25 answers (a fifth of them
revised), 20 goals with reviews. Tests use a trivial KDF cost, so the open time is
everything after the passphrase: integrity check of every page, schema check,
daily backup, first queries. The baseline is raw sqlcipher3 on the same file: key
it, check every page's integrity and read every row the dashboard reads.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
import sqlcipher3
from perf_bench import SMOKE, Bench

from workbook.core.store import checkins, create_workbook, entries, goals, open_workbook
from workbook.core.store import clock as store_clock
from workbook.core.store.engine.connection import configure_connection, raw_key_pragma

PASSPHRASE = "ten years of work"
START = date(2016, 1, 1)
DAYS = 40 if SMOKE else 3650
ENTRIES = 10 if SMOKE else 500
GOALS = 2 if SMOKE else 20


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
        for day_number in range(DAYS):
            day = START + timedelta(days=day_number)
            ratings = {k: (day_number * (i + 3)) % 11 for i, k in enumerate(checkins.RATINGS)}
            checkins.save(s, day, ratings, f"day {day_number}: ok, some notes", now)
        for n in range(ENTRIES):
            row = entries.start(s, modules[n % 25], now)
            answers = {f"q{i}": (n + i) % 4 for i in range(20)}
            answers.update({f"text{i}": f"Entry {n}, thoughts {i}. " * 8 for i in range(5)})
            entries.record_answers(s, row, answers, now)
            if n % 5 == 0:
                entries.record_answers(s, row, {"text0": f"Revised entry {n}"}, now)
            entries.mark_complete(s, row, now)
            row.results = {"scores": [{"id": "total", "value": n % 27}], "flags": []}
        for g in range(GOALS):
            goal = goals.add(s, {"goal": f"Goal {g}", "specific": "steps"}, now, None)
            s.flush()
            for r in range(6):
                goals.add_review(
                    s, goal, day=START + timedelta(days=r * 30), progress=r,
                    note="review", parts={}, status=None, moment=now,
                )  # fmt: skip
    return wb.path


@pytest.mark.perf
def test_a_ten_year_workbook_opens_and_shows_its_dashboard_quickly(bench: Bench) -> None:
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
            lambda: wb.checkins(START + timedelta(days=max(DAYS - 90, 0)), None),  # type: ignore[attr-defined]
        )
        timed("check-ins, all ten years", wb.checkins)  # type: ignore[attr-defined]
        timed("goals()", wb.goals)  # type: ignore[attr-defined]
        assert len(recent) == min(90, DAYS)  # type: ignore[arg-type]
        data_key = wb._data_key  # type: ignore[attr-defined]
    # A second open skips the daily backup, as most opens do.
    timed("open again (no backup due)", lambda: open_workbook(path, PASSPHRASE).close())  # type: ignore[attr-defined]
    timed("raw sqlcipher3: key, integrity check, read rows", lambda: _raw_read(path, data_key))  # type: ignore[arg-type]
    print()
    for name, seconds in timings.items():
        print(f"{name:<52} {seconds * 1000:8.1f} ms")
    dashboard = sum(v for k, v in timings.items() if not k.startswith(("open", "raw")))
    bench.ratio(
        "ten-year workbook: open again + first dashboard queries",
        timings["open again (no backup due)"] + dashboard,
        timings["raw sqlcipher3: key, integrity check, read rows"],
        "raw sqlcipher3 reading the same rows",
        target=4,
    )


def _raw_read(folder: object, data_key: bytes) -> None:
    """The least any reader must do: key the file, check every page, read the rows shown."""
    from pathlib import Path

    raw = sqlcipher3.connect(str(Path(str(folder)) / "workbook.db"), isolation_level=None)
    try:
        raw.execute(raw_key_pragma(data_key))
        configure_connection(raw)
        assert raw.execute("PRAGMA cipher_integrity_check").fetchall() == []
        for table in ("entries", "answer_revisions", "goals", "goal_reviews", "checkins"):
            raw.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        raw.close()
