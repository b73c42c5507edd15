"""Walk every screen, module page, results view and dialog of the real app at one size,
text size and colour scheme, and print what does not fit (one JSON list on the last line).

Run by ``test_layout_fit.py`` in its own process, because the screen size is fixed when
Qt starts: ``QT_QPA_PLATFORM=offscreen:configfile=...`` gives it a 1024x700 or 1366x768
screen. Not a test by itself.

    python tests/ui/layout/layout_walk.py WIDTH HEIGHT SCALE light|dark
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [
    str(HERE),
    str(ROOT / "tests" / "ui"),
    str(ROOT / "tests" / "modules"),
    str(ROOT / "tools"),
]

import layout_probe as probe  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

SHOTS = os.environ.get("LAYOUT_SHOTS", "")
#: Tab presses per screen at most (every stop is checked for being in view)
TAB_LIMIT = 60


class Walk:
    def __init__(self, app: QApplication, scheme: str) -> None:
        self.app = app
        self.scheme = scheme
        self.problems: list[str] = []
        self.seen: set[str] = set()
        self.seen_shots: list[str] = []
        #: focus stops checked (in view, ringed, not a page): a walk that checks none proves nothing
        self.focus_stops = 0

    def settle(self, rounds: int = 4) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def wait_until(self, condition: Callable[[], bool], rounds: int = 20000) -> None:
        for _ in range(rounds):
            if condition():
                return
            self.app.processEvents()
            QTest.qWait(5)
        raise TimeoutError("the app did not get there")

    def note(self, where: str, found: list[str]) -> None:
        for text in found:
            key = f"{where}: {text}"
            if key not in self.seen:
                self.seen.add(key)
                self.problems.append(key)

    def check(self, where: str, root: QWidget) -> None:
        self.settle()
        if SHOTS:  # LAYOUT_SHOTS=folder: a picture of each state, to look at by eye
            name = "".join(c if c.isalnum() else "-" for c in where)
            root.grab().save(str(Path(SHOTS) / f"{len(self.seen_shots):03d}-{name}.png"))
            self.seen_shots.append(where)
        self.note(where, probe.cut_off(root))
        self.note(where, probe.squeezed_text(root))
        self.note(where, probe.sideways_scrolling(root))

    def check_focus(self, where: str) -> None:
        """The focused control is in view, ringed, and not a whole page."""
        self.settle(2)
        focused = QApplication.focusWidget()
        if focused is not None:
            self.focus_stops += 1
            from workbook.ui.widgets import theme

            problem = probe.focus_hidden(focused) or probe.focus_ring_missing(
                focused, theme.color("focus")
            )
            if problem:
                self.note(where, [problem])

    def tab_through(self, where: str, window: QWidget) -> None:
        """Press Tab from the window's start, checking each stop is scrolled into view."""
        window.activateWindow()
        window.setFocus()
        first = None
        for _ in range(TAB_LIMIT):
            current = QApplication.focusWidget() or window
            QTest.keyClick(current, Qt.Key.Key_Tab)
            self.check_focus(where + " (Tab)")
            after = QApplication.focusWidget()
            if after is first:
                break
            first = first or after

    def tab_within(self, where: str, area: QWidget, start: QWidget) -> None:
        """Tab from ``start`` through the controls inside ``area`` (a module page), checking
        each stop, until focus leaves the area or comes back round."""
        start.setFocus(Qt.FocusReason.TabFocusReason)
        self.check_focus(where + " (Tab)")
        seen: set[int] = set()
        for _ in range(TAB_LIMIT):
            current = QApplication.focusWidget()
            if current is None or not area.isAncestorOf(current) or id(current) in seen:
                break
            seen.add(id(current))
            QTest.keyClick(current, Qt.Key.Key_Tab)
            self.check_focus(where + " (Tab)")


