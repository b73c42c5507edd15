"""``workbook sync setup|join|now|status`` from a terminal, two computers and one folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, on

from workbook.cli import main
from workbook.core.store import list_workbooks, open_workbook


def test_setup_join_now_status(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    folder = tmp_path / "Sync"
    laptop_dir, desktop_dir = tmp_path / "laptop", tmp_path / "desktop"
    with on(laptop_dir):
        assert main(["new", "Sam", "--passphrase-file", str(secret)]) == 0
        setup = ["sync", "setup", str(folder), "--name", "Laptop"]
        assert main([*setup, "--passphrase-file", str(secret)]) == 0
    with on(desktop_dir):
        join = ["sync", "join", str(folder), "--name", "Desktop"]
        assert main([*join, "--passphrase-file", str(secret)]) == 0
        assert "Joined 'Sam'" in capsys.readouterr().out
        (sam,) = list_workbooks()
        with open_workbook(sam.path, PASSPHRASE) as desktop:
            desktop.set_setting("reminder_time", "21:00")
        assert main(["sync", "now", "--passphrase-file", str(secret)]) == 0
    with on(laptop_dir):
        assert main(["sync", "now", "--passphrase-file", str(secret)]) == 0
        capsys.readouterr()
        assert main(["sync", "status", "--passphrase-file", str(secret)]) == 0
        out = capsys.readouterr().out
    assert "This computer: Laptop" in out
    assert "Changes from Desktop last arrived" in out
    assert "Conflicts to choose: 0" in out


def test_joining_a_folder_with_no_workbook_says_so(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    (tmp_path / "empty").mkdir()
    code = main(["sync", "join", str(tmp_path / "empty"), "--passphrase-file", str(secret)])
    assert code == 1
    assert "There's no workbook in that sync folder." in capsys.readouterr().err


def test_a_passphrase_changed_on_the_other_computer_is_asked_for_once(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.write_text(PASSPHRASE)
    new.write_text("the new passphrase for both")
    folder = tmp_path / "Sync"
    laptop_dir, desktop_dir = tmp_path / "laptop", tmp_path / "desktop"
    with on(laptop_dir):
        assert main(["new", "Sam", "--passphrase-file", str(old)]) == 0
        assert main(["sync", "setup", str(folder), "--passphrase-file", str(old)]) == 0
    with on(desktop_dir):
        assert main(["sync", "join", str(folder), "--passphrase-file", str(old)]) == 0
    with on(laptop_dir):
        change = ["passwd", "--passphrase-file", str(old), "--new-passphrase-file", str(new)]
        assert main(change) == 0
        assert main(["sync", "now", "--passphrase-file", str(new)]) == 0
    capsys.readouterr()
    with on(desktop_dir):
        assert main(["sync", "now", "--passphrase-file", str(old)]) == 2
        assert "changed on another computer" in capsys.readouterr().err
        adopt = ["sync", "now", "--passphrase-file", str(old), "--new-passphrase-file", str(new)]
        assert main(adopt) == 0
        assert "uses the new passphrase too" in capsys.readouterr().out
        assert main(["sync", "status", "--passphrase-file", str(new)]) == 0
