"""The navigation rail and the module list grow with the text size, so their words fit."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from workbook.ui.widgets import theme


def test_the_rail_and_module_list_widen_with_larger_text(fake_service: Any, qtbot: QtBot) -> None:
    """At 200 % text on a 1366 px window both are wider than at 100 %, the rail's words
    each fit its width on one line, and neither takes the page's room (a quarter and two
    fifths of the window at most)."""
    from workbook.ui.shell.navigation import Workspace

    # The rail and screens on their own, 1366 px wide: the test screen is smaller than that.
    # On the screens' stand-in service: a second Workspace on a real window's service left
    # two sets of screens answering one service, and restyling them crashed Qt now and then.
    workspace = Workspace(fake_service)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    program = workspace.show_screen("program")
    qtbot.wait(20)
    nav, outline = workspace.nav, program.outline
    normal = nav.width(), outline.width()
    try:
        theme.set_text_scale(2.0)
        qtbot.wait(20)
        assert nav.width() > normal[0] and outline.width() > normal[1]
        metrics = nav.fontMetrics()
        for row in range(nav.count()):
            words = metrics.horizontalAdvance(nav.item(row).text())
            assert words + nav.iconSize().width() < nav.viewport().width()
        assert nav.width() <= workspace.width() // 4 + 1
        assert outline.width() <= program.width() * 2 // 5 + 1
    finally:
        theme.set_text_scale(1.0)
    qtbot.wait(20)
    assert (nav.width(), outline.width()) == normal
