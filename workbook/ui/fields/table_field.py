"""Tables (a thought record, an activity schedule) as one small form per row.

A grid of cells is unreadable once a cell holds a sentence, so rows with long
answers become cards with each column as a labelled box; short tables (a few
one-line or number columns) keep a compact row layout under shared headings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.language.model import Column, FieldType
from workbook.ui.fields.growing_text import GrowingTextEdit
from workbook.ui.fields.number_field import BlankableSpinBox, set_spin_value, spin_value
from workbook.ui.fields.rows_field import RowsField, lower_first
from workbook.ui.widgets import theme

_NUMBER_TYPES = {FieldType.NUMBER, FieldType.SCALE}
_COMPACT_MAX_COLUMNS = 4


def is_compact(columns: tuple[Column, ...]) -> bool:
    return len(columns) <= _COMPACT_MAX_COLUMNS and all(
        c.type != FieldType.LONG_TEXT for c in columns
    )


class _Cell:
    """One column's editor in one row, with conversions to and from the JSON value."""

    def __init__(self, column: Column, parent: QWidget) -> None:
        self.column = column
        self.widget: QLineEdit | GrowingTextEdit | BlankableSpinBox
        if column.type in _NUMBER_TYPES:
            low = (
                column.min
                if column.min is not None
                else 0
                if column.type == FieldType.SCALE
                else None
            )
            spin = BlankableSpinBox(parent, minimum=low, maximum=column.max, step=1)
            spin.setMinimumWidth(110)
            self.widget = spin
        elif column.type == FieldType.LONG_TEXT:
            self.widget = GrowingTextEdit(parent, min_lines=2)
        else:
            self.widget = QLineEdit(parent)

    def connect(self, slot: Any) -> None:
        w = self.widget
        if isinstance(w, BlankableSpinBox):
            w.valueChanged.connect(lambda _v: slot())
        elif isinstance(w, GrowingTextEdit):
            w.textChanged.connect(slot)
        else:
            w.textEdited.connect(lambda _t: slot())

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, BlankableSpinBox):
            return spin_value(w)
        text = w.toPlainText() if isinstance(w, GrowingTextEdit) else w.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, BlankableSpinBox):
            try:
                set_spin_value(w, value)
            except ValueError:
                w.set_blank()
        elif isinstance(w, GrowingTextEdit):
            w.setPlainText("" if value is None else str(value))
        else:
            w.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        w = self.widget
        w.setReadOnly(read_only)


class _Row(QFrame):
    def __init__(self, owner: TableField, compact: bool) -> None:
        super().__init__(owner._rows_box)
        self.cells = [_Cell(c, self) for c in owner.field.columns]
        self.remove = QPushButton(QCoreApplication.translate("_Row", "Remove"), self)
        self.title = QLabel(self)
        if compact:
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            for cell in self.cells:
                row.addWidget(cell.widget, 0 if cell.column.type in _NUMBER_TYPES else 1)
            row.addWidget(self.remove)
            self.title.hide()
            return
        theme.set_role(self, "card")
        card = QVBoxLayout(self)
        card.setContentsMargins(16, 12, 16, 16)
        card.setSpacing(6)
        header = QHBoxLayout()
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove)
        card.addLayout(header)
        for cell in self.cells:
            label = QLabel(cell.column.label, self)
            label.setWordWrap(True)
            label.setBuddy(cell.widget)
            card.addSpacing(4)
            card.addWidget(label)
            if cell.column.help:
                help_label = QLabel(cell.column.help, self)
                help_label.setWordWrap(True)
                theme.set_role(help_label, "muted")
                card.addWidget(help_label)
            if cell.column.type in _NUMBER_TYPES:
                line = QHBoxLayout()
                line.addWidget(cell.widget)
                line.addStretch(1)
                card.addLayout(line)
            else:
                card.addWidget(cell.widget)


class TableField(RowsField[_Row]):
    """Rows of named columns with "Add row" and "Remove"."""

    _removes_last = True  # Tab from a row's last cell goes on to the next row

    def _prepare(self) -> None:
        self._compact = is_compact(self.field.columns)
        self._item = (
            self.field.item_label or QCoreApplication.translate("TableField", "Row")
        ).strip()
        self._spacing = 10
        self._row_spacing = 8 if self._compact else 14

    def _add_text(self) -> str:
        return (
            QCoreApplication.translate("TableField", "Add {item}").format(
                item=lower_first(self._item)
            )
            if self.field.item_label
            else QCoreApplication.translate("TableField", "Add row")
        )

    def _min_rows(self) -> int:
        return max(self.field.rows, 1)

    def _build_headings(self, parent: QWidget) -> QWidget | None:
        if not self._compact:
            return None
        heads = QWidget(parent)
        row = QHBoxLayout(heads)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for col in self.field.columns:
            label = QLabel(col.label, heads)
            label.setWordWrap(True)
            theme.set_role(label, "muted")
            if col.type in _NUMBER_TYPES:
                label.setFixedWidth(110)
                row.addWidget(label, 0)
            else:
                row.addWidget(label, 1)
        spacer = QPushButton(
            QCoreApplication.translate("TableField", "Remove"), heads
        )  # keeps headings over their columns
        spacer.setFlat(True)
        spacer.setEnabled(False)
        spacer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        spacer.setText("")
        spacer.setFixedWidth(
            QPushButton(QCoreApplication.translate("TableField", "Remove")).sizeHint().width()
        )
        spacer.setAccessibleName("")
        row.addWidget(spacer)
        return heads

    def _new_row(self) -> _Row:
        row = _Row(self, self._compact)
        for cell in row.cells:
            cell.connect(self._emit_changed)
            if isinstance(cell.widget, BlankableSpinBox) and self._compact:
                cell.widget.setFixedWidth(110)
        return row

    def _remove_button(self, row: _Row) -> QPushButton:
        return row.remove

    def _inputs(self, row: _Row) -> list[QWidget]:
        return [cell.widget for cell in row.cells]

    def _name_row(self, row: _Row, number: int) -> None:
        row.title.setText(f"{self._item} {number}")
        row.remove.setAccessibleName(
            QCoreApplication.translate("TableField", "Remove {item} {number}").format(
                item=lower_first(self._item), number=number
            )
        )
        for cell in row.cells:
            cell.widget.setAccessibleName(
                f"{cell.column.label}, {lower_first(self._item)} {number}"
            )

    def _forget_row(self, row: _Row) -> None:
        for cell in row.cells:
            cell.set_value(None)  # forget the words and undo history before the widget goes

    def _set_row_read_only(self, row: _Row, read_only: bool) -> None:
        for cell in row.cells:
            cell.set_read_only(read_only)

    def value(self) -> Any:
        result = []
        for row in self._rows:
            values = {cell.column.id: cell.value() for cell in row.cells}
            if any(v is not None for v in values.values()):
                result.append(values)
        return result or None

    def _apply_value(self, value: Any) -> None:
        if value is not None and not isinstance(value, list):
            raise ValueError("not a list")
        self._clear_editor()
        items = [item for item in value or [] if isinstance(item, dict)]
        while len(self._rows) < len(items):
            self._append_row()
        for row, item in zip(self._rows, items, strict=False):
            for cell in row.cells:
                cell.set_value(item.get(cell.column.id))
