"""Small helpers the Progress, Goals, Settings screens and the safety panel share.

They read the open workbook through the service; every write goes through the
operation path (``workbook.ui.operation``), which announces what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbook.ui.widgets import theme
from workbook.ui.widgets.page_keys import not_a_tab_stop, scroll_from

if TYPE_CHECKING:
    from workbook.core.crisis import SettingsReader
    from workbook.core.store import Workbook


class HasWorkbook(Protocol):
    @property
    def workbook(self) -> Workbook | None: ...


def settings_store(service: HasWorkbook) -> SettingsReader | None:
    """The open workbook's settings to read, or None while it is locked or not yet open.

    Writing goes through the operation path (``workbook.ui.operation``)."""
    return service.workbook


def label(text: str, role: str | None = None, *, rich: bool = False) -> QLabel:
    """A wrapping label; plain text unless ``rich`` (only for our own words and links)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        widget.setOpenExternalLinks(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        widget.setProperty("links", True)  # Tab stops on its links: the sheet rings it
    if role:
        theme.set_role(widget, role)
    return widget


def framed_scroll(name: str, parent: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area whose page follows the window's width (screens scroll, not pan).

    No Tab stop itself (see page_keys); Page Up / Page Down scroll it from anywhere in
    ``parent``, the screen or dialog it belongs to. ``name`` is for screen readers.
    """
    scroll = not_a_tab_stop(QScrollArea(parent))
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    if parent is not None:
        scroll_from(scroll, parent)
    return scroll


def scroll_page(owner: QWidget, name: str) -> QScrollArea:
    """Fill ``owner`` edge to edge with one frameless scroll area; set its page with setWidget."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = framed_scroll(name, owner)
    outer.addWidget(scroll)
    return scroll


def save_folder() -> Path:
    """Where a "Save as" dialog starts: Documents when it exists, else the home folder.

    A Documents path that doesn't exist (common on minimal Linux desktops) made the file
    dialog fall back to the folder the app was started from.
    """
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
