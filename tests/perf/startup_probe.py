"""Subprocess for the startup benchmarks (not a test): time one start, print the result as JSON.

    startup_probe.py bare                  a bare PySide6 window, start → shown
    startup_probe.py app                   Workbook, start → unlock page shown
    startup_probe.py home NAME PASSPHRASE  unlock workbook NAME → Home shown (KDF timed apart)

Each also reports the process's peak resident memory (``peak_mib``).

Each run is a fresh interpreter, so imports are paid as a person starting the app pays them.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def _wait(app: object, condition: object) -> None:
    while not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Passphrase"))
    layout.addWidget(QLineEdit())
    window.resize(1120, 780)
    window.show()
    _wait(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    return {"seconds": time.perf_counter() - STARTED, "peak_mib": _peak_mib()}


def _peak_mib() -> float:
    """This program's peak resident memory.

    Linux's VmHWM belongs to this program alone; ``ru_maxrss`` survives exec, so in a
    child of pytest it would report pytest's own size whenever that is larger.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def app() -> dict[str, float]:
    from workbook.ui.shell.app import create_application
    from workbook.ui.shell.display_check import display_problem
    from workbook.ui.shell.main_window import MainWindow

    assert display_problem() is None  # run_app checks the display first: its cost counts
    qapp = create_application()
    window = MainWindow()
    window.start()  # as run_app does
    window.show()
    page = window.start_screen.unlock
    _wait(
        qapp,
        lambda: (
            window.start_screen.currentWidget() is page
            and page.passphrase.isVisible()
            and window.windowHandle().isExposed()
        ),
    )
    return {"seconds": time.perf_counter() - STARTED, "peak_mib": _peak_mib()}


def home(name: str, passphrase: str) -> dict[str, float]:
    from workbook.core.store import list_workbooks, open_workbook
    from workbook.core.store.keys import kdf
    from workbook.ui.shell.app import create_application
    from workbook.ui.shell.main_window import MainWindow

    qapp = create_application()
    window = MainWindow()
    window.show()
    window.start()
    _wait(qapp, lambda: window.service._program is not None)
    derive = kdf.derive_key
    kdf_seconds = 0.0

    def timed_derive(*args: object, **kwargs: object) -> bytes:
        nonlocal kdf_seconds
        began = time.perf_counter()
        try:
            return derive(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            kdf_seconds += time.perf_counter() - began

    kdf.derive_key = timed_derive  # type: ignore[assignment]
    from workbook.core.store.keys import envelope

    if hasattr(envelope, "derive_key"):
        envelope.derive_key = timed_derive  # type: ignore[attr-defined]
    began = time.perf_counter()
    workbook = open_workbook(next(w.path for w in list_workbooks() if w.name == name), passphrase)
    opened = time.perf_counter()
    window.start_screen.unlocked.emit(workbook)
    home_screen = window.workspace.screen_for("home")
    _wait(qapp, lambda: home_screen.isVisible())
    shown = time.perf_counter()
    window.go("progress")
    window.go("program")
    qapp.processEvents()
    # Read before counting entries below: loading all of them is this probe's doing, not the app's.
    peak_mib = _peak_mib()
    return {
        "open_seconds": opened - began - kdf_seconds,
        "kdf_seconds": kdf_seconds,
        "home_seconds": shown - opened,
        "unlock_to_home_seconds": shown - began - kdf_seconds,
        "entries": float(len(workbook.entries(status="complete"))),
        "peak_mib": peak_mib,
    }


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    result = {"bare": bare, "app": app, "home": home}[mode](*rest)
    print(json.dumps(result), flush=True)
    sys.stdout.flush()
    import os

    os._exit(0)  # skip teardown: only the timing matters here
