"""Benchmarks: the unlock window appears nearly as fast as a bare Qt window, and a ten-year
workbook opens on Home quickly.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m perf tests/perf/test_startup_perf.py -s

Targets (issue 5): start → unlock window ≤ 2.5 × a bare PySide6 window measured in the same
run; unlock → Home on a generated ten-year workbook ≤ 300 ms with the KDF excluded; the
peak memory of that session is printed and kept under a generous ceiling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
PROBE = HERE / "startup_probe.py"
PASSPHRASE = "kettle violin harbour moon"
RUNS = 7
YEARS = 10
PEAK_MIB_CEILING = 600


def _probe(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.perf
def test_unlock_window_shows_within_two_and_a_half_bare_windows() -> None:
    """Start → unlock page shown, against a bare PySide6 window with two widgets."""
    from workbook.core.store import create_workbook

    workbook, _ = create_workbook("Startup", PASSPHRASE)
    workbook.close()
    _probe("bare")  # warm the disk cache for both
    _probe("app")
    bare, app = [], []
    for _ in range(RUNS):  # interleaved, so machine load affects both alike
        bare.append(_probe("bare")["seconds"])
        app.append(_probe("app")["seconds"])
    # The fastest of several runs: what the code costs when nothing else gets in the way.
    bare_s, app_s = min(bare), min(app)
    ratio = app_s / bare_s
    print(
        f"\nbare window {bare_s * 1000:.0f} ms, unlock window {app_s * 1000:.0f} ms, x{ratio:.2f}"
    )
    assert ratio <= 2.5


@pytest.mark.perf
def test_ten_year_workbook_opens_on_home_quickly() -> None:
    """Unlock → Home with ten years of daily check-ins and fortnightly questionnaires."""
    sys.path.insert(0, str(ROOT / "tools"))
    from sample_data import fill

    from workbook.core.language import load_program
    from workbook.core.store import create_workbook
    from workbook.paths import builtin_program_dir

    workbook, _ = create_workbook("Ten years", PASSPHRASE)
    fill(workbook, load_program(builtin_program_dir()), days=365 * YEARS)
    workbook.close()
    runs = [_probe("home", PASSPHRASE) for _ in range(3)]
    best = min(runs, key=lambda r: r["unlock_to_home_seconds"])
    print(
        f"\n{best['entries']:.0f} finished entries: open {best['open_seconds'] * 1000:.0f} ms"
        f" + Home {best['home_seconds'] * 1000:.0f} ms"
        f" = {best['unlock_to_home_seconds'] * 1000:.0f} ms (KDF {best['kdf_seconds'] * 1000:.0f}"
        f" ms excluded); peak memory {max(r['peak_mib'] for r in runs):.0f} MiB"
    )
    assert best["unlock_to_home_seconds"] <= 0.300
    assert max(r["peak_mib"] for r in runs) <= PEAK_MIB_CEILING
