"""Alembic's entry point, run only programmatically by ``workbook.core.store.migrate``.

The caller hands over an open, keyed connection in ``config.attributes``; there is
no alembic.ini and no URL, so a key never appears in any configuration.
"""

from __future__ import annotations

from alembic import context

from workbook.core.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
