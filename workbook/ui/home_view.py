"""Home: where I am in the program, what to do next, today's check-in, goals due, recent results."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.ui import home_model, theme
from workbook.ui.home_cards import (
    GoalsDueCard,
    NextStepsCard,
    NoticeCard,
    RecentResultsCard,
    StagesCard,
)
from workbook.ui.home_checkin import CheckinCard

if TYPE_CHECKING:
    from workbook.core.store import Entry
    from workbook.ui.service import WorkbookService


def greeting(now: datetime) -> str:
    if now.hour < 12:
        return "Good morning"
    if now.hour < 18:
        return "Good afternoon"
    return "Good evening"


class HomeScreen(QScrollArea):
    """Built from the open workbook on every ``refresh()``; holds nothing after ``clear_content``."""

    def __init__(self, service: WorkbookService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Home")
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
        self.heading = QLabel("Home")
        theme.set_role(self.heading, "title")
        layout.addWidget(self.heading)
        self.subheading = QLabel()
        theme.set_role(self.subheading, "muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)

        self.notices = QVBoxLayout()
        self.notices.setSpacing(8)
        layout.addLayout(self.notices)

        from workbook.ui.completion import checkin_module

        self.next_steps = NextStepsCard(self._open_module)
        self.checkin = CheckinCard(checkin_module(service))
        self.checkin.save_requested.connect(self._save_checkin)
        self.stages = StagesCard()
        self.goals = GoalsDueCard(lambda: service.request_screen("goals"))
        self.results = RecentResultsCard(self._open_module)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.next_steps)
        left.addWidget(self.checkin)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.stages)
        right.addWidget(self.goals)
        right.addWidget(self.results)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 10)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    # ---- screen protocol ----------------------------------------------------------------
    def refresh(self) -> None:
        if not self.service.is_open:
            return
        from workbook.core.scoring import recommendations

        workbook = self.service.require()
        program = self.service.program
        now = datetime.now()
        today = now.date()
        self.heading.setText(f"{greeting(now)}")
        self.subheading.setText(f"{today:%A %d %B} · {program.title}")
        self._show_notices()

        progress = workbook.progress()
        drafts = workbook.entries(status="draft")
        recommended = recommendations(program, self.service.context())
        self.next_steps.show_steps(home_model.next_steps(program, progress, drafts, recommended))
        self.stages.show_stages(home_model.stage_progress(program, progress))
        goals = workbook.goals()
        active = sum(1 for g in goals if g.status == "active")
        self.goals.show_goals(home_model.goals_due(goals, today), active)
        self.results.show_results(
            home_model.recent_results(
                program, self._scored(progress), limit=home_model.RECENT_RESULTS
            )
        )
        todays = workbook.checkins(today, today)
        self.checkin.show_today(todays[-1] if todays else None)

    def clear_content(self) -> None:
        self.checkin.clear_content()
        for card in (self.next_steps, self.stages, self.goals, self.results):
            card.clear_rows()
        self._clear_notices()
        self.subheading.setText("")

    # ---- actions ------------------------------------------------------------------------
    def _save_checkin(self, mood: int, anxiety: int, sleep: int, energy: int, note: str) -> None:
        from workbook.ui.dialogs import show_error

        try:
            self.service.save_checkin(date.today(), mood, anxiety, sleep, energy, note)
        except Exception as error:  # a failed save keeps the sliders and the note as they are
            show_error(self, error)
            return
        self.refresh()

    def _open_module(self, module_id: str, entry_id: str | None) -> None:
        self.service.request_module(module_id, entry_id)

    # ---- helpers ------------------------------------------------------------------------
    def _scored(self, progress: dict[str, object]) -> dict[str, list[Entry]]:
        """Completed entries of scored modules only (not years of daily check-ins)."""
        workbook = self.service.require()
        found: dict[str, list[Entry]] = {}
        for module in self.service.program.modules:
            if module.scores and module.id in progress:
                found[module.id] = workbook.entries(
                    module.id, status="complete", limit=home_model.RECENT_RESULTS
                )
        return found

    def _show_notices(self) -> None:
        self._clear_notices()
        for notice in list(self.service.notices):
            self.notices.addWidget(NoticeCard(notice, lambda n=notice: self._dismiss(n)))

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
