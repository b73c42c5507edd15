"""The app icon: its PNG sizes render from the SVG master and the app window uses it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_make_icons() -> ModuleType:
    """packaging/ is a folder of build scripts, not a package: load the script by path."""
    spec = importlib.util.spec_from_file_location(
        "make_icons", REPO / "packaging" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    return load_make_icons()


def test_every_desktop_size_is_rendered(
    qapp: object, make_icons: ModuleType, tmp_path: Path
) -> None:
    """Menus, docks and installers find a sharp PNG at each size they ask for, plus the SVG."""
    from PySide6.QtGui import QImage

    written = make_icons.make_icons(tmp_path)
    for size in make_icons.SIZES:
        image = QImage(str(make_icons.icon_path(tmp_path, size)))
        assert (image.width(), image.height()) == (size, size)
        # The tile is opaque in the middle and the rounded corners are see-through.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{make_icons.APP_ID}.svg"
    assert scalable in written and scalable.read_bytes() == make_icons.MASTER.read_bytes()


def test_small_sizes_leave_out_the_ruled_lines(make_icons: ModuleType) -> None:
    """At 16 px the page stays plain white instead of a grey smudge of lines."""
    svg = make_icons.MASTER.read_bytes()
    assert b'class="detail"' in svg
    simple = make_icons.without_detail(svg)
    assert b"detail" not in simple
    assert b"Workbook</" in simple  # the rest of the drawing is kept


def test_window_icon_is_the_workbook_icon(qapp: object) -> None:
    """The window and task switcher show Workbook's own icon, not a generic one."""
    from PySide6.QtGui import QIcon

    from workbook.paths import resources_dir
    from workbook.ui.widgets import theme

    master = resources_dir() / "icons" / "workbook.svg"
    assert master.is_file()
    shown = theme.app_icon().pixmap(32).toImage()
    assert shown == QIcon(str(master)).pixmap(32).toImage()
