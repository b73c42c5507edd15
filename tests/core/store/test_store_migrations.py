"""Workbooks made by older versions open: upgraded after a backup, never downgraded."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workbook.core.store import migrate, open_workbook, recover_workbook
from workbook.core.store.models import Base

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"
EXPECTED = json.loads((FIXTURES / "workbook-0001.json").read_text())

FUTURE_REVISION = '''
"""A rehearsal of a future schema change (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9000_rehearsal"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("mood_colour", sa.String(20), nullable=True))
'''


@pytest.fixture
def old_workbook(isolated_data_dir: Path) -> Path:
    """A copy of the fixture made by schema 0001, inside this test's data folder."""
    target = isolated_data_dir / "workbooks" / "fixture-0001"
    shutil.copytree(FIXTURES / "workbook-0001", target)
    return target


@pytest.fixture
def future_migration(tmp_path: Path) -> Iterator[None]:
    """Pretend this app is one schema version newer than the fixture."""
    folder = tmp_path / "future_versions"
    folder.mkdir()
    head = migrate.head_revision()
    (folder / "9000_rehearsal.py").write_text(FUTURE_REVISION.format(head=head))
    migrate.EXTRA_VERSION_LOCATIONS.append(folder)
    yield
    migrate.EXTRA_VERSION_LOCATIONS.remove(folder)


def _check_contents(path: Path, passphrase: str) -> None:
    with open_workbook(path, passphrase) as wb:
        for entry_id, want in EXPECTED["entries"].items():
            entry = wb.entry(entry_id)
            assert entry.status == want["status"]
            assert entry.answers == want["answers"]
        phq = next(e for e in wb.entries() if e.module_id == "phq-9")
        assert [r.value for r in wb.answer_history(phq.id, "q1")] == EXPECTED["q1_history"]
        assert [g.goal for g in wb.goals()] == [EXPECTED["goal"]]
        assert wb.checkins()[0].note == EXPECTED["checkin_note"]
        assert wb.get_setting("reminder_time") == EXPECTED["setting"]


def test_a_workbook_from_the_first_release_opens_with_everything(old_workbook: Path) -> None:
    """Entries, drafts, history, goals, check-ins and settings from schema 0001 all load."""
    _check_contents(old_workbook, EXPECTED["passphrase"])


def test_the_first_releases_recovery_key_still_works(old_workbook: Path) -> None:
    """A recovery key printed by the first release still unlocks its workbook."""
    recover_workbook(old_workbook, EXPECTED["recovery_key"], "new passphrase").close()
    _check_contents(old_workbook, "new passphrase")


def test_an_older_workbook_is_backed_up_then_upgraded(
    old_workbook: Path, future_migration: None
) -> None:
    """Opening an older workbook first backs it up, then upgrades it in place."""
    _check_contents(old_workbook, EXPECTED["passphrase"])
    with open_workbook(old_workbook, EXPECTED["passphrase"]) as wb:
        kinds = {b.kind: b for b in wb.backups()}
        assert kinds["pre-migration"].schema_revision == "0001"
        with wb._engine.connect() as conn:
            assert migrate.current_revision(conn) == "9000_rehearsal"
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(entries)")]
        assert "mood_colour" in columns
        assert not wb.check_integrity()


def test_the_models_match_the_migrations() -> None:
    """The schema migrations build is exactly the one the code expects (no forgotten migration)."""
    import os

    from workbook.core.store.engine.connection import make_engine

    engine = make_engine(Path(os.environ["WORKBOOK_DATA_DIR"]) / "scratch.db", os.urandom(32))
    Path(os.environ["WORKBOOK_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_the_list_of_known_revisions_matches_the_migration_files() -> None:
    """The revisions the app checks on every open are exactly the shipped migrations."""
    on_disk = [rev.revision for rev in migrate.script_directory().walk_revisions()]
    assert tuple(reversed(on_disk)) == migrate.REVISIONS


def _recorded_schema_version(path: Path, passphrase: str) -> int:
    with open_workbook(path, passphrase) as wb, wb._engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT schema_version FROM workbook_meta").scalar_one())


def test_the_schema_version_comes_from_the_migrations(old_workbook: Path) -> None:
    """A new workbook and one upgraded from the first release record the same schema
    version, and it is the newest migration's number: no second constant to forget."""
    from workbook.core.store import create_workbook

    on_disk = [rev.revision for rev in migrate.script_directory().walk_revisions()]
    newest = int(on_disk[0])
    assert migrate.schema_version() == newest == len(on_disk)
    made, _key = create_workbook("Fresh", "a long passphrase to test with")
    fresh = made.path
    made.close()
    assert _recorded_schema_version(fresh, "a long passphrase to test with") == newest
    assert _recorded_schema_version(old_workbook, EXPECTED["passphrase"]) == newest
