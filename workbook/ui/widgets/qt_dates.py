"""A day picked in a Qt date box, as a Python ``date``.

PySide's ``QDate.toPython()`` is typed as returning ``object``; reading the three parts
keeps the type exact without a cast at every date box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def day_of(picked: QDate) -> date:
    """``picked`` as a date (a date box always holds a valid one)."""
    return date(picked.year(), picked.month(), picked.day())
