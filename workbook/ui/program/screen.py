"""The Program screen: the outline of stages and modules, and the module being worked on.

It decides which entry a module opens on (a draft resumes where it was left; a
finished one-off module shows its answers; otherwise a fresh entry), and moves
between the page, results, past entries and comparisons.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.language.model import Module
from workbook.core.schedule import schedule_words
from workbook.ui.program.compare_view import CompareView
from workbook.ui.program.entry_view import EntryView
from workbook.ui.program.history_view import HistoryView
from workbook.ui.program.outline import ProgramOutline
from workbook.ui.program.results_view import ResultsView
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

#: window width (px at 100 % text) below which the module list folds away into a drawer
DRAWER_BELOW = 1200
#: the module list's width (px at 100 % text)
OUTLINE_WIDTH = 260


def has_results_view(module: Module) -> bool:
    """A finished entry of this module reopens on its results (scores) or, for a plan, on
    the plan itself; other modules reopen on the answers, from the first page."""
    from workbook.core.plans import PLAN_MODULE_IDS

    return module.is_scored or module.id in PLAN_MODULE_IDS


class ModuleScreen(QWidget):
    """``open_module(module_id, entry_id=None, read_only=False)``; emits ``finished(entry_id)``."""

    finished = Signal(str)

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.module: Module | None = None
        self.content: QWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.outline = ProgramOutline(self)
        self.outline.setFixedWidth(OUTLINE_WIDTH)
        self.outline.module_chosen.connect(lambda module_id: self.open_module(module_id))
        layout.addWidget(self.outline)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        layout.addLayout(right, 1)
        # On a narrow window the module list is a drawer: hidden while a module is open,
        # back with one button (or Ctrl+2 twice), so the page gets the width.
        self.drawer_button = QToolButton(self)
        self.drawer_button.setText(QCoreApplication.translate("ModuleScreen", "Modules"))
        self.drawer_button.setIcon(theme.icon("program"))
        self.drawer_button.setIconSize(QSize(theme.icon_px(18), theme.icon_px(18)))
        self.drawer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.drawer_button.setCheckable(True)
        self.drawer_button.setAccessibleName(
            QCoreApplication.translate("ModuleScreen", "Show the list of modules")
        )
        self.drawer_button.toggled.connect(self.outline.setVisible)
        theme.when_restyled(self.drawer_button, self._restyled)
        drawer_row = QHBoxLayout()
        drawer_row.setContentsMargins(12, 8, 12, 0)
        drawer_row.addWidget(self.drawer_button)
        drawer_row.addStretch(1)
        self.drawer_bar = QWidget(self)
        self.drawer_bar.setLayout(drawer_row)
        right.addWidget(self.drawer_bar)
        self.stack = QStackedWidget(self)
        right.addWidget(self.stack, 1)
        self.narrow = False
        self.drawer_bar.hide()
        self.overview = self._overview()
        self.stack.addWidget(self.overview)
        self.outline.build(service.program)
        self.refresh()

    # -- the module list as a drawer on narrow windows ----------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_outline()

    def _restyled(self) -> None:
        self.drawer_button.setIcon(theme.icon("program"))
        self.drawer_button.setIconSize(QSize(theme.icon_px(18), theme.icon_px(18)))
        self._fit_outline()

    def _fit_outline(self) -> None:
        # Wider with larger text, so a module's name keeps to a line or two, but never
        # more than two fifths of the screen, which the page beside it needs.
        room = max(OUTLINE_WIDTH, self.width() * 2 // 5)
        self.outline.setFixedWidth(min(theme.text_px(OUTLINE_WIDTH), room))
        narrow = self.window().width() < DRAWER_BELOW * theme.text_scale()
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self.drawer_bar.setVisible(narrow)
        self._show_outline(not narrow or self.content is None)

    def _show_outline(self, shown: bool) -> None:
        self.drawer_button.blockSignals(True)
        self.drawer_button.setChecked(shown)
        self.drawer_button.blockSignals(False)
        self.outline.setVisible(shown)

    def _overview(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(12)
        program = self.service.program
        title = QLabel(program.title, page)
        title.setWordWrap(True)
        theme.set_role(title, "title")  # size and weight from the shared sheet
        column.addWidget(title)
        if program.description:
            text = QLabel(program.description, page)
            text.setWordWrap(True)
            column.addWidget(text)
        hint = QLabel(
            QCoreApplication.translate(
                "ModuleScreen", "Choose a module from the list to start or carry on."
            ),
            page,
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        column.addWidget(hint)
        column.addSpacing(8)
        self.suggestions = QVBoxLayout()
        self.suggestions.setSpacing(10)
        column.addLayout(self.suggestions)
        column.addStretch(1)
        return page

    def _show_suggestions(self, found: list[Any]) -> None:
        """ "Suggested for you" cards on the overview: the module, why, and a button to open it."""
        while self.suggestions.count():
            item = self.suggestions.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        if not found:
            return
        heading = QLabel(
            QCoreApplication.translate("ModuleScreen", "Suggested for you"), self.overview
        )
        theme.set_role(heading, "subtitle")
        self.suggestions.addWidget(heading)
        for suggestion in found[:3]:
            card = QFrame(self.overview)
            theme.set_role(card, "card")
            row = QHBoxLayout(card)
            row.setContentsMargins(16, 12, 16, 12)
            text = QLabel(
                f"<b>{escape(suggestion.module.title)}</b><br>{escape(suggestion.reason)}", card
            )
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            row.addWidget(text, 1)
            button = QPushButton(QCoreApplication.translate("ModuleScreen", "Open"), card)
            button.setAccessibleName(
                QCoreApplication.translate("ModuleScreen", "Open {title}").format(
                    title=suggestion.module.title
                )
            )
            module_id = suggestion.module.id
            button.clicked.connect(lambda _c=False, m=module_id: self.open_module(m))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.suggestions.addWidget(card)

    # -- the screen contract ----------------------------------------------------------------
    def refresh(self) -> None:
        """Update module statuses; never rebuilds the page being worked on."""
        workbook = self.service.workbook
        if workbook is None:
            return
        try:
            progress = workbook.progress()
            found = self._recommendations()
        except Exception:  # a failing read must not take the screen down; statuses can wait
            return
        self.outline.set_status(progress, {r.module.id for r in found})
        self._show_suggestions(found)
        if isinstance(self.content, HistoryView):
            self.content.refresh()

    def _recommendations(self) -> list[Any]:
        from workbook.core.usecases.home import suggestions

        try:
            return suggestions(self.service.program, self.service.context())
        except Exception:  # suggestions are a help, never a reason for the screen to fail
            return []

    def flush(self) -> None:
        """Save the draft on screen now (before locking or leaving)."""
        if isinstance(self.content, EntryView):
            self.content.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        """Going to another screen counts as leaving the module: save the draft now."""
        if self.service.workbook is not None:
            self.flush()
        super().hideEvent(event)

    def clear_content(self) -> None:
        """Destroy every widget that shows the person's words (on lock)."""
        self._set_content(None, flush=False)
        self.module = None
        self.outline.select_module(None)

    # -- coming back after a lock --------------------------------------------------------------
    def resume_state(self) -> tuple[str, str, str] | None:
        """(what, module id, entry id) of what is on screen, for ``resume`` after unlocking."""
        content, module = self.content, self.module
        if module is None or content is None:
            return None
        if isinstance(content, EntryView):
            session = content.session
            entry_id = session.entry_id or ""
            if session.read_only:
                return ("answers", module.id, entry_id)
            return ("edit" if session.revising else "draft", module.id, entry_id)
        if isinstance(content, ResultsView):
            return ("results", module.id, content.entry.id)
        if isinstance(content, HistoryView):
            return ("history", module.id, "")
        return ("module", module.id, "")

    def resume(self, state: object) -> None:
        """Reopen what ``resume_state`` described; anything else is ignored."""
        if not (isinstance(state, tuple) and len(state) == 3):
            return
        what, module_id, entry_id = (str(part) for part in state)
        module = self.service.program.module(module_id)
        if module is None:
            return
        workbook = self.service.require()
        if what == "results":
            self.show_results(module, entry_id)
        elif what == "history":
            self.show_history(module)
        elif what == "answers" and entry_id:
            self._open_entry(module, workbook.entry(entry_id), read_only=True)
        elif what == "edit" and entry_id:
            self.edit_entry(module, entry_id)
        else:  # a draft (saved on lock) reopens where it was left
            self.open_module(module_id, entry_id or None)

    # -- opening ------------------------------------------------------------------------------
    def open_module(
        self, module_id: str, entry_id: str | None = None, read_only: bool = False
    ) -> None:
        module = self.service.program.module(module_id)
        if module is None:
            return
        workbook = self.service.require()
        if entry_id is not None:
            entry = workbook.entry(entry_id)
            if entry.is_complete and has_results_view(module):
                self.show_results(module, entry.id)  # score, band, meaning — not the last page
                return
            self._open_entry(module, entry, read_only=read_only or entry.is_complete)
            return
        drafts = workbook.entries(module_id, status="draft")
        if drafts:
            self._open_entry(module, drafts[0], read_only=read_only)
            return
        done = workbook.entries(module_id, status="complete")
        if done and not module.repeatable:
            if has_results_view(module):
                self.show_results(module, done[0].id)  # a finished plan opens on the plan
            else:
                self._open_entry(module, done[0], read_only=True)
            return
        self._open_entry(module, None, read_only=False)

    def _open_entry(self, module: Module, entry: Any, *, read_only: bool) -> None:
        view = EntryView(self.service, module, entry, read_only=read_only)
        view.finished.connect(lambda entry_id: self._finished(module, entry_id))
        view.history_requested.connect(lambda: self.show_history(module))
        view.print_requested.connect(lambda mode: self.print_module(module, mode))
        view.edit_requested.connect(lambda entry_id: self.edit_entry(module, entry_id))
        if not self._set_content(view):
            return
        self.module = module
        self.outline.select_module(module.id)
        view.header.history_button.setVisible(self._has_history(module))
        view.header.set_schedule(schedule_words(module, self.service.program))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _has_history(self, module: Module) -> bool:
        """ "Past entries" only once there is one to show (not for a repeatable module
        that was never finished)."""
        return bool(self.service.require().entries(module.id, status="complete"))

    def edit_entry(self, module: Module, entry_id: str) -> None:
        """Change a finished entry: saving makes a new revision, earlier answers are kept."""
        entry = self.service.require().entry(entry_id)
        self._open_entry(module, entry, read_only=False)

    def _finished(self, module: Module, entry_id: str) -> None:
        results = self.show_results(module, entry_id)
        self.refresh()
        self.finished.emit(entry_id)
        # after the results are on screen, so the panel opens over them
        QTimer.singleShot(0, results.open_safety_panel_if_needed)

    def show_results(self, module: Module, entry_id: str) -> ResultsView:
        entry = self.service.require().entry(entry_id)
        view = ResultsView(self.service, module, entry)
        view.show_answers.connect(
            lambda eid: self._open_entry(module, self.service.require().entry(eid), read_only=True)
        )
        view.edit_requested.connect(lambda eid: self.edit_entry(module, eid))
        view.history_requested.connect(lambda: self.show_history(module))
        view.print_requested.connect(lambda mode: self.print_module(module, mode, entry_id))
        view.open_module.connect(lambda mid, eid: self.open_module(mid, eid or None))
        view.done.connect(self.show_overview)
        if self._set_content(view):
            self.module = module
            self.outline.select_module(module.id)
        return view

    def show_history(self, module: Module) -> HistoryView:
        view = HistoryView(self.service, module)
        view.open_entry.connect(lambda eid: self.open_module(module.id, eid, read_only=True))
        view.edit_entry.connect(lambda eid: self.edit_entry(module, eid))
        view.compare_entries.connect(lambda a, b: self.compare(module, a, b))
        view.back.connect(lambda: self.open_module(module.id))
        self._set_content(view)
        return view

    def compare(self, module: Module, earlier_id: str, later_id: str) -> CompareView:
        workbook = self.service.require()
        view = CompareView(module, workbook.entry(earlier_id), workbook.entry(later_id))
        view.back.connect(lambda: self.show_history(module))
        self._set_content(view)
        return view

    def show_overview(self) -> None:
        if self._set_content(None):
            self.module = None
            self.outline.select_module(None)

    def _set_content(self, widget: QWidget | None, *, flush: bool = True) -> bool:
        """Show ``widget`` instead of what is there; False if the current draft can't be saved."""
        old = self.content
        if isinstance(old, EntryView):
            if flush and not old.flush():
                # the words could not be saved: stay on them (the page says why) rather
                # than destroy the only copy
                if widget is not None:
                    widget.deleteLater()
                self.outline.select_module(old.module.id)
                return False
            old.clear_content()
        if old is not None:
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.content = widget
        if widget is None:
            self.stack.setCurrentWidget(self.overview)
            if self.narrow:
                self._show_outline(True)  # the overview is where a module is chosen
            return True
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if self.narrow:
            self._show_outline(False)  # the page gets the width; the drawer button brings it back
        return True

    # -- printing -----------------------------------------------------------------------------
    def print_module(self, module: Module, mode: str, entry_id: str | None = None) -> None:
        """Open the print preview of this module's worksheet (blank, fillable or filled)."""
        entry = None
        if mode == "filled":
            if entry_id is None and isinstance(self.content, EntryView):
                self.content.flush()
                entry = self.content.session.entry
            elif entry_id is not None:
                entry = self.service.require().entry(entry_id)
            if entry is None:
                return
        program_title = self.service.program.title

        def make_pdf() -> bytes:
            from workbook.core.printing import worksheet_pdf
            from workbook.core.printing.worksheet import as_mode

            return worksheet_pdf(module, program_title, as_mode(mode), entry)

        from workbook.ui.printing.bridge import preview_pdf

        suffix = {"blank": "worksheet", "fillable": "fillable", "filled": "my-answers"}[mode]
        preview_pdf(make_pdf, f"{module.id}-{suffix}.pdf", self)
