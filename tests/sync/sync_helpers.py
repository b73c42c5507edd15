"""Two computers in one test: each has its own data folder; they share a sync folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbook.core.store import Workbook, create_workbook
from workbook.core.store.sync import engine
from workbook.core.store.sync.join import join

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class FakeModule:
    id: str = "mood-questionnaire"
    version: str = "1.0"
    source_hash: str = "a" * 64
    records: str | None = None


@contextmanager
def on(data_dir: Path) -> Iterator[None]:
    """Act as the computer whose Workbook data folder is ``data_dir``."""
    before = os.environ["WORKBOOK_DATA_DIR"]
    os.environ["WORKBOOK_DATA_DIR"] = str(data_dir)
    try:
        yield
    finally:
        os.environ["WORKBOOK_DATA_DIR"] = before


@dataclass
class Pair:
    laptop: Workbook
    desktop: Workbook
    folder: Path
    recovery_key: str

    def sync_both(self) -> None:
        """Laptop, desktop, laptop: afterwards each has merged everything the other had."""
        engine.sync_now(self.laptop)
        engine.sync_now(self.desktop)
        engine.sync_now(self.laptop)


def make_pair(root: Path) -> Pair:
    folder = root / "Sync" / "Workbook"
    with on(root / "laptop"):
        laptop, recovery_key = create_workbook("Sam", PASSPHRASE)
        engine.configure(laptop, folder, "Laptop")
        engine.sync_now(laptop)
    with on(root / "desktop"):
        desktop, _report = join(folder, "Desktop", passphrase=PASSPHRASE)
    return Pair(laptop, desktop, folder, recovery_key)


#: Columns a computer keeps for itself (local row numbers, where it left off, its own
#: bookkeeping), left out when two computers' databases are compared.
LOCAL = {
    "answer_revisions": {"id"},
    "goal_history": {"id"},
    "checkin_history": {"id"},
    "entries": {"page_index"},
}
COMPARED = (
    "entries",
    "answer_revisions",
    "goals",
    "goal_history",
    "goal_reviews",
    "checkins",
    "checkin_history",
    "settings",
    "module_progress",
    "sync_records",
)


def rows(workbook: Workbook) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows, without the columns a computer keeps for itself."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with workbook._engine.connect() as conn:
        for table in COMPARED:
            info = conn.exec_driver_sql(f"PRAGMA table_info({table})").all()
            columns = [c[1] for c in info if c[1] not in LOCAL.get(table, set())]
            if table == "sync_records":
                columns = [c for c in columns if c not in ("sent",)]
            listed = ", ".join(f'"{c}"' for c in columns)
            found[table] = sorted(
                conn.exec_driver_sql(f"SELECT {listed} FROM {table}").all(), key=repr
            )
    return found
