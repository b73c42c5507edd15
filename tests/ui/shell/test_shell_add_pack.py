"""File → Add a module pack…: a good pack's modules appear at once; a bad one is explained."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

PACK_YAML = """id: better-sleep
title: Better sleep
author: Dr A. Example
version: 1
licence: CC BY 4.0
"""

DIARY = """---
id: sleep-diary
title: Sleep diary
stage: skills
version: 1
summary: A week of how you slept.
estimated_minutes: 3
---

```field
id: hours
type: number
label: Hours asleep
```
"""


@pytest.fixture
def good_pack(tmp_path: Path) -> Path:
    from workbook.core.authoring.packs import make_pack

    folder = tmp_path / "sleep"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK_YAML, "utf-8")
    (folder / "10-sleep-diary.md").write_text(DIARY, "utf-8")
    return make_pack(folder, tmp_path / "sleep.wbpack") and tmp_path / "sleep.wbpack"


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from workbook.ui.shell import add_pack

    said: list[str] = []
    monkeypatch.setattr(add_pack, "show_message", lambda _p, _t, text: said.append(text))
    return said


def test_the_menu_offers_it(window: Any) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Add a module pack…" in texts
    assert "Pre&view a module…" in texts


def test_a_good_pack_shows_its_modules_in_the_program_at_once(
    opened: Any, good_pack: Path, informed: list[str]
) -> None:
    from workbook.ui.shell.add_pack import install_chosen_pack

    assert install_chosen_pack(opened, good_pack) is not None
    assert informed == [
        "Added “Better sleep” (version 1) by Dr A. Example, with 1 module: Sleep diary."
    ]
    assert opened.service.program.module("sleep-diary") is not None
    screen = opened.workspace.current_screen()
    titles = [
        screen.outline.topLevelItem(i).child(j).text(0)
        for i in range(screen.outline.topLevelItemCount())
        for j in range(screen.outline.topLevelItem(i).childCount())
    ]
    assert any("Sleep diary" in t for t in titles)


def test_a_damaged_pack_lists_the_file_and_line_and_adds_nothing(
    opened: Any, good_pack: Path, problems: Any, informed: list[str], tmp_path: Path
) -> None:
    from workbook.ui.shell.add_pack import install_chosen_pack

    with zipfile.ZipFile(good_pack) as original:
        files = {n: original.read(n) for n in original.namelist()}
    files["extra.py"] = b"import os"
    bad = tmp_path / "bad.wbpack"
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert install_chosen_pack(opened, bad) is None
    assert problems.messages == ["“bad.wbpack” has problems, so nothing was added or changed."]
    assert informed == []
    assert opened.service.program.module("sleep-diary") is None


def test_home_shows_the_assignment_from_your_clinician(
    opened: Any, tmp_path: Path, informed: list[str]
) -> None:
    from workbook.core.authoring.packs import make_pack
    from workbook.ui.shell.add_pack import install_chosen_pack

    folder = tmp_path / "assigned"
    folder.mkdir()
    assignment = "assignment:\n  - module: sleep-diary\n    first: true\n"
    (folder / "pack.yaml").write_text(PACK_YAML + assignment, "utf-8")
    (folder / "10-sleep-diary.md").write_text(DIARY, "utf-8")
    make_pack(folder, tmp_path / "assigned.wbpack")
    home = opened.workspace.show_screen("home")
    assert home.from_clinician.isHidden()
    install_chosen_pack(opened, tmp_path / "assigned.wbpack")
    home = opened.workspace.show_screen("home")
    assert not home.from_clinician.isHidden()
    texts = [w.text() for w in home.from_clinician.findChildren(QLabel)]
    assert texts[:3] == [
        "From your clinician",
        "Sleep diary",
        "Your clinician suggests starting here",
    ]
