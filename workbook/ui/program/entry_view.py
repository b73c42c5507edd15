"""Working through a module: the current page, Back/Next with "Page 2 of 5", checks and Finish.

Every page is built once when the entry opens (modules are short), so answers on
other pages, conditional questions and checks all work from the same widgets;
only the current page is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Module
from workbook.core.wording.dates import date_in_words
from workbook.ui.fields import FieldWidget
from workbook.ui.program.header import ModuleHeader
from workbook.ui.program.page_view import PageView
from workbook.ui.program.session import EntrySession
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import framed_scroll

if TYPE_CHECKING:
    from workbook.core.store import Entry
    from workbook.ui.screen_host import ScreenHost

_CONTENT_MAX_WIDTH = 820
PREVIEW_FINISHED = QT_TRANSLATE_NOOP(
    "ProgramEntryView",
    "Every answer checks out: a client would now see their results. Nothing was stored.",
)


class EntryView(QWidget):
    """One entry of one module, editable or read-only."""

    finished = Signal(str)  # entry id
    history_requested = Signal()
    print_requested = Signal(str)
    edit_requested = Signal(str)  # entry id of a read-only entry to edit

    def __init__(
        self,
        service: ScreenHost,
        module: Module,
        entry: Entry | None = None,
        *,
        read_only: bool = False,
        preview: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``preview``: an author's live preview, where nothing typed is ever stored."""
        super().__init__(parent)
        self.module = module
        self.problem = SaveProblem(self)
        self.session = EntrySession(
            service,
            module,
            entry,
            read_only=read_only,
            problem=self.problem,
            parent=self,
            preview=preview,
        )
        self.session.saved.connect(self._saved)
        self.session.save_failed.connect(self._save_failed)
        self.session.finished.connect(self.finished)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.page_scroll = framed_scroll(
            QCoreApplication.translate("EntryView", "{title}, page").format(title=module.title),
            self,
        )
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.page_scroll, 1)

        holder = QWidget()
        holder_row = QHBoxLayout(holder)
        holder_row.setContentsMargins(24, 24, 24, 28)  # narrow windows need the width
        body = QWidget(holder)
        body.setMaximumWidth(_CONTENT_MAX_WIDTH)
        holder_row.addStretch(1)
        holder_row.addWidget(body, 100)
        holder_row.addStretch(1)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)

        self.header = ModuleHeader(module, body)
        self.header.history_clicked.connect(self.history_requested)
        self.header.print_requested.connect(self.print_requested)
        self.header.edit_clicked.connect(self._edit_clicked)
        column.addWidget(self.header)

        self.status = QLabel(body)
        self.status.setWordWrap(True)
        theme.set_role(self.status, "muted")
        column.addWidget(self.status)

        self.banner = QLabel(body)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("problems-banner")
        theme.follow_style(
            self.banner,
            lambda p: (
                f"QLabel#problems-banner {{ background: {p.danger_soft}; color: {p.text};"
                f" border-{theme.start_edge()}: 5px solid {p.danger}; border-radius: 6px;"
                " padding: 10px 14px; }"
            ),
        )
        self.banner.hide()
        column.addWidget(self.banner)

        rule = QFrame(body)
        rule.setFrameShape(QFrame.Shape.HLine)
        theme.follow_style(
            rule,
            lambda p: f"color: {p.border};",
        )
        column.addWidget(rule)

        self.pages: list[PageView] = []
        for page in module.pages:
            view = PageView(module, page, service, body)
            view.hide()
            column.addWidget(view)
            self.pages.append(view)
        column.addStretch(1)
        self.page_scroll.setWidget(holder)

        # outside the scrolling page, just above Back/Next/Finish: seen wherever the person is
        problem_row = QHBoxLayout()
        problem_row.setContentsMargins(36, 8, 36, 0)
        problem_row.addWidget(self.problem)
        outer.addLayout(problem_row)
        outer.addWidget(self._nav_bar())
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a page is only ever built inside the app
        app.focusChanged.connect(self._focus_moved)
        self._load_answers()
        self._apply_mode()
        self._show_page(self.session.page_index, focus=False)

    # -- building ---------------------------------------------------------------------------
    def _nav_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("module-nav")
        theme.follow_style(
            bar,
            lambda p: (
                f"QFrame#module-nav {{ background: {p.window}; border-top: 1px solid {p.border}; }}"
            ),
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(12)
        self.back_button = QPushButton(QCoreApplication.translate("EntryView", "Back"), bar)
        self.back_button.clicked.connect(self.back)
        self.page_label = QLabel(bar)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(QCoreApplication.translate("EntryView", "Next"), bar)
        self.next_button.clicked.connect(self.next)
        self.finish_button = QPushButton(QCoreApplication.translate("EntryView", "Finish"), bar)
        self.finish_button.clicked.connect(self.finish)
        theme.set_role(self.next_button, "primary")
        theme.set_role(self.finish_button, "primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.page_label)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.finish_button)
        return bar

    def _load_answers(self) -> None:
        for view in self.pages:
            for field_id, widget in view.fields.items():
                widget.set_value(self.session.answers.get(field_id))
                # the answer goes straight to the session (one hop); the page only updates
                # what shows and clears an old problem mark
                widget.changed.connect(
                    lambda fid=field_id, w=widget: self.session.set_answer(fid, w.value())
                )
                widget.changed.connect(lambda w=widget: self._field_changed(w))
        self._update_visibility()

    def _apply_mode(self) -> None:
        read_only = self.session.read_only
        for view in self.pages:
            view.set_read_only(read_only)
        entry = self.session.entry
        self.header.edit_button.setVisible(read_only and entry is not None)
        self.header.set_filled_printable(entry is not None)
        if read_only and entry is not None:
            when = entry.completed_at or entry.updated_at
            self.status.setText(
                QCoreApplication.translate(
                    "EntryView",
                    "Finished {date_in_words}. You are looking at your answers; choose “Edit these answers” to change them.",
                ).format(date_in_words=date_in_words(when))
                if entry.is_complete
                else QCoreApplication.translate("EntryView", "You are looking at a draft.")
            )
        elif self.session.preview:
            from workbook.core.authoring.preview import PREVIEW_NOTE

            self.status.setText(PREVIEW_NOTE)
            # no past entries to list; the preview window shows the printed worksheet itself
            self.header.history_button.hide()
            self.header.print_button.hide()
        elif self.session.revising:
            self.status.setText(
                QCoreApplication.translate(
                    "EntryView", "You are changing a finished entry. Your earlier answers are kept."
                )
            )
        else:
            self.status.setText(
                QCoreApplication.translate("EntryView", "Your answers are saved as you go.")
            )
        self.finish_button.setText(
            QCoreApplication.translate("EntryView", "Save changes")
            if self.session.revising
            else QCoreApplication.translate("EntryView", "Finish")
        )

    # -- fields ----------------------------------------------------------------------------
    def field_widget(self, field_id: str) -> FieldWidget | None:
        for view in self.pages:
            if field_id in view.fields:
                return view.fields[field_id]
        return None

    def _field_changed(self, widget: FieldWidget) -> None:
        if widget.error():
            widget.set_error(None)
        self._update_visibility()
        self._show_progress()

    def _update_visibility(self) -> None:
        visible = self.session.visible_ids()
        for view in self.pages:
            view.show_fields(visible)

    def fill_answers(self, answers: Mapping[str, Any]) -> None:
        """Show answers as if typed (the preview carries them over a reload of the file)."""
        for field_id, value in answers.items():
            widget = self.field_widget(field_id)
            if widget is not None:
                widget.set_value(value)
                self.session.set_answer(field_id, widget.value())
        self._update_visibility()
        self._show_progress()

    # -- moving ------------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.session.page_index

    def open_page(self, index: int) -> None:
        """Show page ``index`` without checking this page's answers first."""
        self.session.go_to_page(index)
        self._show_page(self.session.page_index, focus=False)

    def _show_page(self, index: int, *, focus: bool = True) -> None:
        for i, view in enumerate(self.pages):
            view.setVisible(i == index)
        count = self.session.page_count
        self.header.set_compact(index > 0)
        self._show_progress()
        last = index >= count - 1
        read_only = self.session.read_only
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last and not read_only)
        self.banner.hide()
        self.page_scroll.verticalScrollBar().setValue(0)
        if focus:
            title = self.pages[index].page.title if self.pages else None
            announce(self, f"{self.page_label.text()}{': ' + title if title else ''}")
            first = self.pages[index].first_focusable() if self.pages else None
            if isinstance(first, FieldWidget):
                first.focus_editor()
            else:
                (self.next_button if not last else self.back_button).setFocus()

    # -- where am I ---------------------------------------------------------------------------
    def _questions_on_page(self) -> list[FieldWidget]:
        """The questions shown on this page (a questionnaire page counts them)."""
        if not self.pages:
            return []
        view = self.pages[self.session.page_index]
        return [w for w in view.fields.values() if not w.isHidden()]

    def _show_progress(self) -> None:
        """ "Page 2 of 2 · Question 3 of 9" on a questionnaire page: the question being
        answered (the focused one, else the first unanswered), so the end is in sight."""
        text = QCoreApplication.translate("EntryView", "Page {page} of {page_count}").format(
            page=self.session.page_index + 1, page_count=self.session.page_count
        )
        questions = self._questions_on_page() if self.module.is_scored else []
        if len(questions) > 1:
            focus = QApplication.focusWidget()
            current = next(
                (i for i, w in enumerate(questions) if focus is not None and w.isAncestorOf(focus)),
                None,
            )
            if current is None:
                current = next((i for i, w in enumerate(questions) if w.value() is None), None)
            count = len(questions)
            if current is None:
                text += QCoreApplication.translate(
                    "EntryView", " · All %n questions answered", None, count
                )
            else:
                text += QCoreApplication.translate(
                    "EntryView", " · Question {number} of {count}"
                ).format(number=current + 1, count=len(questions))
        if self.page_label.text() != text:
            self.page_label.setText(text)
            self.page_label.setAccessibleName(text)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self.isAncestorOf(now):
            self._show_progress()

    def next(self) -> None:
        index = self.session.page_index
        if not self.session.read_only and not self._check(self.session.problems(index)):
            return
        self.session.go_to_page(index + 1)
        self._show_page(self.session.page_index)

    def back(self) -> None:
        self.session.go_to_page(self.session.page_index - 1)
        self._show_page(self.session.page_index)

    def finish(self) -> bool:
        """Check every visible answer, then complete the entry. False if something needs a look."""
        if self.session.read_only:
            return False
        problems = self.session.problems(None)
        if problems:
            page = self.session.first_page_with(problems[0].field_id)
            if page != self.session.page_index:
                self.session.go_to_page(page)
                self._show_page(page, focus=False)
            self._check([p for p in problems if self.session.first_page_with(p.field_id) == page])
            return False
        if self.session.preview:
            self.status.setText(QCoreApplication.translate("ProgramEntryView", PREVIEW_FINISHED))
            return self.session.finish()
        # ``finished`` is emitted through the session once the store has the entry
        return self.session.finish()

    def _check(self, problems: list[Any]) -> bool:
        """Show problems under their questions, announce them and focus the first."""
        for view in self.pages:
            for shown in view.fields.values():
                shown.set_error(None)
        if not problems:
            self.banner.hide()
            return True
        first: FieldWidget | None = None
        for problem in problems:
            widget = self.field_widget(problem.field_id)
            if widget is None:
                continue
            widget.set_error(problem.message)
            first = first or widget
        count = len(problems)
        text = QCoreApplication.translate(
            "EntryView", "%n answer(s) on this page need a look before you go on.", None, count
        )
        self.banner.setText(text)
        self.banner.show()
        announce(self.banner, f"{text} {problems[0].message}")
        if first is not None:
            first.focus_editor()
            self.page_scroll.ensureWidgetVisible(first, 0, 60)
        return False

    def _edit_clicked(self) -> None:
        if self.session.entry is not None:
            self.edit_requested.emit(self.session.entry.id)

    # -- saving ------------------------------------------------------------------------------
    def _saved(self, _entry_id: str) -> None:
        stamp = QTime.currentTime().toString("HH:mm")
        self.status.setText(
            QCoreApplication.translate("EntryView", "Changes saved at {stamp}.").format(stamp=stamp)
            if self.session.revising
            else QCoreApplication.translate("EntryView", "Draft saved at {stamp}.").format(
                stamp=stamp
            )
        )
        theme.set_role(self.status, "muted")

    def _save_failed(self, _message: str, _advice: str) -> None:
        """The problem bar says why and offers Try again; the status line stops promising."""
        self.status.setText(
            QCoreApplication.translate("EntryView", "Not saved yet. Your answers are still here.")
        )
        theme.set_role(self.status, "error")  # the shared sheet follows light/dark

    def flush(self) -> bool:
        """Save what is on screen now (leaving the module, locking)."""
        return self.session.flush()

    def clear_content(self) -> None:
        """Forget every answer on screen and in memory (after ``flush``, on lock)."""
        for view in self.pages:
            view.clear()
        self.session.discard()


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to say ``message`` now (polite: after what they are reading)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
