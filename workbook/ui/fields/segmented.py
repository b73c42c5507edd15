"""The look of segmented (pick-one) buttons, drawn from the shared theme's colours."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbook.ui.widgets import theme


def segment_style(p: theme.Palette) -> str:
    """Style sheet for checkable segments: a calm outline, filled with the accent when chosen.

    The border is always 2 px so the focus ring can change colour without the button
    jumping in size. A chosen segment is filled with the accent, which a ring in the
    focus colour could not stand out from, so focus on it is a double ring with the
    page colour between (3:1 against both the page and the fill).
    """
    pad = round(8 * theme.text_scale())  # touch targets grow with the text
    side = round(6 * theme.text_scale())
    return f"""
QPushButton {{
    background: {p.surface}; color: {p.text};
    border: 2px solid {p.border}; border-radius: 8px;
    padding: {pad}px {side}px; min-width: 1.6em;
}}
QPushButton:hover {{ background: {p.accent_soft}; }}
QPushButton:checked {{
    background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600;
}}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:checked:focus {{
    border: 6px double {p.focus}; background-clip: padding;
    padding: {pad - 4}px {max(side - 4, 0)}px;
}}
"""


def segment_look(container: QWidget) -> None:
    """Style every segment button inside ``container`` (and restyle on a scheme change)."""
    theme.follow_style(container, segment_style)
