"""The first schema: metadata, settings, progress, entries with answer revisions, goals,
check-ins and backup bookkeeping.

Column types are spelled as plain SQL types here (not the models' decorators) so
this file keeps describing the 0001 schema however the models change later.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backup_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("schema_revision", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_log")),
        sa.UniqueConstraint("filename", name=op.f("uq_backup_log_filename")),
    )
    op.create_table(
        "checkin_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_history")),
    )
    with op.batch_alter_table("checkin_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_history_day"), ["day"], unique=False)

    op.create_table(
        "entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("module_id", sa.String(length=200), nullable=False),
        sa.Column("module_version", sa.String(length=40), nullable=False),
        sa.Column("module_hash", sa.String(length=64), nullable=False),
        sa.Column("records", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("page_index", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_offset_min", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_offset_min", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.String(length=32), nullable=True),
        sa.Column("results", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_module_id"), ["module_id"], unique=False)

    op.create_table(
        "module_progress",
        sa.Column("module_id", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("completed_at", sa.String(length=32), nullable=True),
        sa.Column("times_completed", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("module_id", name=op.f("pk_module_progress")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "workbook_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_app_version", sa.String(length=40), nullable=False),
        sa.Column("last_opened_app_version", sa.String(length=40), nullable=False),
        sa.Column("program_path", sa.Text(), nullable=True),
        sa.Column("program_fingerprint", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workbook_meta")),
    )
    op.create_table(
        "answer_revisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("field_id", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.Column("saved_offset_min", sa.Integer(), nullable=False),
        sa.Column("entry_status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_answer_revisions_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_revisions")),
    )
    with op.batch_alter_table("answer_revisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_answer_revisions_entry_field", ["entry_id", "field_id", "id"], unique=False
        )

    op.create_table(
        "checkins",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("anxiety", sa.Integer(), nullable=True),
        sa.Column("sleep", sa.Integer(), nullable=True),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_offset_min", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_checkins_entry_id_entries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_checkins")),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=True),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False),
        sa.Column("measurable", sa.Text(), nullable=False),
        sa.Column("achievable", sa.Text(), nullable=False),
        sa.Column("relevant", sa.Text(), nullable=False),
        sa.Column("target_date", sa.String(length=10), nullable=True),
        sa.Column("first_step", sa.Text(), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_goals_entry_id_entries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_goals_entry_id")),
    )
    op.create_table(
        "goal_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_goal_history_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_history")),
    )
    with op.batch_alter_table("goal_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_history_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "goal_reviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_goal_reviews_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_reviews")),
    )
    with op.batch_alter_table("goal_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_reviews_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Workbook never downgrades a workbook")