def main() -> int:
    width, height, scale, scheme = (
        int(sys.argv[1]),
        int(sys.argv[2]),
        float(sys.argv[3]),
        sys.argv[4],
    )
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "does not support" not in message:
            warnings.append(message)

    qInstallMessageHandler(on_message)
    from workbook.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    # A problem in the walk is reported and the walk goes on: the crash dialog would wait
    # for a click that never comes.
    errors: list[str] = []

    def on_error(kind: type[BaseException], error: BaseException, _tb: Any) -> None:
        import traceback

        errors.append("".join(traceback.format_exception(kind, error, _tb))[-1500:])

    sys.excepthook = on_error
    QSettings().setValue("appearance/text_scale", scale)
    QSettings().setValue("appearance/color_scheme", scheme)
    from workbook.ui.widgets import theme

    theme.apply_theme(app)
    walk = Walk(app, scheme)
    screen = app.primaryScreen().availableGeometry()
    try:
        run(walk, width, height)
    finally:
        walk.note("Qt", [f"Qt warned: {w}" for w in warnings])
        walk.note("Python", [f"an error during the walk: {e}" for e in errors])
        report = {"screen": [screen.width(), screen.height()], "problems": walk.problems}
        print(json.dumps({**report, "focus_stops": walk.focus_stops}))
    return 0


def run(walk: Walk, width: int, height: int) -> None:
    from e2e_driver import PASSPHRASE

    from workbook.ui.shell.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.start()
    available = window.screen().availableGeometry()
    # the window as the app opens it by itself (no saved size): it must fit the screen
    walk.note("window", [p for p in [probe.larger_than(window, available)] if p])
    # then filling the screen, as a person on a small laptop keeps it
    window.setGeometry(available)
    walk.wait_until(lambda: window.service._program is not None)

    start = window.start_screen
    walk.check("welcome", window)
    start.welcome.create_button.click()
    walk.check("create a workbook", window)
    walk.tab_through("create a workbook", window)
    start.create_page.name_edit.setText("My workbook")
    start.create_page.passphrase.first.setText(PASSPHRASE)
    start.create_page.passphrase.second.setText(PASSPHRASE)
    start.create_page.create_button.click()
    walk.wait_until(lambda: start.currentWidget() is start.recovery)
    walk.check("recovery key", window)
    pending = start._pending
    from sample_data import fill

    fill(pending, window.service.program, days=29)
    start.recovery.kept.setChecked(True)
    start.recovery.continue_button.click()
    walk.wait_until(lambda: window.service.is_open)

    walk_screens(walk, window)
    walk_modules(walk, window)
    walk_results(walk, window)
    walk_dialogs(walk, window)
    switch_scheme(walk, window)
    window.lock()
    walk.check("locked", window)
    window.service.pool.waitForDone()
    window.close()


def walk_screens(walk: Walk, window: Any) -> None:
    for key in ("home", "program", "progress", "goals", "settings"):
        window.go(key)
        walk.check(key, window)
        walk.tab_through(key, window)


def walk_modules(walk: Walk, window: Any) -> None:
    program = window.service.program
    screen = window.workspace.show_screen("program")
    for module in program.modules:
        screen.open_module(module.id)
        view = screen.content
        for index in range(len(view.pages)):
            view.session.page_index = index
            view._show_page(index, focus=False)
            where = f"{module.id} page {index + 1}"
            walk.check(where, window)
            start = first_tab_stop(view.page_scroll)
            if start is not None:  # the keyboard walk: Tab from the page's top to its end
                walk.tab_within(where, view.page_scroll, start)
        screen.show_overview()


def walk_results(walk: Walk, window: Any) -> None:
    from builtin_answers import phq9_answers

    service = window.service
    workbook = service.require()
    program = service.program
    screen = window.workspace.show_screen("program")
    from workbook.core.usecases.entries import start_and_finish

    # a risk flag: the longest results screen (crisis lines inside)
    start_and_finish(program, workbook, program.module("phq9"), phq9_answers(22, item9=2))
    for module in program.modules:
        done = workbook.entries(module.id, status="complete")
        if done:
            entry = done[0]
        else:
            entry = workbook.complete_entry(workbook.start_entry(module).id, {}, None)
        screen.show_results(module, entry.id)
        walk.check(f"{module.id} results", window)
        if len(done) >= 2:
            screen.show_history(module)
            walk.check(f"{module.id} past entries", window)
            screen.compare(module, done[1].id, done[0].id)
            walk.check(f"{module.id} comparison", window)
    screen.show_overview()


