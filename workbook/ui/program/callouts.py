"""Tip, note, warning and crisis boxes; a crisis box also lists the person's crisis contacts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.language.model import Callout, CalloutKind
from workbook.ui.program.prose import ProseView, render_markdown
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost

#: the title shown when the author gives none
_TITLES = {
    CalloutKind.TIP: QT_TRANSLATE_NOOP("ProgramCallouts", "Tip"),
    CalloutKind.NOTE: QT_TRANSLATE_NOOP("ProgramCallouts", "Note"),
    CalloutKind.WARNING: QT_TRANSLATE_NOOP("ProgramCallouts", "Take care"),
    CalloutKind.CRISIS: QT_TRANSLATE_NOOP("ProgramCallouts", "If you need help now"),
}


class CalloutBox(QFrame):
    """A coloured box with a short title and the author's Markdown."""

    def __init__(
        self, callout: Callout, service: ScreenHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("ProgramCallouts", _TITLES[callout.kind])
        theme.set_role(self, f"callout-{callout.kind.value}")  # colours from the shared sheet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        heading = QLabel(callout.title or title, self)
        font = heading.font()
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.prose = ProseView(render_markdown(callout.markdown, callout.source.path.parent), self)
        layout.addWidget(self.prose)
        self.setAccessibleName(callout.title or title)
        if callout.kind == CalloutKind.CRISIS:
            layout.addWidget(CrisisContacts(service, self))


class CrisisContacts(QWidget):
    """The emergency number, the first crisis lines for the person's country and their own
    contacts, with a button to the full safety panel."""

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        text = QLabel(self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setText(crisis_html(service))
        self.text = text
        layout.addWidget(text)
        button = QPushButton(
            QCoreApplication.translate("CrisisContacts", "Open crisis lines and my safety plan"),
            self,
        )
        button.setAccessibleDescription(
            QCoreApplication.translate("CrisisContacts", "Opens the Need help now panel")
        )
        button.clicked.connect(self._open_panel)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _open_panel(self) -> None:
        from workbook.ui.safety.panel import show_safety_panel

        show_safety_panel(self.service, self.window())


def crisis_html(service: ScreenHost, max_lines: int = 2) -> str:
    """A few lines of HTML: emergency number, top crisis lines, the person's own contacts."""
    from workbook.core import crisis
    from workbook.ui.widgets.screen_support import settings_store

    store = settings_store(service)
    try:
        directory = crisis.load_directory()
        # the same country the safety panel picks, so both always show the same numbers
        locale_name = QLocale.system().name()
        country = crisis.chosen_country(store, locale_name)
        lines = directory.for_country(country)
    except (crisis.CrisisDataError, OSError):
        return QCoreApplication.translate(
            "ProgramCallouts", "<p>If you are in danger now, call your local emergency number.</p>"
        )
    parts = [
        QCoreApplication.translate(
            "ProgramCallouts", "<p><b>If you are in danger now, call {number}.</b></p>"
        ).format(number=escape(lines.emergency_phrase))
    ]
    items = []
    for line in lines.lines[:max_lines]:
        how = " · ".join(escape(x) for x in (line.phone, line.text_instruction, line.hours) if x)
        items.append(f"<li>{escape(line.name)}{': ' + how if how else ''}</li>")
    contacts = crisis.personal_contacts(store) if store is not None else []
    for contact in contacts[:3]:
        phone = f": {escape(contact.phone)}" if contact.phone else ""
        items.append(f"<li>{escape(contact.name)}{phone}</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)
