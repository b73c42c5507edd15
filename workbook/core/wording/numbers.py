"""A number the way a person writes it: no trailing ``.0``, at most two decimals."""

from __future__ import annotations


def format_number(value: float | None) -> str:
    """``7.0`` → ``7``, ``2.345`` → ``2.35``, ``None`` → an en dash (nothing to show)."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")
