"""The Progress screen: each questionnaire over time, check-in trends, goals, modules finished.

Every chart has a table twin on a second tab, so the same facts reach keyboard and
screen-reader users. A printed report is one button away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.progress_data import CHECKIN_RATINGS, CHECKIN_WINDOWS, MeasureSeries
from workbook.core.usecases.progress import ProgressSummary, progress_summary
from workbook.core.wording.dates import date_in_words
from workbook.ui.progress.charts import (
    checkin_chart,
    checkin_table,
    fit_height,
    measure_chart,
    measure_table,
    table,
)
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label, scroll_page
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

WINDOW_WORDS = {
    30: QT_TRANSLATE_NOOP("ProgressView", "Last 30 days"),
    90: QT_TRANSLATE_NOOP("ProgressView", "Last 3 months"),
    365: QT_TRANSLATE_NOOP("ProgressView", "Last year"),
}


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    theme.set_role(card, "card")
    box = QVBoxLayout(card)
    box.setContentsMargins(18, 14, 18, 14)
    box.setSpacing(8)
    return card, box


def _tabs(chart: QWidget, data: QWidget, name: str) -> QTabWidget:
    tabs = QTabWidget()
    tabs.setAccessibleName(name)
    tabs.addTab(chart, QCoreApplication.translate("ProgressView", "Chart"))
    tabs.addTab(data, QCoreApplication.translate("ProgressView", "Table"))
    tabs.setDocumentMode(True)
    tabs.tabBar().setAccessibleName(name)  # Tab stops on the bar, not on the tab widget
    return tabs


class ProgressScreen(QWidget):
    """Rebuilt from the store on every refresh; holds nothing once cleared."""

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.window_days = CHECKIN_WINDOWS[0]
        self.shown_ratings = [key for key, _ in CHECKIN_RATINGS]
        self.series: list[MeasureSeries] = []
        self.measure_views: list[QWidget] = []
        self.checkin_view: QWidget | None = None
        self._built_look = self._look()
        self._rebuild_pending = False
        self.setAccessibleName(QCoreApplication.translate("ProgressScreen", "Progress"))
        self.page_scroll = scroll_page(
            self, QCoreApplication.translate("ProgressScreen", "Progress page")
        )
        self.refresh()

    # ---- building -------------------------------------------------------------------------

    def _look(self) -> tuple[bool, float]:
        return theme.palette().dark, self.font().pointSizeF()

    def changeEvent(self, event: QEvent) -> None:
        # Charts are painted with the theme's colours and fonts when built: when the person
        # switches light/dark or text size, build them again (once, after the change settles).
        looks = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in looks and self._look() != self._built_look:
            self._rebuild_later()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._built_look = self._look()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(16)
        head = QHBoxLayout()
        head.addWidget(
            label(QCoreApplication.translate("ProgressScreen", "Your progress"), "title"), 1
        )
        self.print_button = QPushButton(
            QCoreApplication.translate("ProgressScreen", "Print progress report…")
        )
        self.print_button.setAccessibleName(
            QCoreApplication.translate("ProgressScreen", "Print a progress report")
        )
        self.print_button.clicked.connect(self.print_report)
        head.addWidget(self.print_button)
        layout.addLayout(head)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "ProgressScreen",
                    "Questionnaire results are self-reports to talk through with your clinician, not a diagnosis.",
                ),
                "muted",
            )
        )
        workbook = self.service.workbook
        if workbook is not None:
            summary = progress_summary(self.service.program, workbook, self.window_days)
            self._measures(layout, summary)
            self._checkins(layout, summary)
            self._goals(layout, summary)
            self._modules(layout, summary)
        layout.addStretch(1)
        self.page_scroll.setWidget(body)  # the previous body (and every chart) is deleted

    def _measures(self, layout: QVBoxLayout, summary: ProgressSummary) -> None:
        layout.addWidget(
            label(QCoreApplication.translate("ProgressScreen", "Questionnaires"), "subtitle")
        )
        self.series = summary.series
        self.measure_views = []
        if not self.series:
            layout.addWidget(
                label(
                    QCoreApplication.translate(
                        "ProgressScreen",
                        "When you finish a questionnaire such as the PHQ-9, its results appear here, so you can see how things change over time.",
                    ),
                    "muted",
                )
            )
        for series in self.series:
            card, box = _card()
            box.addWidget(label(series.title, "subtitle"))
            box.addWidget(label(series.summary(), "muted"))
            view = measure_chart(series)
            self.measure_views.append(view)
            box.addWidget(
                _tabs(
                    view,
                    measure_table(series),
                    QCoreApplication.translate("ProgressScreen", "{title}: chart or table").format(
                        title=series.title
                    ),
                )
            )
            layout.addWidget(card)

    def _checkins(self, layout: QVBoxLayout, summary: ProgressSummary) -> None:
        layout.addWidget(
            label(QCoreApplication.translate("ProgressScreen", "Daily check-ins"), "subtitle")
        )
        card, box = _card()
        controls = WrapLayout(spacing=12)  # onto a second line when the words run long
        window = QComboBox()
        window.setAccessibleName(QCoreApplication.translate("ProgressScreen", "Check-in period"))
        for days in CHECKIN_WINDOWS:
            window.addItem(QCoreApplication.translate("ProgressView", WINDOW_WORDS[days]), days)
        window.setCurrentIndex(max(window.findData(self.window_days), 0))
        window.currentIndexChanged.connect(lambda i: self._set_window(window.itemData(i)))
        controls.addWidget(window)
        for key, source in CHECKIN_RATINGS:
            words = QCoreApplication.translate("ProgressData", source)
            check = QCheckBox(words)
            check.setAccessibleName(
                QCoreApplication.translate("ProgressScreen", "Show {what}").format(
                    what=words.lower()
                )
            )
            check.setChecked(key in self.shown_ratings)
            check.toggled.connect(lambda on, k=key: self._set_rating(k, on))
            controls.addWidget(check)
        box.addLayout(controls)
        start, end = summary.checkin_start, summary.checkin_end
        rows = summary.checkins
        self.checkin_rows = rows
        if rows:
            self.checkin_view = checkin_chart(rows, self.shown_ratings, start, end)
            box.addWidget(
                _tabs(
                    self.checkin_view,
                    checkin_table(rows),
                    QCoreApplication.translate("ProgressScreen", "Check-ins: chart or table"),
                )
            )
        else:
            self.checkin_view = None
            box.addWidget(
                label(
                    QCoreApplication.translate(
                        "ProgressScreen",
                        "No check-ins in this period. A daily check-in takes under a minute.",
                    ),
                    "muted",
                )
            )
        layout.addWidget(card)

    def _goals(self, layout: QVBoxLayout, summary: ProgressSummary) -> None:
        layout.addWidget(label(QCoreApplication.translate("ProgressScreen", "Goals"), "subtitle"))
        if not summary.goals:
            layout.addWidget(
                label(
                    QCoreApplication.translate(
                        "ProgressScreen", "Goals you set appear here with their reviews."
                    ),
                    "muted",
                )
            )
            return
        rows = [
            (
                goal.goal,
                goal.status,
                str(goal.reviews),
                "" if goal.latest_progress is None else f"{goal.latest_progress} / 10",
                date_in_words(goal.last_reviewed, month="short") if goal.last_reviewed else "",
            )
            for goal in summary.goals
        ]
        goals_table = table(
            (
                QCoreApplication.translate("ProgressScreen", "Goal"),
                QCoreApplication.translate("ProgressScreen", "Where it is"),
                QCoreApplication.translate("ProgressScreen", "Reviews"),
                QCoreApplication.translate("ProgressScreen", "Latest progress"),
                QCoreApplication.translate("ProgressScreen", "Last reviewed"),
            ),
            rows,
            QCoreApplication.translate("ProgressScreen", "Goals"),
        )
        fit_height(goals_table, 320)
        layout.addWidget(goals_table)

    def _modules(self, layout: QVBoxLayout, summary: ProgressSummary) -> None:
        layout.addWidget(
            label(QCoreApplication.translate("ProgressScreen", "Modules finished"), "subtitle")
        )
        done = summary.modules
        if not done:
            layout.addWidget(
                label(
                    QCoreApplication.translate(
                        "ProgressScreen", "Modules you finish are listed here."
                    ),
                    "muted",
                )
            )
            return
        rows = [
            (
                m.title,
                m.stage,
                _times(m.times),
                date_in_words(m.last, month="short") if m.last else "",
            )
            for m in done
        ]
        modules_table = table(
            (
                QCoreApplication.translate("ProgressScreen", "Module"),
                QCoreApplication.translate("ProgressScreen", "Stage"),
                QCoreApplication.translate("ProgressScreen", "Finished"),
                QCoreApplication.translate("ProgressScreen", "Last finished"),
            ),
            rows,
            QCoreApplication.translate("ProgressScreen", "Modules finished"),
        )
        fit_height(modules_table)
        layout.addWidget(modules_table)

    # ---- choices and actions --------------------------------------------------------------

    def _set_window(self, days: Any) -> None:
        self.window_days = int(days)
        self._rebuild_later()

    def _set_rating(self, key: str, on: bool) -> None:
        shown = [
            k
            for k, _ in CHECKIN_RATINGS
            if (k == key and on) or (k != key and k in self.shown_ratings)
        ]
        self.shown_ratings = shown
        self._rebuild_later()

    def _rebuild_later(self) -> None:
        # The control that asked is part of what a rebuild replaces: rebuild after it returns.
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild_keeping_place)

    def _rebuild_keeping_place(self) -> None:
        self._rebuild_pending = False
        if self.service.workbook is None:
            return  # locked meanwhile: nothing to show
        position = self.page_scroll.verticalScrollBar().value()
        self.refresh()
        self.page_scroll.verticalScrollBar().setValue(position)

    def print_report(self) -> None:
        from workbook.core import printing
        from workbook.ui.printing.bridge import preview_pdf
        from workbook.ui.printing.report_dialog import ReportDialog

        dialog = ReportDialog(self.service, self)
        accepted = dialog.exec() == ReportDialog.DialogCode.Accepted
        include, entry_ids = dialog.include(), dialog.entry_ids()
        start, end = dialog.date_range()
        dialog.deleteLater()
        if not accepted:
            return
        workbook, program = self.service.require(), self.service.program
        make = printing.progress_report_pdf
        preview_pdf(
            lambda: make(
                workbook, program, include=include, entry_ids=entry_ids, start=start, end=end
            ),
            "progress-report.pdf",
            self,
        )

    def flush(self) -> None:
        """Nothing waits to be saved here: Progress only shows what the workbook holds."""

    def resume_state(self) -> object:
        """No place on this screen to come back to but the screen itself."""
        return None

    def resume(self, state: object) -> None:
        """Showing the screen is enough (see ``resume_state``)."""

    def clear_content(self) -> None:
        """Drop every chart and table (they show the person's results)."""
        self.series = []
        self.measure_views = []
        self.checkin_view = None
        self.checkin_rows = []
        self.page_scroll.setWidget(QWidget())


def _times(times: int) -> str:
    """ "once", "3 times"."""
    return QCoreApplication.translate("ProgressScreen", "%n time(s)", None, times)
