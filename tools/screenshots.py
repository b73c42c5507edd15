"""Take a screenshot of each main screen for the README, with a throwaway workbook.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

(Without a display it starts itself under xvfb-run.) Everything happens in a fresh
temporary data folder with made-up sample data; the PNGs go to docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # a common laptop screen: what most people will see


def _ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("No display: install xvfb (apt-get install xvfb) or set QT_QPA_PLATFORM=offscreen")
    args = [xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, *sys.argv]
    sys.exit(subprocess.call(args))


def _isolate() -> Path:
    """A throwaway home for data, settings and caches; a trivial KDF (never for real use)."""
    home = Path(tempfile.mkdtemp(prefix="workbook-shots-"))
    os.environ.update(
        WORKBOOK_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CACHE_HOME=str(home / "cache"),
        WORKBOOK_INSECURE_TEST_KDF="1",
    )
    return home


def main() -> int:
    _ensure_display()
    home = _isolate()
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return _shoot()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _shoot() -> int:
    from e2e_driver import PASSPHRASE, answer, go_to_page_with, open_module, unlock
    from PySide6.QtWidgets import QApplication, QWidget
    from sample_data import fill

    from workbook.ui.shell.app import create_application
    from workbook.ui.shell.main_window import MainWindow
    from workbook.ui.widgets import theme

    app = create_application()
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.start()

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def wait_until(condition: Callable[[], bool]) -> None:
        while not condition():
            app.processEvents()

    def shot(name: str, widget: QWidget | None = None) -> None:
        settle()
        (widget or window).grab().save(str(OUT / f"{name}.png"))
        print(f"saved docs/screenshots/{name}.png")

    start = window.start_screen
    wait_until(lambda: window.service._program is not None)
    shot("01-welcome")
    start.welcome.create_button.click()
    start.create_page.passphrase.first.setText(PASSPHRASE)
    start.create_page.passphrase.second.setText(PASSPHRASE)
    shot("02-create")
    start.create_page.create_button.click()
    wait_until(lambda: start.currentWidget() is start.recovery)
    shot("03-recovery-key")
    pending = start._pending
    assert pending is not None
    fill(pending, window.service.program, days=70)
    start.recovery.kept.setChecked(True)
    start.recovery.continue_button.click()
    wait_until(lambda: window.service.is_open)
    shot("04-home")

    view = open_module(window, "phq9")
    go_to_page_with(view, "q1")
    for field_id in ("q1", "q2", "q3"):
        answer(view, field_id, "several-days")
    view.setFocus()
    shot("05-module-page")
    view.flush()

    program_screen = window.workspace.screen_for("program")
    module = window.service.program.module("phq9")
    assert module is not None
    latest = window.service.require().entries("phq9", status="complete")[0]
    program_screen.show_results(module, latest.id)
    shot("06-results")

    for key, name in (
        ("progress", "07-progress"),
        ("goals", "08-goals"),
        ("settings", "09-settings"),
    ):
        window.go(key)
        shot(name)

    from workbook.ui.safety.panel import show_safety_panel

    panel = show_safety_panel(window.service, window)
    panel.resize(900, 760)
    shot("10-need-help-now", panel)
    panel.close()

    theme.set_color_scheme_preference("dark")
    window.go("home")
    shot("11-home-dark")
    theme.set_color_scheme_preference("system")

    window.lock()
    shot("12-locked")
    unlock(window, wait_until)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
