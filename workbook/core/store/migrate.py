"""Bring a workbook's schema up to date with Alembic, programmatically, never downgrading.

No alembic.ini is needed at run time: the script location is this package's
``migrations`` folder, found with importlib so an installed wheel works the same
as a source checkout.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from workbook.core.store.errors import NewerVersion

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: Every revision this app knows, oldest first. Kept here so an ordinary open needs
#: no Alembic import (it is slow to load); a test checks it against migrations/versions.
REVISIONS = ("0001", "0002", "0003", "0004")

#: Extra folders of revisions; only tests use it, to rehearse a future migration.
EXTRA_VERSION_LOCATIONS: list[Path] = []


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    location = Path(str(resources.files("workbook.core.store") / "migrations"))
    config.set_main_option("script_location", str(location))
    config.set_main_option("path_separator", "os")
    if EXTRA_VERSION_LOCATIONS:
        folders = [location / "versions", *EXTRA_VERSION_LOCATIONS]
        config.set_main_option("version_locations", os.pathsep.join(map(str, folders)))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def known_revisions() -> tuple[str, ...]:
    if not EXTRA_VERSION_LOCATIONS:
        return REVISIONS
    return tuple(reversed([rev.revision for rev in script_directory().walk_revisions()]))


def head_revision() -> str:
    return known_revisions()[-1]


def schema_version() -> int:
    """The schema version a workbook at the head revision records in ``workbook_meta``:
    how many migrations made its schema (revision ``0002`` is version 2). Derived here so
    there is no second constant to forget when a migration is added."""
    return len(known_revisions())


def current_revision(connection: Connection) -> str | None:
    """The database's Alembic revision (None for a database with no schema yet)."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> str | None:
    """The database's revision when it is older than this app's head; None when current.

    Raises ``NewerVersion`` when the revision is unknown to this app: a newer Workbook
    wrote it, and it must not be touched.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == head_revision():
        return None
    if current is not None and current not in known_revisions():
        raise NewerVersion()
    return current or "empty"


def upgrade(engine: Engine) -> None:
    """Run every pending migration, each in its own transaction."""
    from alembic import command

    config = _config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
