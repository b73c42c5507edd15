"""Lists the person grows as needed (triggers, strengths, supporters): one line per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from workbook.ui.fields.rows_field import RowsField, lower_first


class _ListRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.edit = QLineEdit(self)
        self.remove = QPushButton(QCoreApplication.translate("_ListRow", "Remove"), self)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)


class ListField(RowsField[_ListRow]):
    """Rows of one-line items with "Add <item>" and "Remove". Enter on the last row adds one."""

    def _prepare(self) -> None:
        self._item = (self.field.item_label or "item").strip()

    def _add_text(self) -> str:
        return QCoreApplication.translate("ListField", "Add {item}").format(
            item=lower_first(self._item)
        )

    def _new_row(self) -> _ListRow:
        row = _ListRow(self._rows_box)
        if self.field.placeholder:
            row.edit.setPlaceholderText(self.field.placeholder)
        row.edit.textEdited.connect(lambda _t: self._emit_changed())
        row.edit.returnPressed.connect(lambda r=row: self._return_pressed(r))
        return row

    def _remove_button(self, row: _ListRow) -> QPushButton:
        return row.remove

    def _inputs(self, row: _ListRow) -> list[QWidget]:
        return [row.edit]

    def _name_row(self, row: _ListRow, number: int) -> None:
        row.edit.setAccessibleName(f"{self._item} {number}")
        row.remove.setAccessibleName(
            QCoreApplication.translate("ListField", "Remove {item} {number}").format(
                item=lower_first(self._item), number=number
            )
        )

    def _forget_row(self, row: _ListRow) -> None:
        row.edit.setText("")  # forget the words (and undo history) before the widget goes

    def _set_row_read_only(self, row: _ListRow, read_only: bool) -> None:
        row.edit.setReadOnly(read_only)

    def _return_pressed(self, row: _ListRow) -> None:
        if self._read_only:
            return
        index = self._rows.index(row)
        if index + 1 < len(self._rows):
            self._rows[index + 1].edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif row.edit.text().strip():
            self._add_clicked()

    def value(self) -> Any:
        items = [row.edit.text().strip() for row in self._rows]
        kept = [item for item in items if item]
        return kept or None

    def _apply_value(self, value: Any) -> None:
        if value is not None and not isinstance(value, list):
            raise ValueError("not a list")
        self._clear_editor()
        items = [str(v) for v in value or [] if str(v).strip()]
        if items:
            self._rows[0].edit.setText(items[0])
        for item in items[1:]:
            self._append_row().edit.setText(item)
