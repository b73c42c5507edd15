"""Alembic migrations for the workbook schema, shipped inside the package and run on open."""
