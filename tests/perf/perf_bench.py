"""The benchmarks' shared yardstick: every result is a ratio against a baseline from the same run.

Two modes:

- the full run, ``pytest -m perf tests/perf -s``: full sizes, and each ratio is checked
  against its target;
- the smoke run, ``WORKBOOK_PERF_SMOKE=1 pytest -m perf tests/perf``: tiny sizes and no
  target checked, so CI (``.ci/run``) finds a benchmark that no longer runs without
  timing anything on a busy machine.

Absolute times depend on the machine; a ratio against a baseline measured alongside
(a bare Qt window, raw ``executemany``, Python-Markdown alone) mostly does not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

#: Set by .ci/run for the quick pass.
SMOKE = os.environ.get("WORKBOOK_PERF_SMOKE") == "1"


@dataclass(frozen=True)
class Bench:
    """Sizes for this mode, and the one way a benchmark reports (and, in full runs, judges) a ratio."""

    smoke: bool

    def size(self, full: T, smoke: T) -> T:
        """``full`` in a full run, ``smoke`` in the quick CI pass."""
        return smoke if self.smoke else full

    def ratio(
        self,
        what: str,
        measured: float,
        baseline: float,
        baseline_name: str,
        *,
        target: float | None = None,
        unit: str = "ms",
    ) -> float:
        """Print ``what`` against its same-run baseline as a ratio; in full runs, check the target."""
        assert measured > 0 and baseline > 0, f"{what}: nothing was measured"
        ratio = measured / baseline
        scale = 1000.0 if unit == "ms" else 1.0
        goal = f" (target ≤ {target:g})" if target is not None else ""
        mode = " [smoke: sizes reduced, target not checked]" if self.smoke else ""
        print(
            f"\nRATIO {what}: {measured * scale:.1f} {unit} vs {baseline_name} "
            f"{baseline * scale:.1f} {unit} = {ratio:.2f}{goal}{mode}"
        )
        if target is not None and not self.smoke:
            assert ratio <= target, f"{what}: ratio {ratio:.2f} is over its target {target:g}"
        return ratio
