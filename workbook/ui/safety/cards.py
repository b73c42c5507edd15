"""The cards of the safety panel: a crisis line, a personal contact, a copyable number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from workbook.core.crisis import CrisisLine, PersonalContact
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label

Copy = Callable[[str], None]


def copy_button(copy: Copy, number: str, what: str) -> QPushButton:
    """A number as a button; clicking it copies the number (desktops rarely dial)."""
    button = QPushButton(number)
    theme.set_role(button, "primary")
    button.setToolTip(QCoreApplication.translate("SafetyCards", "Copy this number"))
    button.setAccessibleName(
        QCoreApplication.translate("SafetyCards", "Copy {what} {number}").format(
            what=what, number=number
        )
    )
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda: copy(number))
    return button


def line_card(line: CrisisLine, copy: Copy) -> QFrame:
    """A helpline: name, what it is for, numbers to copy, website and hours."""
    card = QFrame()
    theme.set_role(card, "card")
    card.setAccessibleName(line.name)
    box = QVBoxLayout(card)
    box.setContentsMargins(16, 12, 16, 12)
    box.setSpacing(6)
    box.addWidget(label(line.name, "subtitle"))
    if line.description:
        box.addWidget(label(line.description))
    actions = QHBoxLayout()
    if line.phone:
        actions.addWidget(label(QCoreApplication.translate("SafetyCards", "Call")))
        actions.addWidget(
            copy_button(
                copy,
                line.phone,
                QCoreApplication.translate("SafetyCards", "{name} phone number").format(
                    name=line.name
                ),
            )
        )
    if line.text:
        words = (
            QCoreApplication.translate("SafetyCards", "Text {text_keyword} to").format(
                text_keyword=line.text_keyword
            )
            if line.text_keyword
            else QCoreApplication.translate("SafetyCards", "Text")
        )
        actions.addWidget(label(words))
        actions.addWidget(
            copy_button(
                copy,
                line.text,
                QCoreApplication.translate("SafetyCards", "{name} text number").format(
                    name=line.name
                ),
            )
        )
    actions.addStretch(1)
    box.addLayout(actions)
    details = []
    if line.website:
        shown = line.website.removeprefix("https://").removeprefix("www.").rstrip("/")
        details.append(f'<a href="{line.website}">{shown}</a>')
    if line.hours:
        details.append(line.hours)
    if details:
        link = label(" · ".join(details), "muted", rich=True)
        link.setAccessibleName(
            QCoreApplication.translate("SafetyCards", "{name} website and hours").format(
                name=line.name
            )
        )
        box.addWidget(link)
    return card


def contact_card(contact: PersonalContact, copy: Copy) -> QFrame:
    """Someone the person chose, with their number to copy."""
    card = QFrame()
    theme.set_role(card, "card")
    row = QHBoxLayout(card)
    row.setContentsMargins(16, 10, 16, 10)
    words = QVBoxLayout()
    words.addWidget(label(contact.name or contact.phone, "subtitle"))
    if contact.note:
        words.addWidget(label(contact.note, "muted"))
    row.addLayout(words, 1)
    if contact.phone:
        row.addWidget(
            copy_button(
                copy,
                contact.phone,
                QCoreApplication.translate("SafetyCards", "{name} phone number").format(
                    name=contact.name
                ),
            )
        )
    return card
