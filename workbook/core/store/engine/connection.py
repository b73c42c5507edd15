"""One way to open a workbook database: keyed, checked, and never left unlocked in a pool.

We use SQLAlchemy's ``sqlite+pysqlcipher`` dialect with the raw data key as the
URL password: the dialect sends ``PRAGMA key = "<password>"`` with the password
quoted as an identifier, which for ``x'<64 hex>'`` is exactly SQLCipher's raw-key
syntax, so SQLCipher skips its own KDF (ours is Argon2id, in the envelope).
The engine keeps one connection between transactions while the workbook is open
(``dispose()`` closes it on lock, close and before a re-key). A fresh connection per
transaction cost every save a second fsync: SQLite syncs the folder the first time
a newly opened connection syncs its WAL, and a fresh connection opens the WAL anew
(issue 18). An unlocked connection lives no longer than the workbook's own keeper.

Every connection then sets and reads back the pragmas privacy and durability
depend on; a mismatch refuses the connection rather than carrying on unsafely.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from workbook.core.store.errors import CorruptWorkbook
from workbook.core.store.failures import classify

SQLITE_HEADER = b"SQLite format 3\x00"

#: pragma -> (value to set, value read back). temp_store=MEMORY matters most:
#: SQLCipher would otherwise write sort and index temp files unencrypted.
REQUIRED_PRAGMAS: dict[str, tuple[str, str]] = {
    "temp_store": ("MEMORY", "2"),
    "journal_mode": ("WAL", "wal"),
    "synchronous": ("FULL", "2"),
    "foreign_keys": ("ON", "1"),
}


class UnsafeConnection(RuntimeError):
    """SQLCipher did not accept a pragma we rely on (never expected in practice)."""


def raw_key_pragma(data_key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw 256-bit key (also the README's recovery recipe)."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


_SET_PRAGMAS = "".join(f"PRAGMA {name} = {value};" for name, (value, _) in REQUIRED_PRAGMAS.items())
_READ_PRAGMAS = "SELECT " + ", ".join(f"(SELECT * FROM pragma_{name})" for name in REQUIRED_PRAGMAS)
_EXPECTED = tuple(expected for _, expected in REQUIRED_PRAGMAS.values())


def configure_connection(dbapi_connection: Any) -> None:
    """Set and verify the pragmas on a freshly keyed DB-API connection."""
    # Autocommit at the driver level: SQLAlchemy's begin event below issues BEGIN,
    # so DDL in migrations is transactional too (pysqlite would otherwise commit it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # One script and one read-back, once per connection.
        cursor.executescript("PRAGMA busy_timeout = 10000;" + _SET_PRAGMAS)
        row = cursor.execute(_READ_PRAGMAS).fetchone()
        found = tuple(str(value).lower() for value in row or ())
        if found != _EXPECTED:
            raise UnsafeConnection(f"pragmas {list(REQUIRED_PRAGMAS)} are {found}, not {_EXPECTED}")
    finally:
        cursor.close()


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """An engine over the encrypted file at ``db_path``; opens nothing until used."""
    url = URL.create(
        "sqlite+pysqlcipher",
        password=f"x'{data_key.hex()}'",
        database=str(db_path),
    )
    # One kept connection; a second, only while another is in use (a read inside a
    # write), is closed when returned. The workbook's mutex serialises the threads that
    # use it (unlock and backups run off the GUI thread), so no thread check.
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=-1,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


#: How long a bare connection waits for another program's lock before giving up.
#: Short: unlock must not hang; "another program is using it" is the answer.
LOCK_WAIT_SECONDS = 3.0


@contextmanager
def raw_connection(db_path: Path, data_key: bytes) -> Iterator[Any]:
    """A bare sqlcipher3 connection keyed like the engine (backups, integrity checks)."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, timeout=LOCK_WAIT_SECONDS)
    try:
        conn.execute(raw_key_pragma(data_key))
        conn.execute("PRAGMA temp_store = MEMORY")
        yield conn
    finally:
        conn.close()


def looks_like_plain_sqlite(db_path: Path) -> bool:
    """True when the file starts with SQLite's clear-text header: not encrypted, so refused."""
    with db_path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def integrity_problems(db_path: Path, data_key: bytes) -> list[str]:
    """What SQLCipher's page-level HMAC check and SQLite's own check find wrong ([] = healthy).

    Only damage is a problem here. A check that can't run because the disk is full,
    the folder is read-only or another program holds the lock raises that fault
    (a ``StoreError``) instead: it says nothing about the file's health.
    """
    problems: list[str] = []
    try:
        with raw_connection(db_path, data_key) as conn:
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
            if problems:
                return problems
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
            problems += [row for row in rows if row != "ok"]
    except sqlcipher3.Error as error:
        fault = classify(error, db_path.parent)
        if fault is None or isinstance(fault, CorruptWorkbook):
            problems.append(str(error))
        else:
            raise fault from error
    return problems


def open_keeper(db_path: Path, data_key: bytes) -> Any:
    """An idle connection held while a workbook is open, closed with it.

    Without a keeper, closing the engine's connection (a lock, a re-key, a read
    inside a write ending) could be the last close, and SQLite checkpoints and deletes
    the WAL on last close. The keeper keeps the WAL open so a save costs one commit.
    It holds no transaction, so checkpoints still run.
    """
    keeper = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        keeper.execute(raw_key_pragma(data_key))
        configure_connection(keeper)
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        keeper.close()
        raise
    return keeper


def close_keeper(keeper: Any) -> None:
    """Fold the WAL back into the database, then close: a closed workbook is one file."""
    try:
        keeper.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.Error:
        pass  # the data is safe in the WAL; the next open folds it in
    finally:
        keeper.close()
