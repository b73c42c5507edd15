"""Dates and numbers written the way people read them (no platform-specific strftime codes)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def long_date(moment: date | datetime | None) -> str:
    """'3 March 2025' (empty for None)."""
    if moment is None:
        return ""
    return f"{moment.day} {moment:%B %Y}"


def short_date_time(moment: datetime | None) -> str:
    """'3 Mar 2025, 14:05'."""
    if moment is None:
        return ""
    return f"{moment.day} {moment:%b %Y, %H:%M}"


def answer_text(field: Any, value: Any) -> str:
    """An answer as plain words: option labels, Yes/No, one list item per line."""
    from workbook.core.language.model import FieldType
    from workbook.core.scoring import format_number

    if value is None or value == "" or value == []:
        return "—"
    kind = field.type
    try:
        if kind == FieldType.CHOICE:
            option = field.option(value)
            return option.label if option is not None else str(value)
        if kind == FieldType.MULTIPLE_CHOICE:
            return "\n".join((field.option(v).label if field.option(v) else str(v)) for v in value)
        if kind == FieldType.YES_NO:
            return "Yes" if value else "No"
        if kind in (FieldType.NUMBER, FieldType.SCALE):
            unit = f" {field.unit}" if field.unit else ""
            return f"{format_number(float(value))}{unit}"
        if kind == FieldType.DATE:
            return long_date(date.fromisoformat(str(value)))
        if kind == FieldType.LIST:
            return "\n".join(f"• {item}" for item in value)
        if kind == FieldType.TABLE:
            rows = []
            for number, row in enumerate(value, start=1):
                cells = [
                    f"{c.label}: {row.get(c.id)}"
                    for c in field.columns
                    if row.get(c.id) is not None
                ]
                rows.append(f"{number}. " + "\n   ".join(cells))
            return "\n".join(rows)
    except (TypeError, ValueError, AttributeError):
        pass
    return str(value)
