"""What finishing a module produced: scores with their bands and meaning, change since last
time, raised flags, and — for a risk flag — crisis help right there and the safety panel.

The same view opens again from Home's Recent results and from Past entries, and a
finished plan shows as the plan itself. Every finish screen ends with what comes next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core import scoring
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import FlagLevel, Module
from workbook.core.next_steps import NextStep
from workbook.core.plans import PLAN_MODULE_IDS
from workbook.core.scoring import format_number
from workbook.core.usecases.plans import plan_steps
from workbook.core.wording.dates import date_in_words
from workbook.ui.program.callouts import CrisisContacts
from workbook.ui.safety.plan_view import PlanView
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import scroll_page
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

SELF_REPORT = QT_TRANSLATE_NOOP(
    "ProgramResultsView",
    "This is a self-report, not a diagnosis — talk it through with your clinician.",
)


def previous_entry(service: ScreenHost, module: Module, entry: Any) -> Any | None:
    """The finished entry of this module just before ``entry`` (None if it is the first)."""
    done = service.require().entries(module.id, status="complete")
    ids = [e.id for e in done]
    if entry.id not in ids:
        return done[0] if done else None
    index = ids.index(entry.id)
    return done[index + 1] if index + 1 < len(done) else None


def change_text(score: Any, earlier: float | None, later: float | None) -> str | None:
    """ "Reliable improvement: down 7 points (15 → 8); reliable recovery" (``scoring.compare``)."""
    if earlier is None or later is None:
        return None
    return scoring.compare(score, earlier, later).describe()


def _flag_box_style(p: theme.Palette, level: Any) -> str:
    """A flag's box: red for a risk, amber for a warning, blue for information."""
    colours = {
        FlagLevel.RISK: (p.danger_soft, p.danger),
        FlagLevel.WARNING: (p.warning_soft, p.warning),
        FlagLevel.INFO: (p.info_soft, p.focus),
    }
    background, edge = colours.get(level, (p.info_soft, p.focus))
    return (
        f"QFrame#flag-box {{ background: {background}; border: 1px solid {edge};"
        f" border-{theme.start_edge()}: 5px solid {edge}; border-radius: 8px; }}"
    )


