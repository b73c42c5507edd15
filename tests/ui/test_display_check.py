"""Without a screen, or with a Qt library missing, Workbook says why and exits 1 instead of aborting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbook.ui.shell.display_check import display_problem

X_SESSION = {"DISPLAY": ":0"}


def start(env_changes: dict[str, str | None], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKBOOK_DATA_DIR": str(data_dir), "WORKBOOK_QUIT_AFTER_START": "1"}
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "workbook"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _refuses_in_words(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)  # not -6 (SIGABRT)
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr
    assert result.stderr.startswith("Workbook can't open its window.")
    assert result.stderr.count("\n") == 1, "one plain paragraph"
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    return result.stderr


def test_no_display_is_explained_and_exits_1(tmp_path: Path) -> None:
    """Over SSH or in a container (no DISPLAY, no WAYLAND_DISPLAY): a sentence, exit 1, no abort."""
    no_screen = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}
    said = _refuses_in_words(start(no_screen, tmp_path / "data"))
    assert "no display" in said and "xvfb-run" in said


def test_an_unreachable_display_is_explained(tmp_path: Path) -> None:
    """DISPLAY names an X server that isn't there (forwarding ended): said so, exit 1."""
    gone = {"DISPLAY": ":937", "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}
    said = _refuses_in_words(start(gone, tmp_path / "data"))
    assert "DISPLAY=:937 can't be reached" in said


def test_the_headless_start_check_still_passes(tmp_path: Path) -> None:
    """WORKBOOK_QUIT_AFTER_START=1 QT_QPA_PLATFORM=offscreen workbook still exits 0."""
    result = start({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": None}, tmp_path / "data")
    assert result.returncode == 0, result.stderr


def test_a_missing_qt_library_is_named_with_its_package() -> None:
    """The dynamic loader's first missing library is named, with the apt package that has it."""

    def loader_missing_icccm(path: str) -> object:
        raise OSError(f"libxcb-icccm.so.4: cannot open shared object file: No such file ({path})")

    said = display_problem(X_SESSION, platform="linux", load=loader_missing_icccm)
    if said is None:
        pytest.fail("PySide6's libqxcb.so plugin was not found where the wheel puts it")
    assert "libxcb-icccm.so.4" in said
    assert "sudo apt-get install libxcb-icccm4" in said
    assert "QT_QPA_PLATFORM=offscreen" in said


def test_an_unknown_missing_library_says_how_to_find_its_package() -> None:
    def loader(path: str) -> object:
        raise OSError("libfoo-bar.so.7: cannot open shared object file: No such file")

    said = display_problem(X_SESSION, platform="linux", load=loader)
    assert said is not None and "libfoo-bar.so.7" in said and "apt-file search" in said


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_headless_and_wayland_sessions_pass_without_loading_x11(env: dict[str, str]) -> None:
    """Nothing is loaded or refused where the X11 plugin won't be used."""

    def must_not_load(path: str) -> object:
        raise AssertionError(f"loaded {path}")

    assert display_problem(env, platform="linux", load=must_not_load) is None


def test_wayland_asked_for_without_a_wayland_display_is_explained() -> None:
    said = display_problem({"QT_QPA_PLATFORM": "wayland"}, platform="linux")
    assert said is not None and "no display" in said


def test_windows_and_macos_are_left_to_qt() -> None:
    """Their platform plugins ship inside the wheel and need no display variable."""
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None
