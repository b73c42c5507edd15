"""The menu entry and software-centre metadata pass the freedesktop validators and match the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import workbook

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.workbook_app.Workbook"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str, package: str) -> str:
    """The validator's path; skipped on a developer machine without it, a failure in CI."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: CI must install the Debian package {package}")
        pytest.skip(f"{name} not installed (Debian package {package})")
    return found


def problems(output: str, kinds: tuple[str, ...]) -> list[str]:
    """Validator lines of the given kinds (errors, warnings), ignoring hints and infos."""
    return [line for line in output.splitlines() if line.lstrip().startswith(kinds)]


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [
        line for line in output.splitlines() if ": error: " in line or ": warning: " in line
    ]


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_desktop_entry_is_valid() -> None:
    """The menu entry passes desktop-file-validate without errors or warnings."""
    validate_desktop_file(DESKTOP)


def test_metainfo_is_valid() -> None:
    """Software centres accept the metadata: appstreamcli finds no errors or warnings."""
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert problems(output, ("E:", "W:")) == [], output


def test_metainfo_release_is_the_app_version() -> None:
    """The newest release listed for software centres is the version the app reports."""
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == workbook.__version__


def test_metainfo_names_the_desktop_entry_and_licence() -> None:
    """Software centres launch the right entry and show the licence the project ships under."""
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "GPL-3.0-or-later"' in pyproject
    screenshots = [image.text or "" for image in root.iter("image")]
    for url in screenshots:
        assert url.startswith("https://")
        assert (REPO / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_window_belongs_to_its_menu_entry(qapp: object) -> None:
    """The dock shows the running window under the menu entry's name and icon."""
    from PySide6.QtGui import QGuiApplication

    from workbook.ui.shell.app import configure_application

    configure_application(qapp)
    assert QGuiApplication.desktopFileName() == APP_ID
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == QGuiApplication.applicationName()


def test_user_install_puts_a_valid_entry_in_the_menu(tmp_path: Path) -> None:
    """install.sh adds a valid menu entry that starts this venv's workbook, and removes it."""
    executable = Path(sys.executable).parent / "workbook"
    if not executable.is_file():
        pytest.skip("the workbook command is not installed in this environment")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    script = LINUX / "install.sh"
    subprocess.run([str(script), str(executable)], env=env, check=True, capture_output=True)

    installed = tmp_path / "share" / "applications" / DESKTOP.name
    validate_desktop_file(installed)
    assert desktop_entry(installed)["Exec"] == f'"{executable}"'
    for size in (16, 48, 256):
        icon = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert (icon / f"{APP_ID}.png").is_file()
    assert (tmp_path / "share" / "metainfo" / METAINFO.name).is_file()

    subprocess.run([str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists()
