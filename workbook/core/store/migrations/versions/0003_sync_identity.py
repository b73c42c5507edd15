"""Every row a person writes gets a globally unique id and the device that wrote it,
and the tables sync keeps for itself appear (see workbook/core/store/sync/).

Two computers that sync one workbook must never hand out the same id for different
rows, so rows that only had a local number (answer revisions, the histories, check-ins
keyed by day, settings keyed by name) get a random ``uuid``; entries, goals and reviews
already had one. ``device`` says which computer wrote the row: this database's own
device id is its column default, so every existing write path fills it without
knowing about sync, and rows that arrive from another computer carry theirs.

Answer revisions also get ``hlc`` (their hybrid-logical-clock time, given when they
are first sent; empty until then) and ``bases`` (the revisions of that answer the
writer had seen), which is how a merge tells an edit from a conflict.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: A random id per row, computed by SQLite (a copy of the table fills old rows one by one).
RANDOM_ID = sa.text("(lower(hex(randomblob(16))))")

#: Tables that get a ``uuid`` as well as ``device`` (the others already have uuid ids).
NEED_UUID = ("answer_revisions", "goal_history", "checkins", "checkin_history", "settings")
ONLY_DEVICE = ("entries", "goals", "goal_reviews")


def upgrade() -> None:
    device_id = str(uuid.uuid4())
    this_device = sa.text(f"'{device_id}'")  # a uuid4 string: nothing to escape
    for table in ONLY_DEVICE:
        # A constant default: SQLite adds the column in place. These tables are never
        # copied, because dropping a parent table would cascade into its children.
        op.add_column(
            table, sa.Column("device", sa.String(36), nullable=False, server_default=this_device)
        )
    for table in NEED_UUID:
        # recreate="always": SQLite's ALTER TABLE can't add a column whose default is
        # an expression, and the copy is what gives each old row its own random id.
        # None of these tables is another table's parent, so the copy cascades nothing.
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.add_column(
                sa.Column("uuid", sa.String(36), nullable=False, server_default=RANDOM_ID)
            )
            batch_op.add_column(
                sa.Column("device", sa.String(36), nullable=False, server_default=this_device)
            )
            if table == "answer_revisions":
                batch_op.add_column(sa.Column("hlc", sa.String(64), nullable=True))
                batch_op.add_column(sa.Column("bases", sa.Text(), nullable=True))
            batch_op.create_unique_constraint(f"uq_{table}_uuid", ["uuid"])

    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_device"),
    )
    op.execute(
        sa.text("INSERT INTO sync_device (id, device_id, name) VALUES (1, :d, '')").bindparams(
            d=device_id
        )
    )
    op.create_table(
        "sync_records",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("bases", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name="pk_sync_records"),
    )
    op.create_index("ix_sync_records_kind_key", "sync_records", ["kind", "key"])
    op.create_index("ix_sync_records_hlc", "sync_records", ["hlc"])
    op.create_table(
        "sync_files",
        sa.Column("file_id", sa.String(64), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("seen_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("file_id", name="pk_sync_files"),
    )
    op.create_table(
        "sync_peers",
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("last_arrived_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("device", name="pk_sync_peers"),
    )
    op.execute("UPDATE workbook_meta SET schema_version = 3")


def downgrade() -> None:
    raise NotImplementedError("Workbook never downgrades a workbook")
