"""The unlocked workspace: a navigation rail (Home, Program, Progress, Goals, Settings) and screens.

Screens are built the first time they are shown, imported lazily so the unlock
window appears quickly, and destroyed on lock (after ``clear_content``) so no
widget — nor its undo stack — outlives the open workbook.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.screen_host import as_screen
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.service import WorkbookService


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    icon: str
    module: str
    cls: str
    shortcut: str

    def label(self) -> str:
        """The screen's name in the person's language."""
        return QCoreApplication.translate("ShellNavigation", self.title)


SCREENS = (
    ScreenSpec(
        "home",
        QT_TRANSLATE_NOOP("ShellNavigation", "Home"),
        "home",
        "workbook.ui.home.view",
        "HomeScreen",
        "Ctrl+1",
    ),
    ScreenSpec(
        "program",
        QT_TRANSLATE_NOOP("ShellNavigation", "Program"),
        "program",
        "workbook.ui.program",
        "ModuleScreen",
        "Ctrl+2",
    ),
    ScreenSpec(
        "progress",
        QT_TRANSLATE_NOOP("ShellNavigation", "Progress"),
        "progress",
        "workbook.ui.progress.view",
        "ProgressScreen",
        "Ctrl+3",
    ),
    ScreenSpec(
        "goals",
        QT_TRANSLATE_NOOP("ShellNavigation", "Goals"),
        "goals",
        "workbook.ui.goals.view",
        "GoalsScreen",
        "Ctrl+4",
    ),
    ScreenSpec(
        "settings",
        QT_TRANSLATE_NOOP("ShellNavigation", "Settings"),
        "settings",
        "workbook.ui.settings.view",
        "SettingsScreen",
        "Ctrl+5",
    ),
)


#: the navigation rail's width (px) unless its words need more
NAV_WIDTH = 190
#: room beside the widest name in the rail (px), so it never touches the edge
RAIL_SLACK = 16


class Workspace(QWidget):
    """Navigation rail + stacked screens. ``screen_for(key)`` builds a screen on first use.

    Every screen keeps ``workbook.ui.screen_host.Screen`` (refresh, flush, clear, resume)."""

    current_changed = Signal(str)

    def __init__(self, service: WorkbookService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.screens: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # screens to refresh when next shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.nav = QListWidget()
        theme.set_role(self.nav, "nav")
        self.nav.setAccessibleName(QCoreApplication.translate("Workspace", "Sections"))
        self.nav.setIconSize(QSize(theme.icon_px(22), theme.icon_px(22)))
        self._size_nav()
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in SCREENS:
            item = QListWidgetItem(theme.icon(spec.icon), spec.label())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.label()} ({spec.shortcut})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label())
            self.nav.addItem(item)
        layout.addWidget(self.nav)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._row_changed)
        theme.notifier().changed.connect(self._recolour_icons)
        service.changed.connect(self._refresh)
        service.about_to_lock.connect(self.flush_all)

    def _size_nav(self) -> None:
        """The rail grows when larger text needs it, so each section's name stays on one
        line, but never takes more than a quarter of a small window from the screens
        beside it. (Growing with the text size alone took 95 px at 150 % that the
        Progress and Goals pages needed, with room to spare in the rail.)"""
        words = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + RAIL_SLACK
        room = max(NAV_WIDTH, self.width() // 4)
        self.nav.setFixedWidth(min(max(NAV_WIDTH, words), room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_nav()

    def _recolour_icons(self) -> None:
        self._size_nav()
        self.nav.setIconSize(QSize(theme.icon_px(22), theme.icon_px(22)))
        for row, spec in enumerate(SCREENS):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(theme.icon(spec.icon))

    # ---- screens ----------------------------------------------------------------------
    def show_screen(self, key: str) -> QWidget:
        """Bring a screen forward (building it if needed) and select it in the rail."""
        index = next(i for i, s in enumerate(SCREENS) if s.key == key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # calls back into _row_changed
        else:
            self._row_changed(index)
        return self.screens[key]

    def screen_for(self, key: str) -> QWidget:
        """The screen for ``key`` (built the first time); not ``QWidget.screen``, the monitor."""
        if key not in self.screens:
            spec = next(s for s in SCREENS if s.key == key)
            widget = self._build(spec)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return self.screens[key]

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def resume_point(self) -> tuple[str, object]:
        """The current screen's key and what it needs to come back to the same place."""
        key = self.current_key() or "home"
        screen = self.screens.get(key)
        return key, (None if screen is None else as_screen(screen).resume_state())

    def current_screen(self) -> QWidget | None:
        key = self.current_key()
        return None if key is None else self.screens.get(key)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = SCREENS[row]
        widget = self.screen_for(spec.key)
        if spec.key in self._stale:
            self._stale.discard(spec.key)
            as_screen(widget).refresh()
        self.stack.setCurrentWidget(widget)
        self.current_changed.emit(spec.key)

    def _build(self, spec: ScreenSpec) -> QWidget:
        # Imported when first shown (keeps start-up quick); a broken screen raises here
        # and reaches the crash dialog instead of hiding behind a placeholder.
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        widget = cls(self.service)
        if not isinstance(widget, QWidget):
            raise TypeError(f"{spec.module}.{spec.cls} is not a widget")
        as_screen(widget)  # keeps the Screen promise, or fails here rather than on lock
        widget.setAccessibleName(spec.label())
        return widget

    # ---- keeping screens in step --------------------------------------------------------
    def _refresh(self, topic: str) -> None:
        """The visible screen refreshes now; hidden ones when they are next shown."""
        if not self.service.is_open:
            return
        current = self.current_key()
        for key, widget in list(self.screens.items()):
            if key == current and self.isVisible():
                as_screen(widget).refresh()
            else:
                self._stale.add(key)

    def flush_all(self) -> None:
        """Ask every screen to save what is on it now (drafts), before the workbook closes."""
        for widget in list(self.screens.values()):
            as_screen(widget).flush()

    def clear_all(self) -> None:
        """Clear every screen's content and destroy the widgets (undo stacks go with them)."""
        for widget in list(self.screens.values()):
            as_screen(widget).clear_content()
            self.stack.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self.screens.clear()
        self._stale.clear()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