class ResultsView(QWidget):
    """Results of one finished entry."""

    show_answers = Signal(str)  # entry id
    edit_requested = Signal(str)  # entry id
    history_requested = Signal()
    print_requested = Signal(str)
    open_module = Signal(str, str)  # module id, entry id ("" for a new entry)
    done = Signal()

    def __init__(
        self, service: ScreenHost, module: Module, entry: Any, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.module = module
        self.entry = entry
        results = service.results_for(entry)
        if results is None and entry.results:
            results = scoring.Results.from_json(module, entry.results)
        self.results = results
        previous = previous_entry(service, module, entry) if module.is_scored else None
        self.previous = previous
        self.previous_results = (
            scoring.Results.from_json(module, previous.results)
            if previous is not None and previous.results
            else None
        )

        scroll = scroll_page(self, QCoreApplication.translate("ResultsView", "Your results"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(40, 28, 40, 28)
        body = QWidget(holder)
        body.setMaximumWidth(820)
        row.addStretch(1)
        row.addWidget(body, 100)
        row.addStretch(1)
        self.column = QVBoxLayout(body)
        self.column.setSpacing(16)
        scroll.setWidget(holder)
        self._body = body
        self._build()

    # -- building -----------------------------------------------------------------------------
    def _label(self, text: str, *, role: str | None = None, bold: bool = False) -> QLabel:
        label = QLabel(text, self._body)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setWeight(font.Weight.DemiBold)
            label.setFont(font)
        if role:
            theme.set_role(label, role)  # sizes and colours come from the shared sheet
        return label

    def _build(self) -> None:
        module, entry = self.module, self.entry
        self.is_plan = module.id in PLAN_MODULE_IDS
        if self.is_plan:
            heading = module.title
        else:
            heading = (
                QCoreApplication.translate("ResultsView", "Your results")
                if module.is_scored
                else QCoreApplication.translate("ResultsView", "Finished — well done")
            )
        self.title = self._label(heading, role="title")
        self.column.addWidget(self.title)
        when = date_in_words(entry.completed_at or entry.updated_at)
        self.column.addWidget(self._label(f"{module.title} · {when}", role="muted"))
        self.plan_view: PlanView | None = None
        if self.is_plan:
            self.plan_view = PlanView(plan_steps(module, entry.answers), self._body)
            self.column.addWidget(self.plan_view)
        self.flag_boxes: list[QWidget] = []
        if self.results is not None:
            for flag in self.results.flags:
                self.column.addWidget(self._flag_box(flag))
            for result in self.results.scores:
                self.column.addWidget(self._score_card(result))
        if module.is_scored:
            self.disclaimer = self._label(
                QCoreApplication.translate("ProgramResultsView", SELF_REPORT), role="muted"
            )
            self.column.addWidget(self.disclaimer)
        elif not self.is_plan:
            self.column.addWidget(
                self._label(
                    QCoreApplication.translate(
                        "ResultsView",
                        "Your answers are saved in your workbook. You can look at them, change them or print them whenever you like.",
                    )
                )
            )
        self.column.addWidget(self._next_step_card())
        self.column.addLayout(self._buttons())
        self.column.addStretch(1)

    def _score_card(self, result: scoring.ScoreResult) -> QWidget:
        card = QFrame(self._body)
        theme.set_role(card, "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(8)
        score = result.score
        layout.addWidget(self._label(score.label, bold=True))
        out_of = (
            QCoreApplication.translate("ResultsView", " out of {maximum}").format(
                maximum=format_number(score.max)
            )
            if score.max is not None
            else ""
        )
        line = QHBoxLayout()
        line.setSpacing(14)
        value = self._label(f"{result.display}{out_of}", role="title")
        value.setObjectName(f"score-{score.id}-value")
        line.addWidget(value)
        if result.band is not None:
            band = QLabel(result.band.label, card)
            band.setObjectName(f"score-{score.id}-band")
            theme.follow_style(
                band,
                lambda p: (
                    f"background: {p.accent_soft}; color: {p.text}; border-radius: 12px;"
                    " padding: 4px 12px; font-weight: 600;"
                ),
            )
            line.addWidget(band, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addStretch(1)
        layout.addLayout(line)
        if result.band is not None and result.band.interpretation:
            layout.addWidget(self._label(result.band.interpretation))
        earlier = (
            self.previous_results.score_value(score.id)
            if self.previous_results is not None
            else None
        )
        if self.previous is not None and earlier is not None:
            when = date_in_words(self.previous.completed_at or self.previous.updated_at)
            layout.addWidget(
                self._label(
                    QCoreApplication.translate("ResultsView", "Last time ({when}): {score}").format(
                        when=when, score=format_number(earlier)
                    ),
                    role="muted",
                )
            )
            text = change_text(score, earlier, result.value)
            if text:
                change = self._label(text)
                change.setObjectName(f"score-{score.id}-change")
                layout.addWidget(change)
        elif self.previous is None:
            layout.addWidget(
                self._label(
                    QCoreApplication.translate(
                        "ResultsView",
                        "This is your first result. Next time you will see how it changed.",
                    ),
                    role="muted",
                )
            )
        card.setAccessibleName(f"{score.label}: {result.display}{out_of}")
        return card

    def _flag_box(self, flag: Any) -> QWidget:
        box = QFrame(self._body)
        box.setObjectName("flag-box")
        theme.follow_style(box, lambda p: _flag_box_style(p, flag.level))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(18, 12, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self._label(flag.message))
        if flag.level == FlagLevel.RISK:
            layout.addWidget(CrisisContacts(self.service, box))
        box.setAccessibleName(
            QCoreApplication.translate("ResultsView", "Something to take care of")
        )
        self.flag_boxes.append(box)
        return box

    def _next_step_card(self) -> QWidget:
        """ "What's next": the step core suggests after this module, with a button to it."""
        card = QFrame(self._body)
        theme.set_role(card, "card")
        card.setAccessibleName(QCoreApplication.translate("ResultsView", "What's next"))
        layout = QHBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(14)
        step = self.next_step = self._find_next_step()
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(
            self._label(QCoreApplication.translate("ResultsView", "What's next"), bold=True)
        )
        self.next_button: QPushButton | None = None
        if step is None:
            text.addWidget(
                self._label(
                    QCoreApplication.translate(
                        "ResultsView",
                        "You have done every module that is open to you. Home shows your check-in, goals and results.",
                    )
                )
            )
            layout.addLayout(text, 1)
            return card
        text.addWidget(self._label(step.module.title, bold=True))
        text.addWidget(self._label(step.reason, role="muted"))
        layout.addLayout(text, 1)
        words = (
            QCoreApplication.translate("ResultsView", "Carry on")
            if step.entry_id
            else QCoreApplication.translate("ResultsView", "Start")
        )
        button = QPushButton(words, card)
        button.setAccessibleName(f"{words} {step.module.title}")
        theme.set_role(button, "primary")
        button.clicked.connect(lambda: self.open_module.emit(step.module.id, step.entry_id or ""))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.next_button = button
        return card

    def _find_next_step(self) -> NextStep | None:
        """Asked of core; a failing read leaves the screen without a suggestion, not broken."""
        from workbook.core.next_steps import after_finishing
        from workbook.core.usecases.home import suggestions

        try:
            workbook = self.service.require()
            program = self.service.program
            progress = workbook.progress()
            drafts = workbook.entries(status="draft")
            recommended = suggestions(program, self.service.context())
        except Exception:  # the suggestion is a help, never a reason for the screen to fail
            return None
        return after_finishing(program, progress, drafts, recommended, self.module.id)

    def _buttons(self) -> WrapLayout:
        row = WrapLayout(spacing=10)  # onto a second line rather than past the edge
        if self.is_plan:
            change = QPushButton(
                QCoreApplication.translate("ResultsView", "Change my plan"), self._body
            )
            change.clicked.connect(lambda: self.edit_requested.emit(self.entry.id))
            row.addWidget(change)
        else:
            answers = QPushButton(
                QCoreApplication.translate("ResultsView", "See my answers"), self._body
            )
            answers.clicked.connect(lambda: self.show_answers.emit(self.entry.id))
            row.addWidget(answers)
        if self.module.repeatable:
            history = QPushButton(
                QCoreApplication.translate("ResultsView", "Past entries"), self._body
            )
            history.clicked.connect(self.history_requested)
            row.addWidget(history)
        printing = QPushButton(
            QCoreApplication.translate("ResultsView", "Print or save with my answers"), self._body
        )
        printing.clicked.connect(lambda: self.print_requested.emit("filled"))
        row.addWidget(printing)
        done = QPushButton(QCoreApplication.translate("ResultsView", "Done"), self._body)
        theme.set_role(done, "primary")
        done.clicked.connect(self.done)
        row.addWidget(done)
        self.done_button = done
        return row

    # -- the safety panel ------------------------------------------------------------------
    def risk_flags(self) -> list[Any]:
        if self.results is None:
            return []
        return [f for f in self.results.flags if f.level == FlagLevel.RISK]

    def open_safety_panel_if_needed(self) -> bool:
        """Right after finishing: a raised risk flag opens the safety panel with its message."""
        risks = self.risk_flags()
        if not risks:
            return False
        from workbook.ui.safety import panel as safety_panel

        safety_panel.show_safety_panel(self.service, self.window(), risks[0].message)
        return True
