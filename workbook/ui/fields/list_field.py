"""Lists the person grows as needed (triggers, strengths, supporters): one line per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workbook.ui.fields.base import FieldWidget, chain_tab_order, make_anchor


class _ListRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.edit = QLineEdit(self)
        self.remove = QPushButton("Remove", self)
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)


class ListField(FieldWidget):
    """Rows of one-line items with "Add <item>" and "Remove". Enter on the last row adds one."""

    def _build_editor(self) -> QWidget:
        self._item = (self.field.item_label or "item").strip()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._anchor = make_anchor(box)
        column.addWidget(self._anchor)
        self._rows_box = QWidget(box)
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        column.addWidget(self._rows_box)
        self._add = QPushButton(f"Add {self._item.lower()}", box)
        self._add.setAccessibleName(f"Add {self._item.lower()} to: {self.field.label}")
        self._add.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self._add)
        add_row.addStretch(1)
        column.addLayout(add_row)
        self._rows: list[_ListRow] = []
        self._append_row()
        return box

    def _accessible_widgets(self) -> list[QWidget]:
        return []

    def _member_widgets(self) -> list[QWidget]:
        return [row.edit for row in self._rows]

    def focus_editor(self) -> None:
        if self._rows:
            self._rows[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._add.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> int:
        return len(self._rows)

    def _append_row(self, text: str = "") -> _ListRow:
        row = _ListRow(self._rows_box)
        row.edit.setText(text)
        if self.field.placeholder:
            row.edit.setPlaceholderText(self.field.placeholder)
        row.edit.setReadOnly(self._read_only)
        row.remove.setVisible(not self._read_only)
        row.edit.textEdited.connect(lambda _t: self._emit_changed())
        row.edit.returnPressed.connect(lambda r=row: self._return_pressed(r))
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self._rows_layout.addWidget(row)
        row.show()  # at once, not queued: focus may move into it right away
        self._rows.append(row)
        self._renumber()
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.edit.setAccessibleName(f"{self._item} {number}")
            row.remove.setAccessibleName(f"Remove {self._item.lower()} {number}")
        self._describe()
        order: list[QWidget] = []
        for row in self._rows:
            order += [row.edit, row.remove]
        chain_tab_order(self._anchor, [*order, self._add])

    def _add_clicked(self) -> None:
        row = self._append_row()
        row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def _return_pressed(self, row: _ListRow) -> None:
        if self._read_only:
            return
        index = self._rows.index(row)
        if index + 1 < len(self._rows):
            self._rows[index + 1].edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif row.edit.text().strip():
            self._add_clicked()

    def _remove(self, row: _ListRow) -> None:
        index = self._rows.index(row)
        self._drop(row)
        if not self._rows:
            self._append_row()
        target = self._rows[min(index, len(self._rows) - 1)]
        target.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._renumber()
        self._emit_changed()

    def _drop(self, row: _ListRow) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.edit.setText("")  # forget the words (and undo history) before the widget goes
        row.hide()
        row.deleteLater()

    def value(self) -> Any:
        items = [row.edit.text().strip() for row in self._rows]
        kept = [item for item in items if item]
        return kept or None

    def _apply_value(self, value: Any) -> None:
        if value is not None and not isinstance(value, list):
            raise ValueError("not a list")
        self._clear_editor()
        items = [str(v) for v in value or [] if str(v).strip()]
        first = self._rows[0]
        if items:
            first.edit.setText(items[0])
        for item in items[1:]:
            self._append_row(item)

    def _apply_read_only(self, read_only: bool) -> None:
        self._add.setVisible(not read_only)
        for row in self._rows:
            row.edit.setReadOnly(read_only)
            row.remove.setVisible(not read_only)

    def _clear_editor(self) -> None:
        for row in list(self._rows):
            self._drop(row)
        self._append_row()
