"""A workbook remembers its program and says clearly when that folder moved or changed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from shell_helpers import PASSPHRASE

from workbook.paths import builtin_program_dir
from workbook.ui.service import WorkbookService


@pytest.fixture
def program_copy(tmp_path: Path) -> Path:
    """A clinician's own program: a copy of the built-in one in another folder."""
    folder = tmp_path / "my-program"
    shutil.copytree(builtin_program_dir(), folder)
    return folder


def _open(service: WorkbookService, name: str = "Bound") -> list[str]:
    from workbook.core.store import create_workbook, list_workbooks, open_workbook

    existing = [w for w in list_workbooks() if w.name == name]
    if existing:
        workbook = open_workbook(existing[0].path, PASSPHRASE)
    else:
        workbook, _ = create_workbook(name, PASSPHRASE)
    service.open(workbook)
    notices = list(service.notices)
    service.lock()
    return notices


def test_new_workbook_remembers_its_program_quietly(qapp: Any, program_copy: Path) -> None:
    """The first opening records the program folder and says nothing."""
    assert _open(WorkbookService(program_dir=program_copy)) == []
    assert _open(WorkbookService(program_dir=program_copy)) == []


def test_changed_program_files_are_mentioned(qapp: Any, program_copy: Path) -> None:
    """Editing a module file is noticed next time, with reassurance about earlier answers."""
    _open(WorkbookService(program_dir=program_copy))
    module = next(program_copy.rglob("20-phq9.md"))
    module.write_text(module.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    notices = _open(WorkbookService(program_dir=program_copy))
    assert len(notices) == 1
    assert "have changed" in notices[0] and "kept exactly" in notices[0]


def test_without_program_flag_the_workbook_follows_its_own_folder(
    qapp: Any, program_copy: Path
) -> None:
    """Started plainly, a workbook made with --program opens on that program again."""
    _open(WorkbookService(program_dir=program_copy))
    service = WorkbookService(program_dir=None)
    notices = _open(service)
    assert service.program.path.resolve() == program_copy.resolve()
    assert str(program_copy) in notices[0]


def test_a_vanished_program_folder_is_said_plainly(qapp: Any, program_copy: Path) -> None:
    """If the folder has gone, the built-in program is used and the person is told why."""
    _open(WorkbookService(program_dir=program_copy))
    shutil.rmtree(program_copy)
    service = WorkbookService(program_dir=None)
    notices = _open(service)
    assert "no longer there" in notices[0]
    assert service.program.path.resolve() == builtin_program_dir().resolve()


def test_opening_with_another_program_switches_and_says_so(
    qapp: Any, program_copy: Path, tmp_path: Path
) -> None:
    """--program with a different folder becomes the workbook's program, with a notice."""
    _open(WorkbookService(program_dir=program_copy))
    other = tmp_path / "other-program"
    shutil.copytree(builtin_program_dir(), other)
    notices = _open(WorkbookService(program_dir=other))
    assert "from now on" in notices[0]
    assert _open(WorkbookService(program_dir=other)) == []


def test_a_program_with_mistakes_offers_the_built_in_one(
    window: Any, problems: Any, program_copy: Path, qtbot: Any
) -> None:
    """A broken --program folder lists its mistakes (file and line) and offers the built-in."""
    from shell_helpers import open_new_workbook

    module = next(program_copy.rglob("20-phq9.md"))
    module.write_text(module.read_text(encoding="utf-8").replace("type: choice", "type: choise", 1))
    window.service.program_dir = program_copy
    window.service._program = None
    problems.answer = "builtin"
    open_new_workbook(window)
    message, _advice, actions = problems.shown[-1]
    assert "mistakes" in message
    assert "Use the built-in program for now" in actions
    assert window.service.is_open
    assert window.service.program.path.resolve() == builtin_program_dir().resolve()
