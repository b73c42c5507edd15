"""Before Qt starts: is there a screen to draw on, and can Qt's X11 plugin load? Said in words if not.

Without a display, or with one of the plugin's system libraries missing, Qt prints
a few lines that blame ``xcb-cursor0`` whatever the cause and then aborts the
process (SIGABRT). This check runs first and names the real cause and its fix.

It costs a few milliseconds and starts no process: it reads the environment, loads
the xcb plugin's shared library with ``ctypes`` (the dynamic loader names the first
missing library) and opens, then closes, one connection to the X server with
libxcb. Only Linux and the other X11/Wayland systems are checked; on Windows and
macOS Qt's own platform plugins come with the wheel.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: Platforms that need no screen (tests, packaging checks, servers).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl"})

HEADLESS_FIX = (
    "To run Workbook without a screen (for tests or scripts), set QT_QPA_PLATFORM=offscreen."
)

#: Debian/Ubuntu packages for the libraries Qt's X11 plugin needs (README prerequisites).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}

#: Loads a shared library (ctypes.CDLL; tests pass a stand-in).
Loader = Callable[[str], ctypes.CDLL]


def display_problem(
    environ: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    load: Loader = ctypes.CDLL,
) -> str | None:
    """One paragraph naming why Qt could not show a window here and what to do, or None if it can."""
    env = os.environ if environ is None else environ
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    names = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    names = [name for name in names if name]
    first = names[0] if names else ""
    if first in HEADLESS_PLATFORMS:
        return None
    if first and first != "xcb" and not first.startswith("wayland"):
        return None  # a platform this check doesn't know: Qt judges
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if first.startswith("wayland") or (not first and wayland):
        if wayland:
            return None  # a Wayland session: Qt's Wayland plugin needs no X11 library
        if "xcb" not in names:
            return _no_display()
        # "wayland;xcb" with no Wayland display falls back to X11: check that.
    if not x11:
        return _no_display()
    return _missing_library(load) or _unreachable(env["DISPLAY"], load)


def report_display_problem() -> bool:
    """Print the problem (if any) to stderr; True when Workbook should stop with exit code 1."""
    problem = display_problem()
    if problem is None:
        return False
    print(f"Workbook can't open its window. {problem}", file=sys.stderr)
    return True


def _no_display() -> str:
    seen = "DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set"
    return (
        f"There is no display to show it on: neither {seen}, as happens over SSH, in a "
        "container or on a server. Start Workbook from a desktop session (or use ssh -X), "
        f"or run it under Xvfb (xvfb-run workbook). {HEADLESS_FIX}"
    )


def _plugin_path() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def _missing_library(load: Loader) -> str | None:
    plugin = _plugin_path()
    if plugin is None:
        return None  # a build that keeps its plugins elsewhere: Qt will say
    try:
        load(str(plugin))
    except OSError as error:
        match = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", str(error))
        if match is None:
            return (
                f"Qt's X11 plugin ({plugin.name}) could not be loaded: {error}. "
                f"Reinstalling Workbook may fix this. {HEADLESS_FIX}"
            )
        library = match.group(1)
        package = PACKAGES.get(library)
        install = (
            f"Install it with: sudo apt-get install {package}"
            if package
            else "Install the package that provides it (on Debian or Ubuntu, "
            f"'apt-file search {library}' names it)"
        )
        return (
            f"A system library Qt needs to draw windows is missing: {library}. {install} "
            f"(the README lists every package Workbook needs). {HEADLESS_FIX}"
        )
    return None


def _unreachable(display: str, load: Loader) -> str | None:
    """None if the X server at ``display`` accepts a connection (xcb_connect, as Qt will)."""
    try:
        xcb = load("libxcb.so.1")
        connect = xcb.xcb_connect
        has_error = xcb.xcb_connection_has_error
        disconnect = xcb.xcb_disconnect
    except (OSError, AttributeError):
        return None  # can't ask; let Qt try
    connect.restype = ctypes.c_void_p
    connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    has_error.argtypes = [ctypes.c_void_p]
    disconnect.argtypes = [ctypes.c_void_p]
    connection = connect(display.encode(), None)
    try:
        if connection and has_error(connection) == 0:
            return None
    finally:
        if connection:
            disconnect(connection)
    return (
        f"The display DISPLAY={display} can't be reached: no X server answers there, or it "
        "refused the connection (an SSH session whose forwarding ended, or a desktop that "
        "has closed). Start Workbook from your desktop session, or check DISPLAY and "
        f"xauth. {HEADLESS_FIX}"
    )