def first_tab_stop(area: QWidget) -> QWidget | None:
    """The first control inside ``area`` that Tab stops on (a question, a link, a button)."""
    widget = area.nextInFocusChain()
    for _ in range(2000):
        if widget is area:
            return None
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if area.isAncestorOf(widget) and takes_tab and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


def switch_scheme(walk: Walk, window: Any) -> None:
    """Light to dark and back while everything is built: no style may keep old colours."""
    from dataclasses import asdict

    from workbook.ui.widgets import theme

    window.open_module("thought-record")  # scales, help lines, tables, a finished entry
    window.go("home")
    for _ in range(2):
        before = {k: v for k, v in asdict(theme.palette()).items() if isinstance(v, str)}
        other = "light" if theme.palette().dark else "dark"
        theme.set_color_scheme_preference(other)
        walk.settle()
        after = {k: v for k, v in asdict(theme.palette()).items() if isinstance(v, str)}
        walk.note(f"switched to {other}", probe.stale_colours(window, before, after))


def walk_dialogs(walk: Walk, window: Any) -> None:
    from workbook.ui.goals.review_dialog import GoalReviewDialog
    from workbook.ui.printing.chooser import PrintChooser
    from workbook.ui.printing.export_dialog import ExportDialog
    from workbook.ui.printing.preview import PrintPreviewDialog
    from workbook.ui.printing.report_dialog import ReportDialog
    from workbook.ui.safety.panel import SafetyPanel
    from workbook.ui.settings.passphrase_dialog import ChangePassphraseDialog
    from workbook.ui.shell.about import AboutDialog
    from workbook.ui.widgets.dialogs import ProblemDialog

    service = window.service
    program = service.program

    def make_pdf() -> bytes:
        from workbook.core.printing import worksheet_pdf

        return worksheet_pdf(program.module("phq9"), program.title, "blank", None)

    def loaded(panel: SafetyPanel) -> SafetyPanel:
        panel.load()
        return panel

    goals = service.require().goals()
    makers: list[tuple[str, Callable[[], QDialog]]] = [
        ("Need help now", lambda: loaded(SafetyPanel(service, window))),
        ("About", lambda: AboutDialog(window)),
        ("Export", lambda: ExportDialog(service, window)),
        ("Report", lambda: ReportDialog(service, window)),
        ("Change passphrase", lambda: ChangePassphraseDialog(service, window)),
        ("Print chooser", lambda: PrintChooser(service, None, window)),
        ("Print preview", lambda: PrintPreviewDialog(make_pdf, "phq9.pdf", window)),
        (
            "Problem",
            lambda: ProblemDialog(
                window,
                "Workbook couldn't save your latest answers just now.",
                "They are still here on screen. Check there is free disk space.",
            ),
        ),
    ]
    if goals:
        makers.append(("Goal review", lambda: GoalReviewDialog(goals[0], window)))
    available = window.screen().availableGeometry()
    for name, make in makers:
        dialog = make()
        dialog.show()
        if isinstance(dialog, PrintPreviewDialog):  # the pages, not "Preparing the PDF…"
            walk.wait_until(lambda d=dialog: d.pdf_bytes is not None)
        walk.settle(8)
        walk.note(name, [p for p in [probe.larger_than(dialog, available)] if p])
        walk.check(name, dialog)
        walk.tab_through(name, dialog)
        dialog.reject()
        dialog.deleteLater()
        walk.settle()


if __name__ == "__main__":
    sys.exit(main())
