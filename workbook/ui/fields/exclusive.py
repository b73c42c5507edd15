"""Pick-one button rows that behave like a radio group for the keyboard.

Tab enters the group once (on the chosen button, or the first when none is chosen),
arrow keys and Home/End move the choice, Space chooses the focused button. This
"roving" focus keeps a 0–10 scale one Tab stop instead of eleven. In read-only mode
the buttons still take focus (a screen reader can hear what was chosen) but nothing
changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up}
_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down}
_ACTIVATE = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select}
_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class ExclusiveButtons(QObject):
    """Owns a QButtonGroup of checkable buttons; emits ``changed`` when the person picks one."""

    changed = Signal()

    def __init__(self, buttons: list[QAbstractButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.read_only = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for index, button in enumerate(buttons):
            button.setCheckable(True)
            button.setAutoExclusive(False)
            self._group.addButton(button, index)
            button.installEventFilter(self)
        self._group.idClicked.connect(self._clicked)
        self._update_tab_stop()

    def checked_index(self) -> int | None:
        index = self._group.checkedId()
        return None if index < 0 else index

    def set_checked(self, index: int | None) -> None:
        """Show a choice without counting it as the person's change."""
        if index is None:
            # an exclusive group refuses to uncheck its last button, so lift it briefly
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self.buttons[index].setChecked(True)
        self._update_tab_stop()

    def focus(self) -> None:
        index = self.checked_index()
        if self.buttons:
            self.buttons[0 if index is None else index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clicked(self, _index: int) -> None:
        self._update_tab_stop()
        self.changed.emit()

    def _update_tab_stop(self) -> None:
        index = self.checked_index()
        stop = 0 if index is None else index
        for i, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if i == stop else Qt.FocusPolicy.ClickFocus
            )

    def _move(self, button: QAbstractButton, key: int) -> None:
        current = self.buttons.index(button)
        if key in _PREVIOUS:
            target = max(current - 1, 0)
        elif key in _NEXT:
            target = min(current + 1, len(self.buttons) - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        else:
            target = len(self.buttons) - 1
        chosen = self.buttons[target]
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.read_only:
            return
        if target != self.checked_index():
            chosen.setChecked(True)
            self._clicked(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QAbstractButton) or watched not in self.buttons:
            return False
        if self.read_only and event.type() in _MOUSE:
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in _PREVIOUS | _NEXT | {Qt.Key.Key_Home, Qt.Key.Key_End}:
                self._move(watched, key)
                return True
            if key in _ACTIVATE:
                if not self.read_only and not watched.isChecked():
                    watched.click()
                return True
        return False


class InputBlocker(QObject):
    """Event filter that keeps buttons focusable and readable but unchangeable (read-only mode)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        if event.type() in _MOUSE:
            return True
        return (
            event.type() in {QEvent.Type.KeyPress, QEvent.Type.KeyRelease}
            and isinstance(event, QKeyEvent)
            and event.key() in _ACTIVATE
        )
