"""The live preview: it follows every save within a second and survives a broken one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

MODULE = """---
id: sleep
title: Sleep check
stage: assessment
version: 1
summary: How you slept this week.
estimated_minutes: 2
option_sets:
  often:
    - label: Never
      value: never
      score: 0
    - label: Most nights
      value: most
      score: 2
scores:
  - id: total
    label: Sleep total
    formula: sum(q1, q2)
---

+++ Falling asleep

```field
id: q1
type: choice
label: Trouble falling asleep
options: often
```

```field
id: why
type: text
label: What keeps you awake?
show_when: q1 == "most"
```

+++ Waking

```field
id: q2
type: choice
label: Waking too early
options: often
```
"""


@pytest.fixture
def module_file(tmp_path: Path) -> Path:
    path = tmp_path / "sleep.md"
    path.write_text(MODULE, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: QtBot, module_file: Path) -> object:
    from workbook.ui.preview.window import PreviewWindow

    win = PreviewWindow(module_file, poll_ms=50)
    qtbot.addWidget(win)
    win.show()
    return win


def _choose(view: object, field_id: str, value: str) -> None:
    widget = view.field_widget(field_id)  # type: ignore[attr-defined]
    index = [o.value for o in widget.field.options].index(value)
    widget._buttons[index].click()


def test_a_save_shows_within_a_second_on_the_same_page(
    qtbot: QtBot, window: object, module_file: Path
) -> None:
    """The author is on page 2 with an answer typed; they save a new label; within a
    second the page shows it, still on page 2, with their answer kept."""
    view = window.view  # type: ignore[attr-defined]
    assert view.header.title.text() == "Sleep check"
    _choose(view, "q1", "most")
    view.open_page(1)
    module_file.write_text(MODULE.replace("Waking too early", "Waking at 4 am"), "utf-8")
    qtbot.waitUntil(lambda: window.view is not view, timeout=1000)  # type: ignore[attr-defined]
    new = window.view  # type: ignore[attr-defined]
    assert new.current_page() == 1
    assert new.field_widget("q2").field.label == "Waking at 4 am"
    assert new.field_widget("q2").isVisibleTo(window)
    assert new.session.answers == {"q1": "most"}
    assert "Sleep total: 2" in window.results.toPlainText()  # type: ignore[attr-defined]


def test_show_when_and_live_scores_work_and_nothing_is_stored(
    window: object, isolated_data_dir: Path
) -> None:
    view = window.view  # type: ignore[attr-defined]
    why = view.field_widget("why")
    assert why.isHidden()
    _choose(view, "q1", "most")
    assert not why.isHidden()
    assert "Sleep total: 2" in window.results.toPlainText()  # type: ignore[attr-defined]
    view.open_page(1)
    _choose(view, "q2", "most")
    assert "Sleep total: 4" in window.results.toPlainText()  # type: ignore[attr-defined]
    assert view.finish() is True
    assert "Nothing was stored" in view.status.text()
    assert not isolated_data_dir.exists() or not any(isolated_data_dir.rglob("*"))


def test_a_broken_save_lists_its_problems_and_the_preview_keeps_running(
    qtbot: QtBot, window: object, module_file: Path
) -> None:
    view = window.view  # type: ignore[attr-defined]
    module_file.write_text(MODULE.replace("  often:", "\toften:"), "utf-8")
    qtbot.waitUntil(
        lambda: "error" in window.status.text(),  # type: ignore[attr-defined]
        timeout=1000,
    )
    problems = window.problems.toPlainText()  # type: ignore[attr-defined]
    assert "sleep.md:9:" in problems and "tab" in problems.lower()
    assert window.tabs.currentWidget() is window.problems  # type: ignore[attr-defined]
    assert window.view is view  # the last good version stays on screen
    assert "last version without errors" in window.status.text()  # type: ignore[attr-defined]
    module_file.write_text(MODULE.replace("Sleep check", "Sleep check, fixed"), "utf-8")
    qtbot.waitUntil(lambda: window.view is not view, timeout=1000)  # type: ignore[attr-defined]
    assert window.view.header.title.text() == "Sleep check, fixed"  # type: ignore[attr-defined]
    assert "no problems found" in window.status.text()  # type: ignore[attr-defined]


def test_the_printed_worksheet_is_shown_beside_it(window: object) -> None:
    assert window.document.pageCount() >= 1  # type: ignore[attr-defined]


def test_the_command_explains_itself_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbook.cli import main

    with pytest.raises(SystemExit) as done:
        main(["preview", "--help"])
    assert done.value.code == 0
    assert "reloads within a second of each save" in capsys.readouterr().out
    assert main(["preview", str(tmp_path / "nothing.md")]) == 2
    assert "There is no module file at" in capsys.readouterr().err


def test_a_crisis_box_opens_the_help_panel_in_a_preview_too(
    qtbot: QtBot, tmp_path: Path, isolated_data_dir: Path
) -> None:
    """An author checking a crisis box clicks its button: the "Need help now?" panel opens
    (crisis lines, no personal data), as it would for a client."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from workbook.ui.preview.window import PreviewWindow
    from workbook.ui.safety.panel import SafetyPanel

    path = tmp_path / "sleep.md"
    path.write_text(MODULE + "\n```crisis\nIf tonight feels unsafe, call someone.\n```\n", "utf-8")
    win = PreviewWindow(path, poll_ms=50)
    qtbot.addWidget(win)
    win.show()
    view = win.view  # type: ignore[attr-defined]
    view.open_page(1)
    button = next(
        b for b in view.findChildren(QPushButton) if b.text().startswith("Open crisis lines")
    )
    button.click()
    panel = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyPanel))
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    assert "emergency" in panel.emergency_label.accessibleName().lower()
    panel.close()
