"""Answers that grow row by row (lists, tables): add, remove, renumber, keep Tab in order.

Lists and tables differ only in what one row holds; how rows come and go, how the
person's words are forgotten when a row goes, and how focus and Tab follow is the
same for both and lives here once.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbook.ui.fields.base import FieldWidget, chain_tab_order, make_anchor


def lower_first(words: str) -> str:
    """ "Something I can do" → "something I can do" (not "something i can do");
    an acronym at the start ("GP visit") stays as written."""
    if len(words) > 1 and words[1].isupper():
        return words
    return words[:1].lower() + words[1:]


#: The widget one row is (a subclass's own row class).
R = TypeVar("R", bound=QWidget)


class RowsField(FieldWidget, Generic[R]):
    """Rows above an "Add …" button, each row with its own "Remove" (``_remove_button``)."""

    _spacing = 6  # between the parts of the whole answer
    _row_spacing = 6  # between rows
    #: Tab goes through every row's editors, then "Add", then the Remove buttons, so Tab
    #: from a table row's last cell reaches the next row, not that row's Remove.
    _removes_last = False

    # -- what subclasses provide -------------------------------------------------------------
    def _prepare(self) -> None:
        """Read the field's settings before anything is built."""

    def _add_text(self) -> str:
        raise NotImplementedError

    def _min_rows(self) -> int:
        return 1

    def _build_headings(self, parent: QWidget) -> QWidget | None:
        return None

    def _new_row(self) -> R:
        """A new row (parented to ``self._rows_box``) with a Remove button, wired to
        ``_emit_changed``."""
        raise NotImplementedError

    def _remove_button(self, row: R) -> QPushButton:
        """The row's own "Remove" button."""
        raise NotImplementedError

    def _inputs(self, row: R) -> list[QWidget]:
        """The row's editors, in Tab order."""
        raise NotImplementedError

    def _name_row(self, row: R, number: int) -> None:
        """Give the row's parts accessible names that say which row they are in."""
        raise NotImplementedError

    def _forget_row(self, row: R) -> None:
        """Empty the row's editors (words and undo history) before the row is destroyed."""
        raise NotImplementedError

    def _set_row_read_only(self, row: R, read_only: bool) -> None:
        raise NotImplementedError

    # -- the shared behaviour ----------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        self._prepare()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self._spacing)
        self._anchor = make_anchor(box)
        column.addWidget(self._anchor)
        headings = self._build_headings(box)
        if headings is not None:
            column.addWidget(headings)
        self._rows_box = QWidget(box)
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(self._row_spacing)
        column.addWidget(self._rows_box)
        self._add = QPushButton(self._add_text(), box)
        self._add.setAccessibleName(
            QCoreApplication.translate("RowsField", "{add} to: {question}").format(
                add=self._add.text(), question=self.field.label
            )
        )
        self._add.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self._add)
        add_row.addStretch(1)
        column.addLayout(add_row)
        self._rows: list[R] = []
        for _ in range(self._min_rows()):
            self._append_row()
        return box

    def _accessible_widgets(self) -> list[QWidget]:
        return []

    def _member_widgets(self) -> list[QWidget]:
        return [widget for row in self._rows for widget in self._inputs(row)]

    def rows(self) -> int:
        return len(self._rows)

    def _focus_row(self, row: R, reason: Qt.FocusReason) -> bool:
        inputs = self._inputs(row)
        if inputs:
            inputs[0].setFocus(reason)
        return bool(inputs)

    def focus_editor(self) -> None:
        if not (self._rows and self._focus_row(self._rows[0], Qt.FocusReason.OtherFocusReason)):
            self._add.setFocus(Qt.FocusReason.OtherFocusReason)

    def _append_row(self) -> R:
        row = self._new_row()
        self._set_row_read_only(row, self._read_only)
        remove = self._remove_button(row)
        remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        remove.setVisible(not self._read_only)
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self._rows_layout.addWidget(row)
        row.show()  # at once, not queued: focus may move into it right away
        self._rows.append(row)
        self._renumber()
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            self._name_row(row, number)
        self._describe()
        order: list[QWidget] = []
        removes: list[QWidget] = [self._remove_button(row) for row in self._rows]
        for row, remove in zip(self._rows, removes, strict=True):
            order += self._inputs(row) if self._removes_last else [*self._inputs(row), remove]
        tail = [self._add, *removes] if self._removes_last else [self._add]
        chain_tab_order(self._anchor, [*order, *tail])

    def _add_clicked(self) -> None:
        row = self._append_row()
        self._focus_row(row, Qt.FocusReason.OtherFocusReason)
        self._emit_changed()

    def _remove(self, row: R) -> None:
        index = self._rows.index(row)
        self._drop(row)
        if not self._rows:
            self._append_row()
        self._focus_row(
            self._rows[min(index, len(self._rows) - 1)], Qt.FocusReason.OtherFocusReason
        )
        self._renumber()
        self._emit_changed()

    def _drop(self, row: R) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        self._forget_row(row)
        row.hide()
        row.deleteLater()

    def _apply_read_only(self, read_only: bool) -> None:
        self._add.setVisible(not read_only)
        for row in self._rows:
            self._remove_button(row).setVisible(not read_only)
            self._set_row_read_only(row, read_only)

    def _clear_editor(self) -> None:
        for row in list(self._rows):
            self._drop(row)
        for _ in range(self._min_rows()):
            self._append_row()
