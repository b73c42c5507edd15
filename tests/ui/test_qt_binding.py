"""The Qt binding Workbook is installed with must survive a long session of ordinary calls."""

import subprocess
import sys

LONG_SESSION = """
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
label = QtWidgets.QLabel()
for _ in range(200_000):
    label.setText("x")  # returns nothing: PySide6 6.12.0 dropped a reference to None here
print("still running")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_app() -> None:
    """Typing for an hour makes hundreds of thousands of Qt calls; none may crash the app
    (PySide6 6.12.0 aborted Python 3.11 with "deallocating None" after a few thousand)."""
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still running" in done.stdout
