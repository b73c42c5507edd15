"""Bring a workbook's schema up to date with Alembic, programmatically, never downgrading.

No alembic.ini is needed at run time: the script location is this package's
``migrations`` folder, found with importlib so an installed wheel works the same
as a source checkout.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from workbook.core.store.errors import NewerVersion

#: Extra folders of revisions; only tests use it, to rehearse a future migration.
EXTRA_VERSION_LOCATIONS: list[Path] = []


def _config() -> Config:
    config = Config()
    location = Path(str(resources.files("workbook.core.store") / "migrations"))
    config.set_main_option("script_location", str(location))
    config.set_main_option("path_separator", "os")
    if EXTRA_VERSION_LOCATIONS:
        folders = [location / "versions", *EXTRA_VERSION_LOCATIONS]
        config.set_main_option("version_locations", os.pathsep.join(map(str, folders)))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> str | None:
    """The database's revision when it is older than this app's head; None when current.

    Raises ``NewerVersion`` when the revision is unknown to this app: a newer Workbook
    wrote it, and it must not be touched.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    if current == head:
        return None
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if current is not None and current not in known:
        raise NewerVersion()
    return current or "empty"


def upgrade(engine: Engine) -> None:
    """Run every pending migration, each in its own transaction."""
    config = _config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
