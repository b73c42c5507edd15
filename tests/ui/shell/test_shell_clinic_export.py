"""File → Export for my clinic (FHIR)… sits beside Print and Export my data, and, like
them, waits for an open workbook."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def test_the_file_menu_offers_the_clinic_export_once_a_workbook_is_open(
    qtbot: QtBot, window: Any
) -> None:
    menu = window.menus["file"]
    qtbot.waitUntil(lambda: len(menu.actions()) > 3, timeout=10_000)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[texts.index("&Print…") + 1 : texts.index("&Print…") + 3] == [
        "&Export my data…",
        "Export for my &clinic (FHIR)…",
    ]
    clinic = next(a for a in menu.actions() if a.text() == "Export for my &clinic (FHIR)…")
    assert clinic in window.open_only_actions
    assert not clinic.isEnabled()  # nothing to export before a workbook is unlocked
