"""Home: where I am in the program, what to do next, today's check-in, goals due, recent results."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.core.usecases.checkin import Ratings, checkin_module, quick_checkin
from workbook.core.usecases.home import home_summary
from workbook.core.wording.dates import date_in_words
from workbook.ui.home.cards import (
    FromClinicianCard,
    GoalsDueCard,
    NextStepsCard,
    NoticeCard,
    RecentResultsCard,
    StagesCard,
)
from workbook.ui.home.checkin import CheckinCard
from workbook.ui.operation import WriteOp
from workbook.ui.widgets import theme
from workbook.ui.widgets.page_keys import not_a_tab_stop

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Entry, Workbook
    from workbook.core.usecases import Done
    from workbook.ui.service import WorkbookService


#: the Home page's width (px at 100 % text) from which its cards sit in two columns
TWO_COLUMNS_FROM = 860


def greeting(now: datetime) -> str:
    if now.hour < 12:
        return QCoreApplication.translate("HomeView", "Good morning")
    if now.hour < 18:
        return QCoreApplication.translate("HomeView", "Good afternoon")
    return QCoreApplication.translate("HomeView", "Good evening")


class HomeScreen(QScrollArea):
    """Built from the open workbook on every ``refresh()``; holds nothing after ``clear_content``."""

    def __init__(self, service: WorkbookService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("HomeScreen", "Home"))
        not_a_tab_stop(self)  # Tab goes to the cards' buttons, never rings the whole page
        host = QWidget()
        outer = QHBoxLayout(host)
        outer.setContentsMargins(28, 24, 28, 28)
        column = QWidget()
        column.setMaximumWidth(1100)
        outer.addWidget(column)
        self.setWidget(host)

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.heading = QLabel(QCoreApplication.translate("HomeScreen", "Home"))
        theme.set_role(self.heading, "title")
        layout.addWidget(self.heading)
        self.subheading = QLabel()
        theme.set_role(self.subheading, "muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)

        self.notices = QVBoxLayout()
        self.notices.setSpacing(8)
        layout.addLayout(self.notices)

        self.from_clinician = FromClinicianCard(self._open_module)
        self.next_steps = NextStepsCard(self._open_module)
        self.checkin = CheckinCard(checkin_module(service.program))
        self.checkin.save_requested.connect(self._save_checkin)
        self.stages = StagesCard()
        self.goals = GoalsDueCard(lambda: service.request_screen("goals"))
        self.results = RecentResultsCard(self._open_module)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.from_clinician)
        left.addWidget(self.next_steps)
        left.addWidget(self.checkin)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.stages)
        right.addWidget(self.goals)
        right.addWidget(self.results)
        right.addStretch(1)
        self._grid, self._left, self._right = grid, left, right
        self._columns = 0
        self._arrange(2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    # ---- one column or two ------------------------------------------------------------
    def _arrange(self, columns: int) -> None:
        """Cards side by side on a wide window, one under the other on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        self._grid.removeItem(self._left)
        self._grid.removeItem(self._right)
        self._grid.addLayout(self._left, 0, 0)
        if columns == 2:
            self._grid.addLayout(self._right, 0, 1)
        else:
            self._grid.addLayout(self._right, 1, 0)
        self._grid.setColumnStretch(0, 11)
        self._grid.setColumnStretch(1, 10 if columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Two columns need about 860 px at normal text size, and more as the text grows.
        wide = self.viewport().width() >= TWO_COLUMNS_FROM * theme.text_scale()
        self._arrange(2 if wide else 1)
        super().resizeEvent(event)

    # ---- screen protocol ----------------------------------------------------------------
    def refresh(self) -> None:
        if not self.service.is_open:
            return
        program = self.service.program
        now = datetime.now()
        today = now.date()
        self.heading.setText(f"{greeting(now)}")
        self.subheading.setText(
            f"{date_in_words(today, weekday='long', year=False)} · {program.title}"
        )
        self._show_notices()
        summary = home_summary(program, self.service.require(), self.service.context(), today)
        self.from_clinician.show_steps(summary.from_clinician)
        self.next_steps.show_steps(summary.next_steps)
        self.stages.show_stages(summary.stages)
        self.goals.show_goals(summary.goals_due, summary.active_goals)
        self.results.show_results(summary.recent_results)
        if not self.checkin.problem.showing:  # a failed check-in keeps its sliders and note
            self.checkin.show_today(summary.todays_checkin)

    def flush(self) -> None:
        """Nothing waits to be saved here: a check-in is written when the person presses Save."""

    def resume_state(self) -> object:
        """No place on this screen to come back to but the screen itself."""
        return None

    def resume(self, state: object) -> None:
        """Showing the screen is enough (see ``resume_state``)."""

    def clear_content(self) -> None:
        self.checkin.clear_content()
        for card in (self.next_steps, self.stages, self.goals, self.results):
            card.clear_rows()
        self._clear_notices()
        self.subheading.setText("")

    # ---- actions ------------------------------------------------------------------------
    def _save_checkin(
        self,
        mood: int | None,
        anxiety: int | None,
        sleep: int | None,
        energy: int | None,
        note: str,
    ) -> None:
        ratings = Ratings(mood, anxiety, sleep, energy, note)
        day = date.today()
        context = self.service.context()

        def save(program: Program, workbook: Workbook) -> Done[Entry | None]:
            return quick_checkin(program, workbook, day, ratings, context)

        WriteOp(
            self.service,
            save,
            what=QCoreApplication.translate("HomeScreen", "today's check-in"),
            shown_in=self.checkin.problem,
            key="home:checkin",
        ).success(lambda _entry: self.refresh()).run()

    def _open_module(self, module_id: str, entry_id: str | None) -> None:
        self.service.request_module(module_id, entry_id)

    # ---- helpers ------------------------------------------------------------------------
    def _show_notices(self) -> None:
        self._clear_notices()
        for notice in list(self.service.notices):
            self.notices.addWidget(NoticeCard(notice, partial(self._dismiss, notice)))

    def _dismiss(self, notice: str) -> None:
        if notice in self.service.notices:
            self.service.notices.remove(notice)
        self._show_notices()

    def _clear_notices(self) -> None:
        while self.notices.count():
            item = self.notices.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
