"""Small helpers the Progress, Goals, Settings screens and the safety panel share.

They reach the open workbook only through the service, so every write is followed by
the service's ``changed`` signal and every screen stays in step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbook.ui import theme


class ServiceSettings:
    """The open workbook's encrypted settings, written through the service."""

    def __init__(self, service: Any) -> None:
        self.service = service

    def get_setting(self, key: str, default: Any = None) -> Any:
        getter = getattr(self.service, "get_setting", None)
        if getter is not None:
            return getter(key, default)
        return self.service.workbook.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        setter = getattr(self.service, "set_setting", None)
        if setter is not None:
            setter(key, value)  # the service announces the change itself
            return
        self.service.workbook.set_setting(key, value)
        self.service.changed.emit("settings")


def settings_store(service: Any) -> ServiceSettings | None:
    """Settings of the open workbook, or None while it is locked or not yet open."""
    if getattr(service, "workbook", None) is None:
        return None
    return ServiceSettings(service)


def announce(service: Any, *topics: str) -> None:
    """Tell every screen that these topics changed (after a write made straight on the workbook)."""
    notify = getattr(service, "notify", None)
    if notify is not None:
        notify(*topics)
    else:
        for topic in topics:
            service.changed.emit(topic)


def label(text: str, role: str | None = None, *, rich: bool = False) -> QLabel:
    """A wrapping label; plain text unless ``rich`` (only for our own words and links)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        widget.setOpenExternalLinks(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if role:
        theme.set_role(widget, role)
    return widget


def framed_scroll(name: str, parent: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area whose page follows the window's width (screens scroll, not pan).

    Tab stops on it so the keyboard can scroll a long page, so it needs a ``name``.
    """
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click on the page doesn't ring it
    return scroll


def scroll_page(owner: QWidget, name: str) -> QScrollArea:
    """Fill ``owner`` edge to edge with one frameless scroll area; set its page with setWidget."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = framed_scroll(name, owner)
    outer.addWidget(scroll)
    return scroll
