"""Subprocess for the end-to-end crash test (not a test): unlock, type on page 2, keep typing.

Prints "saved" once the autosave has written the draft, then goes on typing until it
is killed — the test's SIGKILL lands mid-page, as a power cut or a crash would.
"""

from __future__ import annotations

import sys

from e2e_driver import answer, go_to_page_with, open_module, unlock
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workbook.ui.shell.app import configure_application
from workbook.ui.shell.main_window import MainWindow


def main(passphrase: str) -> None:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    window = MainWindow()
    window.show()
    window.start()

    def wait_until(condition: object) -> None:
        while not condition():  # type: ignore[operator]
            app.processEvents()

    wait_until(lambda: window.start_screen.currentWidget() is window.start_screen.unlock)
    unlock(window, wait_until, passphrase)
    view = open_module(window, "thought-record")
    go_to_page_with(view, "noticed")
    timer = QTimer()
    timer.timeout.connect(lambda: answer(view, "next_time", "x"))

    def saved(_entry_id: str) -> None:
        if not timer.isActive():
            print("saved", flush=True)
            timer.start(100)  # still typing on this page when the kill comes

    view.session.saved.connect(saved)
    answer(view, "noticed", "I noticed my chest getting tight")
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
