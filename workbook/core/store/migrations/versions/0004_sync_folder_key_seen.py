"""Remember which key file this computer last saw in its sync folder (a SHA-256 of it).

After a passphrase change the folder's key file no longer seals this computer's data
key, whichever computer changed it. If the folder still holds the file this computer
last saw, the change was made here and the new key file goes out; if the file is
one it never saw, another computer changed the passphrase and this one asks for it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_device", sa.Column("folder_key_seen", sa.String(64), nullable=True))
    op.execute("UPDATE workbook_meta SET schema_version = 4")


def downgrade() -> None:
    raise NotImplementedError("Workbook never downgrades a workbook")
