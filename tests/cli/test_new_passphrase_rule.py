"""The command line holds a new passphrase to the same rule as the app's strength meter."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.cli import main
from workbook.core.passphrase_strength import MIN_LENGTH, check_new
from workbook.core.store import list_workbooks, open_workbook


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_the_rule_refuses_short_and_warns_of_weak_passphrases() -> None:
    """Shorter than the minimum can't be used; long but guessable can, with a warning."""
    assert not check_new("abc").acceptable
    assert f"at least {MIN_LENGTH} characters" in check_new("abc").message
    weak = check_new("password1")
    assert weak.acceptable and weak.weak and weak.message.startswith("Easy to guess")
    strong = check_new("my cat eats lemons on tuesdays")
    assert strong.acceptable and not strong.weak


def test_new_refuses_a_three_character_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``workbook new`` with 'abc' says why, exits 2 and makes nothing."""
    assert main(["new", "Robin", "--passphrase-file", _file(tmp_path, "pw", "abc")]) == 2
    err = capsys.readouterr().err
    assert f"at least {MIN_LENGTH} characters" in err and "Nothing was changed" in err
    assert list_workbooks() == []


def test_new_warns_about_an_easy_passphrase_but_makes_the_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'password1' is long enough, so it is used, with the meter's warning on stderr."""
    assert main(["new", "Robin", "--passphrase-file", _file(tmp_path, "pw", "password1")]) == 0
    assert "Warning: that passphrase is easy to guess" in capsys.readouterr().err
    assert [info.name for info in list_workbooks()] == ["Robin"]


def test_passwd_refuses_a_short_new_passphrase_and_keeps_the_old(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Changing to a too-short passphrase changes nothing: the old one still opens the workbook."""
    old = _file(tmp_path, "old", "a calm green kettle")
    assert main(["new", "Robin", "--passphrase-file", old]) == 0
    short = _file(tmp_path, "short", "abc1")
    assert main(["passwd", "--passphrase-file", old, "--new-passphrase-file", short]) == 2
    assert "at least" in capsys.readouterr().err
    open_workbook(list_workbooks()[0].path, "a calm green kettle").close()
