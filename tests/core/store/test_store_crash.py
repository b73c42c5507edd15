"""A crash never loses a saved word: SIGKILL at random moments, then check everything."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, FakeModule

from workbook.core.store import Workbook, WrongPassphrase, open_workbook, recover_workbook
from workbook.core.store.engine.connection import raw_connection

HERE = Path(__file__).parent


class Zygote:
    """Drives store_worker.py's fork server: one child per round, killed with SIGKILL."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "store_worker.py"), "zygote", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE,
        )

    def _ask(self, line: str) -> str:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill_after(self, outfile: Path, delay: float) -> None:
        pid = int(self._ask(f"run {outfile}"))
        time.sleep(delay)  # the random moment of the crash (not a synchronisation)
        os.kill(pid, signal.SIGKILL)
        assert self._ask("reap").startswith("done")

    def close(self) -> None:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def _both_integrity_checks(wb: Workbook) -> tuple[list[str], list[str]]:
    with raw_connection(wb.db_path, wb._data_key) as conn:
        cipher = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        sqlite = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return cipher, sqlite


def _crash_loop(wb: Workbook, tmp_path: Path, kills: int, seed: int) -> None:
    folder = wb.path
    wb.close()
    rng = random.Random(seed)
    zygote = Zygote("entries", str(folder), PASSPHRASE)
    outfile = tmp_path / "printed-ids.txt"
    try:
        for _ in range(kills):
            # Mostly mid-save; sometimes while it is still unlocking.
            zygote.kill_after(outfile, rng.uniform(0.0, 0.5))
    finally:
        zygote.close()
    printed = [line for line in outfile.read_text().splitlines() if line and line != "ready"]
    with open_workbook(folder, PASSPHRASE) as again:
        stored = {e.id: e for e in again.entries()}
        missing = [i for i in printed if i not in stored or stored[i].status != "complete"]
        assert missing == [], f"seed {seed}: saved entries lost after a crash"
        assert _both_integrity_checks(again) == ([], ["ok"]), f"seed {seed}"
    assert printed, "the worker should have saved entries between crashes"


def test_entries_survive_fifty_random_kills(wb: Workbook, tmp_path: Path) -> None:
    """Every entry the app reported saved is still there after 50 hard crashes."""
    _crash_loop(wb, tmp_path, kills=50, seed=random.randrange(1 << 30))


@pytest.mark.slow
def test_entries_survive_a_thousand_random_kills(wb: Workbook, tmp_path: Path) -> None:
    """The same, 1,000 times."""
    _crash_loop(wb, tmp_path, kills=1000, seed=random.randrange(1 << 30))


def test_a_passphrase_change_killed_midway_opens_with_old_or_new(
    created: tuple[Workbook, str], tmp_path: Path
) -> None:
    """However a passphrase change (a re-key of the whole database) is interrupted,
    exactly the old or the new passphrase opens, and the recovery key always does."""
    wb, recovery_key = created
    kept = wb.start_entry(FakeModule()).id
    wb.complete_entry(kept, {"note": "kept"}, None)
    folder = wb.path
    wb.close()
    other = "the other passphrase"
    rng = random.Random()
    zygote = Zygote("passwd", str(folder), PASSPHRASE, other)
    try:
        for _ in range(20):
            zygote.kill_after(tmp_path / "out.txt", rng.uniform(0.05, 0.3))
            opened = []
            for candidate in (PASSPHRASE, other):
                try:
                    open_workbook(folder, candidate).close()
                    opened.append(candidate)
                except WrongPassphrase:
                    pass
            assert len(opened) == 1
            assert not list(folder.glob(".workbook.db.rekey*")), "the re-keyed copy is settled"
            with recover_workbook(folder, recovery_key, opened[0]) as recovered:
                assert recovered.entry(kept).answers == {"note": "kept"}
            # Let the next child start from whichever passphrase works now.
            if opened == [other]:
                with open_workbook(folder, other) as flipped:
                    flipped.change_passphrase(other, PASSPHRASE)
    finally:
        zygote.close()
    assert not list(folder.glob(".workbook.key.*.tmp")), "half-written key files are swept"
