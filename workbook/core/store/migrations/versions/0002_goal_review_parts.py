"""Goal reviews keep their three answers (what helped, what got in the way, the next
step) in columns of their own instead of packed into the one note under headings.

Schema 0001's Goals screen joined the answers as ``Heading: text`` blocks separated
by a blank line, always in the same order. Each existing note is split once, here;
a note that is not exactly that shape (a plain note, headings out of order, text
before the first heading) stays whole in ``note``, so no word is lost or guessed at.

The headings and the parser are copied into this file on purpose: it must keep
reading schema 0001's notes however the app's wording changes later.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Column, and the heading schema 0001 wrote before that answer, in the order it wrote them.
PACKED_HEADINGS = (
    ("helped", "What helped"),
    ("hindered", "What got in the way"),
    ("next_step", "Next step"),
)
PARTS = tuple(column for column, _ in PACKED_HEADINGS)


def split_packed(note: str) -> dict[str, str] | None:
    """The parts of a note schema 0001 packed, or None when the note isn't that shape.

    A block ends only where a blank line is followed by a *later* heading, so a
    heading someone typed inside their own answer (on a line of its own, or out of
    order) stays part of that answer instead of breaking it apart.
    """
    rest = note.strip()
    parts: dict[str, str] = {}
    for index, (column, heading) in enumerate(PACKED_HEADINGS):
        prefix = f"{heading}: "
        if not rest.startswith(prefix):
            continue
        body = rest[len(prefix) :]
        later = [f"\n\n{h}: " for _, h in PACKED_HEADINGS[index + 1 :]]
        cut = min((body.find(mark) for mark in later if mark in body), default=len(body))
        parts[column] = body[:cut].strip()
        rest = body[cut:].lstrip("\n")
    if rest or not parts:
        return None
    return {column: parts.get(column, "") for column in PARTS}


def upgrade() -> None:
    with op.batch_alter_table("goal_reviews", schema=None) as batch_op:
        for column in PARTS:
            batch_op.add_column(
                sa.Column(column, sa.Text(), nullable=False, server_default=sa.text("''"))
            )

    reviews = sa.table(
        "goal_reviews",
        sa.column("id", sa.String()),
        sa.column("note", sa.Text()),
        *(sa.column(column, sa.Text()) for column in PARTS),
    )
    bind = op.get_bind()
    packed = bind.execute(sa.select(reviews.c.id, reviews.c.note).where(reviews.c.note != "")).all()
    for review_id, note in packed:
        parts = split_packed(note)
        if parts is not None:
            bind.execute(reviews.update().where(reviews.c.id == review_id).values(note="", **parts))
    op.execute("UPDATE workbook_meta SET schema_version = 2")


def downgrade() -> None:
    raise NotImplementedError("Workbook never downgrades a workbook")
