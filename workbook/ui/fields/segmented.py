"""The look of segmented (pick-one) buttons, drawn from the shared theme's colours."""

from __future__ import annotations

from workbook.ui import theme


def segment_style() -> str:
    """Style sheet for one checkable segment: a calm outline, filled with the accent when chosen.

    The border is always 2 px so the focus ring can change colour without the button
    jumping in size.
    """
    p = theme.palette()
    return f"""
QPushButton {{
    background: {p.surface}; color: {p.text};
    border: 2px solid {p.border}; border-radius: 8px;
    padding: 8px 10px; min-width: 2.4em;
}}
QPushButton:hover {{ background: {p.accent_soft}; }}
QPushButton:checked {{
    background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600;
}}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:checked:focus {{ border-color: {p.focus}; }}
"""
