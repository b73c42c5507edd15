"""The look: one calm style sheet, text size steps, light/dark, and icons that render."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from workbook.ui.widgets import theme


def test_style_sheet_has_every_token_filled(themed: Any) -> None:
    """No @token@ is left in the sheet the app uses (a typo would silently drop a rule)."""
    for colors in (theme.LIGHT, theme.DARK):
        sheet = theme.style_sheet(colors, 11.0)
        assert re.findall(r"@\w+@", sheet) == []


def test_styled_widgets_raise_no_qt_warnings(themed: Any, qtbot: QtBot) -> None:
    """Every role renders without Qt complaining about the style sheet."""
    for role in ("title", "subtitle", "muted", "small", "error", "success", "warning"):
        label = QLabel(role)
        theme.set_role(label, role)
        qtbot.addWidget(label)
        label.show()
    button = QPushButton("Go")
    theme.set_role(button, "primary")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)


def test_text_size_steps_up_and_down_within_limits(themed: Any) -> None:
    """Bigger and smaller move one notch; the base font follows; the ends are limits."""
    theme.set_text_scale(1.0)
    base = theme.base_point_size()
    assert base >= theme.MIN_BASE_POINT_SIZE
    assert theme.step_text_scale(+1) > 1.0
    assert theme.base_point_size() > base
    for _ in range(20):
        theme.step_text_scale(+1)
    assert theme.text_scale() == theme.TEXT_SCALES[-1]
    for _ in range(20):
        theme.step_text_scale(-1)
    assert theme.text_scale() == theme.TEXT_SCALES[0]
    theme.set_text_scale(1.0)


def test_dark_preference_switches_the_palette(themed: Any) -> None:
    """Choosing dark uses the dark palette; "system" goes back to following the desktop."""
    theme.set_color_scheme_preference("dark")
    assert theme.palette().dark
    assert themed.palette().window().color().name() == theme.DARK.window
    theme.set_color_scheme_preference("system")
    assert theme.palette() is (theme.DARK if theme.system_is_dark() else theme.LIGHT)


def test_every_navigation_icon_renders(themed: Any) -> None:
    """The SVG icons load and draw at toolbar size (nothing missing from resources/)."""
    from workbook.ui.shell.navigation import SCREENS

    for name in [s.icon for s in SCREENS] + ["lock", "help-now", "print"]:
        icon = theme.icon(name)
        assert not icon.isNull(), name
        assert not icon.pixmap(24, 24).isNull(), name
    assert not theme.app_icon().isNull()
