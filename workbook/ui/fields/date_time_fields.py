"""Date and time answers that start empty: a button to set one, an editor, and a way back to empty.

Qt's date and time editors always hold some value; showing a made-up date would read
as an answer. So the empty state is a plain button ("Choose a date"), and once set the
editor appears with a "Clear" button beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.step_buttons import hide_step_buttons


class _OptionalDateTimeField(FieldWidget):
    """Shared machinery: an empty-state button and an editor page with a Clear button."""

    _set_text = ""

    def _set_words(self) -> str:
        return QCoreApplication.translate("FieldsDateTimeFields", self._set_text)

    def _make_editor(self) -> QDateTimeEdit:
        raise NotImplementedError

    def _now(self) -> None:
        raise NotImplementedError

    def _build_editor(self) -> QWidget:
        self._stack = QStackedWidget(self)
        self._set_button = QPushButton(self._set_words(), self._stack)
        self._set_button.setAccessibleName(f"{self._set_words()}: {self.field.label}")
        self._set_button.clicked.connect(self._start)
        holder = QWidget(self._stack)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._edit = self._make_editor()
        self._edit.setParent(holder)
        self._edit.setMinimumWidth(180)
        self._edit.dateTimeChanged.connect(lambda _dt: self._emit_changed())
        self._clear_button = QPushButton(
            QCoreApplication.translate("_OptionalDateTimeField", "Clear"), holder
        )
        self._clear_button.setAccessibleName(
            QCoreApplication.translate(
                "_OptionalDateTimeField", "Clear the answer to: {label}"
            ).format(label=self.field.label)
        )
        self._clear_button.clicked.connect(self._unset)
        row.addWidget(self._edit)
        row.addWidget(self._clear_button)
        row.addStretch(1)
        empty = QWidget(self._stack)
        empty_row = QHBoxLayout(empty)
        empty_row.setContentsMargins(0, 0, 0, 0)
        empty_row.addWidget(self._set_button)
        empty_row.addStretch(1)
        self._stack.addWidget(empty)
        self._stack.addWidget(holder)
        return self._stack

    def _accessible_widgets(self) -> list[QWidget]:
        return [self._edit]

    def _answered(self) -> bool:
        return self._stack.currentIndex() == 1

    def _start(self) -> None:
        self._loading = True
        try:
            self._now()
        finally:
            self._loading = False
        self._stack.setCurrentIndex(1)
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def _unset(self) -> None:
        self._stack.setCurrentIndex(0)
        self._set_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def focus_editor(self) -> None:
        target = self._edit if self._answered() else self._set_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        hide_step_buttons(self._edit, read_only)
        if isinstance(self._edit, QDateEdit):
            self._edit.setCalendarPopup(not read_only)
        self._clear_button.setVisible(not read_only)
        self._set_button.setEnabled(not read_only)
        self._set_button.setText(
            QCoreApplication.translate("_OptionalDateTimeField", "Not answered")
            if read_only
            else self._set_words()
        )

    def _clear_editor(self) -> None:
        self._stack.setCurrentIndex(0)


class DateField(_OptionalDateTimeField):
    """A date stored as "YYYY-MM-DD", picked from a calendar or typed."""

    _set_text = QT_TRANSLATE_NOOP("FieldsDateTimeFields", "Choose a date")

    def _make_editor(self) -> QDateTimeEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QCoreApplication.translate("DateFormats", "d MMMM yyyy"))
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(QDate(2200, 12, 31))
        return edit

    def _now(self) -> None:
        self._edit.setDate(QDate.currentDate())

    def value(self) -> Any:
        if not self._answered():
            return None
        return self._edit.date().toString("yyyy-MM-dd")

    def _apply_value(self, value: Any) -> None:
        if value is None:
            self._stack.setCurrentIndex(0)
            return
        date = QDate.fromString(str(value), "yyyy-MM-dd")
        if not date.isValid():
            raise ValueError("not a date")
        self._edit.setDate(date)
        self._stack.setCurrentIndex(1)


class TimeField(_OptionalDateTimeField):
    """A time of day stored as "HH:MM"."""

    _set_text = QT_TRANSLATE_NOOP("FieldsDateTimeFields", "Choose a time")

    def _make_editor(self) -> QDateTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat("HH:mm")
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 19:00, never 00:19 in RTL
        return edit

    def _now(self) -> None:
        now = QTime.currentTime()
        self._edit.setTime(QTime(now.hour(), now.minute()))

    def value(self) -> Any:
        if not self._answered():
            return None
        return self._edit.time().toString("HH:mm")

    def _apply_value(self, value: Any) -> None:
        if value is None:
            self._stack.setCurrentIndex(0)
            return
        time = QTime.fromString(str(value), "HH:mm")
        if not time.isValid():
            raise ValueError("not a time")
        self._edit.setTime(time)
        self._stack.setCurrentIndex(1)
