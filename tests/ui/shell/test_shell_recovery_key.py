"""A damaged recovery part of the key file is noticed at unlock, and a new recovery key offered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ShownProblems
from pytestqt.qtbot import QtBot
from shell_helpers import PASSPHRASE


def _damage_recovery_slot(folder: Path) -> None:
    key_file = folder / "workbook.key"
    data = json.loads(key_file.read_text())
    sealed = data["recovery"]["ciphertext"]
    data["recovery"]["ciphertext"] = ("B" if sealed[0] == "A" else "A") + sealed[1:]
    key_file.write_text(json.dumps(data))


def _unlock(opened: Any) -> None:
    opened.start_screen.unlock.passphrase.setText(PASSPHRASE)
    opened.start_screen.unlock.unlock_button.click()


def test_unlocking_offers_a_new_recovery_key_when_the_old_one_is_damaged(
    opened: Any, qtbot: QtBot, problems: ShownProblems, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passphrase still works; the workbook opens, the person is told, and is shown a
    new key (the same offer and dialog as Settings) that works."""
    from workbook.core.store import recover_workbook
    from workbook.ui.settings import recovery_key_dialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        recovery_key_dialog,
        "show_new_recovery_key",
        lambda _parent, _name, key, reason: shown.append((key, reason)),
    )
    folder = opened.service.workbook.path
    opened.lock()
    _damage_recovery_slot(folder)
    problems.answer = "new"
    _unlock(opened)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert opened.service.is_open
    assert "no longer opens" in problems.messages[0]
    assert problems.shown[0][2][0] == "Make a new recovery key"
    new_key, reason = shown[0]
    assert len(new_key.split("-")) == 7
    assert "damaged" in reason
    opened.lock()
    recover_workbook(folder, new_key, PASSPHRASE).close()


def test_not_now_opens_the_workbook_and_asks_again_next_time(
    opened: Any, qtbot: QtBot, problems: ShownProblems
) -> None:
    """Declining the offer changes nothing; the next unlock says it again."""
    folder = opened.service.workbook.path
    opened.lock()
    _damage_recovery_slot(folder)
    problems.answer = None
    _unlock(opened)
    qtbot.waitUntil(lambda: opened.service.is_open, timeout=10_000)
    opened.lock()
    _unlock(opened)
    qtbot.waitUntil(lambda: opened.service.is_open, timeout=10_000)
    assert len([m for m in problems.messages if "no longer opens" in m]) == 2
