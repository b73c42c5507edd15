"""The "Need help now?" panel: emergency number, crisis lines, own contacts and own safety plan.

It opens from the toolbar at any time (even before unlocking) and when a result raises
a risk flag. It is a non-modal window that stays in front, so the person can keep it
open beside their work; it is calm, plain, and never hides the emergency number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core import crisis
from workbook.core.crisis import CountryLines
from workbook.core.plans import SAFETY_PLAN_MODULE
from workbook.core.usecases.plans import safety_plan_shown
from workbook.core.wording.dates import month_year_in_words
from workbook.ui.safety.cards import contact_card, copy_button, line_card
from workbook.ui.safety.plan_view import PlanView
from workbook.ui.widgets import fit, theme
from workbook.ui.widgets.screen_support import framed_scroll, label, settings_store

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

#: The one panel each service has shown (reopening brings it to the front, refreshed).
_open_panels: WeakKeyDictionary[ScreenHost, SafetyPanel] = WeakKeyDictionary()


def show_safety_panel(
    service: ScreenHost, parent: QWidget | None, flag_message: str | None = None
) -> SafetyPanel:
    """Open (or bring to front and refresh) the safety panel; returns it."""
    panel = _open_panels.get(service)
    if panel is None:
        panel = SafetyPanel(service, parent)
        _open_panels[service] = panel
    panel.load(flag_message)
    panel.show()
    panel.raise_()
    panel.activateWindow()
    return panel


def shown_panel(service: ScreenHost) -> SafetyPanel | None:
    """The panel ``show_safety_panel`` made for this service, if it has made one."""
    return _open_panels.get(service)


class SafetyPanel(QDialog):
    """The panel itself. ``load`` rebuilds its contents from the service's current state."""

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(QCoreApplication.translate("SafetyPanel", "Need help now?"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setAccessibleName(QCoreApplication.translate("SafetyPanel", "Help and crisis support"))
        self.resize(1040, 760)
        fit.keep_on_screen(self)  # smaller screens: the panel scrolls, Close stays in reach
        self.directory = crisis.directory_or_minimal()
        self.flag_message: str | None = None
        self.session_country: str | None = None
        self._reload_pending = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        self.page_scroll = framed_scroll(
            QCoreApplication.translate("SafetyPanel", "Crisis lines and your plan"), self
        )
        outer.addWidget(self.page_scroll)
        self.copied = label("", "success")
        self.copied.setContentsMargins(24, 0, 24, 0)
        self.copied.setAccessibleName(QCoreApplication.translate("SafetyPanel", "Copy status"))
        outer.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.setContentsMargins(24, 0, 24, 0)
        outer.addWidget(buttons)

        service.locked.connect(self.clear_content)
        service.changed.connect(self._on_changed)
        self.body: QWidget | None = None
        self.country_box: QComboBox | None = None
        self.plan_view: PlanView | None = None
        self.print_button: QPushButton | None = None
        self.country_prompt: QLabel | None = None
        self.start_plan_button: QPushButton | None = None

    # ---- building -------------------------------------------------------------------------

    def load(self, flag_message: str | None = None) -> None:
        """Rebuild from the person's country, contacts and plan; keeps a flag until closed."""
        if flag_message is not None:
            self.flag_message = flag_message
        workbook = self.service.workbook
        store = settings_store(self.service)
        locale_name = system_locale_name()
        # The country is a device preference: the same numbers locked, unlocked and on
        # first launch. A choice that could not be saved (full disk) holds for this session.
        if self.session_country is not None:
            code, ask = self.session_country, False
        else:
            code = crisis.chosen_country(store, locale_name)
            ask = crisis.country_needs_asking(store, locale_name)
        contacts = crisis.personal_contacts(store) if store is not None else []
        lines = self.directory.for_country(code)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(14)
        layout.addWidget(
            label(
                QCoreApplication.translate("SafetyPanel", "You don't have to face this alone"),
                "title",
            )
        )
        if self.flag_message:
            notice = QFrame()
            theme.set_role(notice, "notice")
            box = QVBoxLayout(notice)
            box.setContentsMargins(14, 10, 14, 10)
            self.flag_label = label(self.flag_message)
            self.flag_label.setAccessibleName(
                QCoreApplication.translate("SafetyPanel", "Why this opened")
            )
            box.addWidget(self.flag_label)
            layout.addWidget(notice)
        layout.addWidget(self._danger_box(lines))
        if ask:
            self.country_prompt = label(
                QCoreApplication.translate(
                    "SafetyPanel",
                    "Which country are you in? Choose it under “Crisis lines for” so the right emergency number shows. You only need to do this once.",
                ),
                "warning",
            )
            self.country_prompt.setAccessibleName(
                QCoreApplication.translate("SafetyPanel", "Choose your country")
            )
            layout.addWidget(self.country_prompt)
        else:
            self.country_prompt = None
        layout.addWidget(
            label(QCoreApplication.translate("SafetyPanel", "Click a number to copy it."), "muted")
        )
        # Two columns: the lines beside the person's own people and plan, so in a hard
        # moment everything is in view without scrolling.
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(12)
        right.setSpacing(12)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        left.addLayout(self._country_row(lines, ask))
        for line in self.directory.helplines(code):
            left.addWidget(line_card(line, self.copy_number))
        left.addWidget(
            label(
                QCoreApplication.translate(
                    "SafetyPanel", "Numbers last checked {month_year_in_words}."
                ).format(month_year_in_words=month_year_in_words(self.directory.last_checked)),
                "small",
            )
        )
        left.addStretch(1)
        right.addWidget(
            label(QCoreApplication.translate("SafetyPanel", "People you chose"), "subtitle")
        )
        if workbook is None:
            right.addWidget(
                label(
                    QCoreApplication.translate(
                        "SafetyPanel",
                        "Unlock your workbook to see your own contacts and safety plan.",
                    ),
                    "muted",
                )
            )
        elif contacts:
            for contact in contacts:
                right.addWidget(contact_card(contact, self.copy_number))
        else:
            right.addWidget(
                label(
                    QCoreApplication.translate(
                        "SafetyPanel",
                        "You can add people you trust, such as a friend or your care team, in Settings under Crisis support.",
                    ),
                    "muted",
                )
            )
            add = QPushButton(QCoreApplication.translate("SafetyPanel", "Add people in Settings"))
            add.setAccessibleName(
                QCoreApplication.translate("SafetyPanel", "Add crisis contacts in Settings")
            )
            add.clicked.connect(lambda: self.service.request_screen("settings"))
            right.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        if workbook is not None:
            self._add_plan(right)
        right.addStretch(1)
        layout.addStretch(1)
        self.body = body
        self.page_scroll.setWidget(body)  # deletes the previous body, with any words in it

    def _danger_box(self, lines: CountryLines) -> QFrame:
        box = QFrame()
        theme.set_role(box, "callout-crisis")
        row = QHBoxLayout(box)
        row.setContentsMargins(16, 12, 16, 12)
        self.emergency_label = label(
            QCoreApplication.translate(
                "SafetyPanel", "If you are in danger now, call {emergency_phrase}."
            ).format(emergency_phrase=lines.emergency_phrase),
            "subtitle",
        )
        self.emergency_label.setAccessibleName(
            QCoreApplication.translate("SafetyPanel", "Emergency number")
        )
        row.addWidget(self.emergency_label, 1)
        if lines.emergency:
            row.addWidget(
                copy_button(
                    self.copy_number,
                    lines.emergency[0],
                    QCoreApplication.translate("SafetyPanel", "emergency number"),
                )
            )
        return box

    def _country_row(self, lines: CountryLines, ask: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(
            label(QCoreApplication.translate("SafetyPanel", "Crisis lines for"), "subtitle")
        )
        combo = QComboBox()
        combo.setAccessibleName(
            QCoreApplication.translate("SafetyPanel", "Country for crisis lines")
        )
        if ask:
            # nothing chosen yet: show that, rather than a guess that looks like a choice
            combo.addItem(QCoreApplication.translate("SafetyPanel", "Choose your country…"), None)
        for code, name in self.directory.choices():
            combo.addItem(name, code)
        combo.setCurrentIndex(0 if ask else max(combo.findData(lines.code), 0))
        combo.currentIndexChanged.connect(self._country_chosen)
        self.country_box = combo
        row.addWidget(combo)
        row.addStretch(1)
        return row

    def _add_plan(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            label(QCoreApplication.translate("SafetyPanel", "Your safety plan"), "subtitle")
        )
        plan = safety_plan_shown(self.service.program, self.service.workbook)
        if plan.steps is None:
            layout.addWidget(
                label(
                    QCoreApplication.translate(
                        "SafetyPanel",
                        "You haven't made a safety plan yet. When you feel ready, the Safety plan module helps you write one, a step at a time.",
                    ),
                    "muted",
                )
            )
            self.plan_view = None
            self.start_plan_button = None
            if plan.can_start:
                start = QPushButton(
                    QCoreApplication.translate("SafetyPanel", "Start my safety plan")
                )
                start.setAccessibleName(
                    QCoreApplication.translate("SafetyPanel", "Start my safety plan")
                )
                start.clicked.connect(self._start_plan)
                layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
                self.start_plan_button = start
            return
        self.plan_view = PlanView(plan.steps)
        layout.addWidget(self.plan_view)
        self.print_button = QPushButton(
            QCoreApplication.translate("SafetyPanel", "Print plan card…")
        )
        self.print_button.setAccessibleName(
            QCoreApplication.translate("SafetyPanel", "Print your safety plan as a card")
        )
        self.print_button.clicked.connect(self._print_plan_card)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

    # ---- actions --------------------------------------------------------------------------

    def copy_number(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self.copied.setText(
            QCoreApplication.translate(
                "SafetyPanel", "Copied {number}. Paste it into your phone or dialler."
            ).format(number=number)
        )

    def _country_chosen(self, index: int) -> None:
        if self.country_box is None:
            return
        data = self.country_box.itemData(index)
        if data is None:
            return  # the "Choose your country…" prompt itself
        code = str(data)
        try:
            crisis.save_country(None, code)  # this device: works while locked too
        except OSError:
            self.session_country = code  # can't be saved now: keep it for this session
        else:
            self.session_country = None
        if self.service.workbook is not None:  # and the workbook, so it moves with it
            from workbook.core.usecases.settings import save_crisis_country
            from workbook.ui.operation import WriteOp

            WriteOp(
                self.service,
                lambda _program, workbook: save_crisis_country(workbook, code),
                what=QCoreApplication.translate("SafetyPanel", "your crisis-line country"),
                key="crisis-country",
            ).run()  # a failure is told through the window's problem dialog
        self._schedule_reload()

    def _schedule_reload(self) -> None:
        # Rebuild after the current signal returns: the widget that sent it (the country
        # box, a button) is part of what a rebuild replaces.
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self._reload)

    def _reload(self) -> None:
        self._reload_pending = False
        if self.body is not None:
            self.load()

    def _start_plan(self) -> None:
        """Open the Safety plan module in the main window (where there is room to write)."""
        self.service.request_module(SAFETY_PLAN_MODULE)
        self.close()

    def _print_plan_card(self) -> None:
        from workbook.core.printing import plan_card_pdf
        from workbook.ui.printing.bridge import preview_pdf

        workbook, program = self.service.require(), self.service.program
        preview_pdf(
            lambda: plan_card_pdf(workbook, program, SAFETY_PLAN_MODULE),
            "safety-plan-card.pdf",
            self,
        )

    def _on_changed(self, topic: str) -> None:
        if self.isVisible() and topic in {"settings", "entries"}:
            self._schedule_reload()

    def hideEvent(self, event: QHideEvent) -> None:
        # A flag's message belongs to the moment it was raised; opening the panel again
        # from the toolbar later should not repeat it.
        self.flag_message = None
        super().hideEvent(event)

    def clear_content(self) -> None:
        """Drop every widget holding the person's words (the app is locking) and close."""
        self.flag_message = None
        self.plan_view = None
        self.page_scroll.setWidget(QWidget())
        self.body = None
        self.copied.clear()
        self.hide()


def system_locale_name() -> str:
    """The desktop's locale ("en_GB"; "C" under LANG=C.UTF-8), which suggests a country."""
    return QLocale.system().name()
