"""The way in: first launch, creating a workbook, the recovery key, unlocking, recovering."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE


def _create_through_pages(window: Any, qtbot: QtBot, passphrase: str = PASSPHRASE) -> str:
    """Walk welcome → create → recovery key like a person would; returns the key shown."""
    start = window.start_screen
    start.welcome.create_button.click()
    assert start.currentWidget() is start.create_page
    start.create_page.name_edit.setText("My workbook")
    start.create_page.passphrase.first.setText(passphrase)
    start.create_page.passphrase.second.setText(passphrase)
    start.create_page.create_button.click()
    qtbot.waitUntil(lambda: start.currentWidget() is start.recovery, timeout=10_000)
    return str(start.recovery.key_label.text())


def test_first_launch_welcomes_and_explains_privacy(window: Any) -> None:
    """With no workbook yet, the first page says what Workbook is and how privacy works."""
    start = window.start_screen
    assert start.currentWidget() is start.welcome
    words = " ".join(
        label.text() for label in start.welcome.findChildren(type(start.welcome.title))
    )
    assert "not a diagnosis" in words
    assert "Nothing is sent anywhere" in words
    assert not start.welcome.back_button.isVisible()


def test_create_needs_matching_passphrases_of_some_length(window: Any) -> None:
    """Create stays disabled until the passphrase is long enough and typed the same twice."""
    page = window.start_screen.create_page
    window.start_screen.welcome.create_button.click()
    page.passphrase.first.setText("short")
    page.passphrase.second.setText("short")
    assert not page.create_button.isEnabled()
    assert "at least 8" in page.passphrase.verdict.text()
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    assert "don't match" in page.passphrase.match.text()
    page.passphrase.second.setText(PASSPHRASE)
    assert page.create_button.isEnabled()
    assert page.passphrase.verdict.text().startswith(("Good", "Strong"))


def test_recovery_key_must_be_confirmed_before_continuing(window: Any, qtbot: QtBot) -> None:
    """The key is shown once; Continue waits for "I have kept my recovery key"."""
    key = _create_through_pages(window, qtbot)
    page = window.start_screen.recovery
    assert len(key) > 20 and "-" in key
    assert not page.continue_button.isEnabled()
    page.kept.setChecked(True)
    page.continue_button.click()
    assert window.service.is_open
    assert window.pages.currentWidget() is window.workspace
    assert page.key_label.text() == ""  # the key is not kept on screen


def test_passphrases_are_forgotten_after_creating(window: Any, qtbot: QtBot) -> None:
    """Nothing typed on the create page stays in its boxes once the workbook exists."""
    _create_through_pages(window, qtbot)
    assert window.start_screen.create_page.passphrase.first.text() == ""
    assert window.start_screen.create_page.passphrase.second.text() == ""


def test_later_launch_unlocks_with_the_passphrase(window: Any, qtbot: QtBot) -> None:
    """After a lock the unlock page opens the same workbook again with its passphrase."""
    _create_through_pages(window, qtbot)
    window.start_screen.recovery.kept.setChecked(True)
    window.start_screen.recovery.continue_button.click()
    window.lock()
    unlock = window.start_screen.unlock
    assert window.start_screen.currentWidget() is unlock
    assert "locked" in unlock.title.text()
    assert not unlock.chooser.isVisible()  # only one workbook: nothing to choose
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)
    assert unlock.passphrase.text() == ""


def test_wrong_passphrase_is_explained_and_offers_the_recovery_key(
    window: Any, qtbot: QtBot, problems: Any
) -> None:
    """A wrong passphrase shows the store's calm words and a "Use my recovery key" button."""
    key = _create_through_pages(window, qtbot)
    window.start_screen.recovery.kept.setChecked(True)
    window.start_screen.recovery.continue_button.click()
    window.lock()
    problems.answer = "recover"
    unlock = window.start_screen.unlock
    unlock.passphrase.setText("not the right one")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: bool(problems.shown), timeout=10_000)
    message, advice, actions = problems.shown[-1]
    assert message == "That passphrase doesn't open this workbook."
    assert "recovery key" in advice
    assert "Use my recovery key" in actions
    assert not window.service.is_open

    recover = window.start_screen.recover
    assert window.start_screen.currentWidget() is recover
    recover.key_edit.setText(key)
    recover.passphrase.first.setText("a brand new passphrase")
    recover.passphrase.second.setText("a brand new passphrase")
    recover.recover_button.click()
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)

    window.lock()
    unlock.passphrase.setText("a brand new passphrase")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)


def test_a_workbook_open_elsewhere_is_refused_calmly(
    window: Any, qtbot: QtBot, problems: Any
) -> None:
    """If another window holds the workbook, unlocking says so instead of failing."""
    from workbook.core.store import list_workbooks, open_workbook

    _create_through_pages(window, qtbot)
    window.start_screen.recovery.kept.setChecked(True)
    window.start_screen.recovery.continue_button.click()
    window.lock()
    other = open_workbook(list_workbooks()[0].path, PASSPHRASE)
    try:
        window.start_screen.unlock.passphrase.setText(PASSPHRASE)
        window.start_screen.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: bool(problems.shown), timeout=10_000)
        assert problems.messages[-1] == "This workbook is already open in another window."
        assert not window.service.is_open
    finally:
        other.close()


def test_several_workbooks_can_be_chosen_between(window: Any, qtbot: QtBot) -> None:
    """With two workbooks the unlock page shows a chooser naming both."""
    from workbook.core.store import create_workbook

    for name in ("First", "Second"):
        workbook, _ = create_workbook(name, PASSPHRASE)
        workbook.close()
    window.start_screen.show_start()
    chooser = window.start_screen.unlock.chooser
    assert chooser.isVisible()
    names = [chooser.itemText(i) for i in range(chooser.count())]
    assert any(n.startswith("First") for n in names)
    assert any(n.startswith("Second") for n in names)
