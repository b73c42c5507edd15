"""A number the way a person writes it: no trailing ``.0``, at most two decimals, and the
decimal mark of the app's language (``2.5`` in English, ``2,5`` in Spanish)."""

from __future__ import annotations

from workbook.core import i18n


def format_number(value: float | None) -> str:
    """``7.0`` → ``7``, ``2.345`` → ``2.35``, ``None`` → an en dash (nothing to show)."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", i18n.decimal_point())
