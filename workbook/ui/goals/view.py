"""The Goals screen: the person's goals, one SMART editor, and dated reviews of each goal."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.core.goal_review import GoalLike, answered_parts, due_for_review, status_words
from workbook.core.usecases.goals import ReviewAnswers, review_goal, save_goal
from workbook.core.wording.dates import date_in_words
from workbook.ui.goals.editor import GoalEditor
from workbook.ui.goals.review_dialog import GoalReviewDialog
from workbook.ui.operation import OpHost, WriteOp
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import framed_scroll, label
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Goal, GoalReview, Workbook
    from workbook.core.usecases import Done

STATUS_ORDER = {"active": 0, "paused": 1, "achieved": 2, "dropped": 3}


def describe(goal: GoalLike, today: date | None = None) -> str:
    """The second line of a goal in the list: its status, and whether a look back is due."""
    words = status_words(goal.status)
    if due_for_review(goal, today):
        return QCoreApplication.translate("GoalsView", "{words} · time for a review").format(
            words=words
        )
    if goal.status == "active" and goal.target_date:
        return QCoreApplication.translate("GoalsView", "{words} · by {date_in_words}").format(
            words=words, date_in_words=date_in_words(goal.target_date, month="short")
        )
    return words


class GoalsScreen(QWidget):
    """List on the left, the chosen goal's editor and reviews on the right."""

    #: Ask the shell to open a module (the step-by-step SMART goal module).
    open_module = Signal(str)

    def __init__(self, service: GoalsHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.goals: list[Goal] = []
        self.creating = False  # a new goal is in the editor, not yet saved
        self.setAccessibleName(QCoreApplication.translate("GoalsScreen", "Goals"))
        root = QHBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(20)

        side_panel = QWidget()
        side_panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 42)
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(label(QCoreApplication.translate("GoalsScreen", "Goals"), "title"))
        self.new_button = QPushButton(QCoreApplication.translate("GoalsScreen", "New goal"))
        theme.set_role(self.new_button, "primary")
        self.new_button.setAccessibleName(
            QCoreApplication.translate("GoalsScreen", "Start a new goal")
        )
        self.new_button.clicked.connect(self.new_goal)
        guided = QPushButton(QCoreApplication.translate("GoalsScreen", "Set a goal step by step…"))
        guided.setAccessibleName(
            QCoreApplication.translate("GoalsScreen", "Open the SMART goal module")
        )
        guided.clicked.connect(self._open_guided)
        side.addWidget(self.new_button)
        side.addWidget(guided)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("GoalsScreen", "Your goals"))
        self.list.setMinimumWidth(260)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._chosen)
        side.addWidget(self.list, 1)
        root.addWidget(side_panel, 1)

        self.pages = QStackedWidget()
        self.empty = label(
            QCoreApplication.translate(
                "GoalsScreen",
                "Goals you set appear here. Start with something small and clear: “walk for ten minutes after lunch on three days this week”.",
            ),
            "muted",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.empty)
        self.page_scroll = framed_scroll(QCoreApplication.translate("GoalsScreen", "Goal details"))
        self.pages.addWidget(self.page_scroll)
        root.addWidget(self.pages, 2)
        self._build_detail()

        service.changed.connect(self._on_changed)
        service.about_to_lock.connect(self.save_if_changed)
        self.refresh()

    def _build_detail(self) -> None:
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(4, 0, 12, 12)
        layout.setSpacing(14)
        self.editor = GoalEditor()
        self.editor.edited.connect(self._edited)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("GoalsScreen", "Save goal"))
        theme.set_role(self.save_button, "primary")
        self.save_button.setAccessibleName(
            QCoreApplication.translate("GoalsScreen", "Save this goal")
        )
        self.save_button.clicked.connect(self.save)
        self.saved_note = label("", "muted")
        self.saved_note.setAccessibleName(QCoreApplication.translate("GoalsScreen", "Save status"))
        row.addWidget(self.save_button)
        row.addWidget(self.saved_note, 1)
        layout.addLayout(row)
        self.problem = SaveProblem()
        layout.addWidget(self.problem)

        head = WrapLayout(spacing=12)  # the button goes under the heading when text is large
        head.addWidget(label(QCoreApplication.translate("GoalsScreen", "Reviews"), "subtitle"))
        self.review_button = QPushButton(
            QCoreApplication.translate("GoalsScreen", "Look back at this goal…")
        )
        self.review_button.setAccessibleName(
            QCoreApplication.translate("GoalsScreen", "Add a review of this goal")
        )
        self.review_button.clicked.connect(self.add_review)
        head.addWidget(self.review_button)
        layout.addLayout(head)
        self.reviews_box = QVBoxLayout()
        self.reviews_box.setSpacing(10)
        layout.addLayout(self.reviews_box)
        layout.addStretch(1)
        self.page_scroll.setWidget(detail)

    # ---- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list; keep the chosen goal and any unsaved words in the editor."""
        workbook = self.service.workbook
        self.goals = workbook.goals() if workbook is not None else []
        self.goals.sort(key=lambda g: STATUS_ORDER.get(g.status, 9))
        keep = self.editor.goal_id
        self.list.blockSignals(True)
        self.list.clear()
        today = date.today()
        for listed in self.goals:
            item = QListWidgetItem(f"{listed.goal}\n{describe(listed, today)}")
            item.setData(Qt.ItemDataRole.UserRole, listed.id)
            item.setToolTip(describe(listed, today))
            self.list.addItem(item)
            if listed.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        goal = self._goal(keep)
        if goal is None and not self.creating:
            if self.goals:
                self.list.setCurrentRow(0)  # shows it through _chosen
            else:
                self.editor.load(None)
                self.pages.setCurrentWidget(self.empty)
            return
        if goal is not None and not self.editor.dirty:
            self.editor.load(goal)
        self._show_reviews(goal)

    def _goal(self, goal_id: str | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        # Saving the goal being left refreshes the list (and replaces its items), so
        # take the id first and select it again afterwards.
        self.save_if_changed()
        self.creating = False
        self._select(goal_id)
        goal = self._goal(goal_id)
        self.editor.load(goal)
        self._show_reviews(goal)
        self.saved_note.clear()
        self.problem.clear()
        self.pages.setCurrentWidget(self.page_scroll)

    def _select(self, goal_id: str | None) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == goal_id:
                self.list.setCurrentRow(row)
                break
        self.list.blockSignals(False)

    def _show_reviews(self, goal: Goal | None) -> None:
        while self.reviews_box.count():
            item = self.reviews_box.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.review_button.setEnabled(goal is not None)
        if goal is None:
            self.reviews_box.addWidget(
                label(
                    QCoreApplication.translate(
                        "GoalsScreen", "Save the goal first; then you can look back at it."
                    ),
                    "muted",
                )
            )
            return
        if not goal.reviews:
            self.reviews_box.addWidget(
                label(
                    QCoreApplication.translate(
                        "GoalsScreen", "No reviews yet. A week or so in is a good time."
                    ),
                    "muted",
                )
            )
        for review in reversed(goal.reviews):
            self.reviews_box.addWidget(self._review_card(review))

    def _review_card(self, review: GoalReview) -> QFrame:
        card = QFrame()
        theme.set_role(card, "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 10, 14, 10)
        heading = date_in_words(review.day)
        if review.progress is not None:
            heading += QCoreApplication.translate("GoalsScreen", " · {progress} / 10 along").format(
                progress=review.progress
            )
        if review.status:
            heading += f" · {status_words(review.status)}"
        box.addWidget(label(heading, "subtitle"))
        for title, text in answered_parts(review):
            box.addWidget(label(title, "muted"))
            box.addWidget(label(text))
        return card

    # ---- writing ------------------------------------------------------------------------

    def new_goal(self) -> None:
        self.save_if_changed()
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())  # no goal chosen: the new one isn't listed yet
        self.creating = True
        self.editor.load(None)
        self._show_reviews(None)
        self.saved_note.clear()
        self.pages.setCurrentWidget(self.page_scroll)
        self.editor.inputs["goal"].setFocus()

    def save(self) -> bool:
        """Write the editor to the workbook (a new goal, or the changed parts). False if it
        needs a few words or could not be saved (the words stay in the editor)."""
        if self.service.workbook is None or not self.editor.check():
            return False
        goal_id = self.editor.goal_id
        parts = self.editor.values() if goal_id is None else self.editor.changes()
        if not parts:
            return True

        def write(_program: Program, workbook: Workbook) -> Done[Goal]:
            return save_goal(workbook, goal_id, parts)

        what = QCoreApplication.translate("GoalsScreen", "your goal “{value}”").format(
            value=self.editor.values()["goal"]
        )
        op = WriteOp(
            self.service, write, what=what, shown_in=self.problem, key=f"goal:{goal_id or 'new'}"
        )
        op.success(self._goal_saved).failure(self._goal_not_saved).retry_with(self.save)
        return op.run()

    def _goal_saved(self, goal: Goal) -> None:
        self.editor.mark_saved(goal)
        self.creating = False
        self.saved_note.setText(QCoreApplication.translate("GoalsScreen", "Saved."))

    def _goal_not_saved(self, _message: str, _advice: str) -> None:
        self.saved_note.setText(QCoreApplication.translate("GoalsScreen", "Not saved yet."))

    def save_if_changed(self) -> None:
        """Never lose words: switching goals or locking saves an edited goal first."""
        if self.editor.dirty and self.editor.values()["goal"]:
            self.save()

    def add_review(self) -> None:
        goal = self._goal(self.editor.goal_id)
        if goal is None:
            return
        dialog = GoalReviewDialog(
            goal, self, on_save=lambda review, shown_in: self.save_review(goal.id, review, shown_in)
        )

        def keep_words() -> None:
            """Locking closes the dialog: a look back already written is saved first (or
            waits in memory for the unlock if it can't be), never dropped."""
            if dialog.isVisible() and dialog.has_words():
                dialog.save()

        self.service.about_to_lock.connect(keep_words)
        try:
            dialog.exec()
        finally:
            self.service.about_to_lock.disconnect(keep_words)
        dialog.deleteLater()

    def save_review(
        self, goal_id: str, review: ReviewAnswers, shown_in: SaveProblem | None = None
    ) -> bool:
        """Store a review (saving any edit to the goal first); a failure shows in
        ``shown_in`` (the review dialog) or under the goal."""
        self.save_if_changed()

        def write(_program: Program, workbook: Workbook) -> Done[GoalReview]:
            return review_goal(workbook, goal_id, review)

        return WriteOp(
            self.service,
            write,
            what=QCoreApplication.translate("GoalsScreen", "your look back at a goal"),
            shown_in=shown_in or self.problem,
            key=f"goal-review:{goal_id}",
        ).run()

    def _open_guided(self) -> None:
        self.open_module.emit("smart-goal")
        self.service.request_module("smart-goal")

    def flush(self) -> None:
        """Called by the window before the workbook closes: keep any edited goal."""
        self.save_if_changed()

    def _edited(self) -> None:
        self.saved_note.setText(
            QCoreApplication.translate("GoalsScreen", "Not saved yet.") if self.editor.dirty else ""
        )

    def _on_changed(self, topic: str) -> None:
        if topic == "goals":
            self.refresh()

    def resume_state(self) -> object:
        """No place on this screen to come back to but the screen itself."""
        return None

    def resume(self, state: object) -> None:
        """Showing the screen is enough (see ``resume_state``)."""

    def clear_content(self) -> None:
        """Destroy every widget holding the person's words, undo history included (a goal
        that could not be saved waits in the service's ``unsaved``)."""
        self.goals = []
        self.creating = False
        self.list.clear()
        self.page_scroll.takeWidget().deleteLater()
        self._build_detail()
        self.pages.setCurrentWidget(self.empty)


class GoalsHost(OpHost, Protocol):
    """The service as the Goals screen needs it."""

    @property
    def changed(self) -> SignalInstance: ...
    @property
    def about_to_lock(self) -> SignalInstance: ...
    def request_module(self, module_id: str, entry_id: str | None = None) -> None: ...
