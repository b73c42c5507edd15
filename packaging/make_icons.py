"""Render the application icon's PNG sizes from its SVG master, at build time.

The SVG in ``resources/icons/workbook.svg`` is the only icon kept in git; desktops
and installers want fixed-size PNGs in the freedesktop ``hicolor`` layout, so this
script writes them (plus a copy of the SVG as the scalable icon) under ``build/``.
It uses Qt's own SVG renderer, headless, so it needs nothing beyond PySide6.

Like a hinted font, the smallest sizes drop fine detail: elements of the master
with ``class="detail"`` (the ruled lines) are left out at 24 px and below, where
they would only turn the white page grey.

    python packaging/make_icons.py [--output build/icons]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "io.github.workbook_app.Workbook"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
REPO = Path(__file__).resolve().parent.parent
MASTER = REPO / "resources" / "icons" / "workbook.svg"
DEFAULT_OUTPUT = REPO / "build" / "icons"
#: At this size and below, ``class="detail"`` elements are left out.
DETAIL_BELOW = 24
SVG_NS = "http://www.w3.org/2000/svg"


def without_detail(svg: bytes) -> bytes:
    """The SVG with every element of class ``detail`` removed."""
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(svg)
    for parent in root.iter():
        for child in list(parent):
            if "detail" in child.get("class", "").split():
                parent.remove(child)
    return ET.tostring(root, encoding="utf-8")


def icon_path(output: Path, size: int) -> Path:
    """Where the PNG of one size goes, in the freedesktop icon theme layout."""
    return output / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def make_icons(output: Path = DEFAULT_OUTPUT, master: Path = MASTER) -> list[Path]:
    """Write every PNG size and the scalable SVG under ``output``; return the files written."""
    # Headless: no display is needed to rasterise, and none may exist on a build machine.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = master.read_bytes()
    try:
        simple = without_detail(svg)
    except ET.ParseError as error:
        raise SystemExit(f"{master}: not well-formed XML ({error}).") from None
    full = QSvgRenderer(QByteArray(svg))
    small = QSvgRenderer(QByteArray(simple))
    if not (full.isValid() and small.isValid()):
        raise SystemExit(f"{master}: not a valid SVG file; open it in a browser to see why.")

    written: list[Path] = []
    for size in SIZES:
        renderer = small if size <= DETAIL_BELOW else full
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = icon_path(output, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not write the icon; is the folder writable?")
        written.append(target)

    scalable = output / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(master, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder to write into")
    args = parser.parse_args(argv)
    for path in make_icons(args.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
