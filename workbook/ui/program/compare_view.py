"""Two entries of one module side by side: scores (with the change between them) and answers."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core import scoring
from workbook.core.language.model import Module
from workbook.core.wording.dates import date_time_in_words
from workbook.ui.program.formatting import answer_text
from workbook.ui.program.prose import ProseView
from workbook.ui.program.results_view import change_text
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label, scroll_page


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def compare_html(module: Module, earlier: Any, later: Any) -> str:
    """An HTML table (client words escaped): a row per score, then a row per question."""
    p = theme.palette()
    head_a = date_time_in_words(earlier.completed_at or earlier.updated_at)
    head_b = date_time_in_words(later.completed_at or later.updated_at)
    rows = [
        f"<tr><th width='34%'></th><th width='33%'>{_cell(head_a)}</th><th width='33%'>{_cell(head_b)}</th></tr>"
    ]
    res_a = scoring.Results.from_json(module, earlier.results) if earlier.results else None
    res_b = scoring.Results.from_json(module, later.results) if later.results else None
    if res_a is not None and res_b is not None:
        for score in module.scores:
            a, b = res_a.score_result(score.id), res_b.score_result(score.id)
            if a is None or b is None:
                continue
            band_a = f" ({a.band.label})" if a.band else ""
            band_b = f" ({b.band.label})" if b.band else ""
            change = change_text(score, a.value, b.value)
            note = f"<br><i>{_cell(change)}</i>" if change else ""
            rows.append(
                f"<tr><td><b>{_cell(score.label)}</b></td><td>{_cell(a.display + band_a)}</td>"
                f"<td>{_cell(b.display + band_b)}{note}</td></tr>"
            )
    for field in module.fields:
        va, vb = earlier.answers.get(field.id), later.answers.get(field.id)
        if va is None and vb is None:
            continue
        ta, tb = answer_text(field, va), answer_text(field, vb)
        style = f" style='background-color:{p.accent_soft}'" if ta != tb else ""
        rows.append(
            f"<tr><td>{_cell(field.label)}</td><td>{_cell(ta)}</td><td{style}>{_cell(tb)}</td></tr>"
        )
    return "<table width='100%' cellspacing='0' cellpadding='8'>" + "".join(rows) + "</table>"


class CompareView(QWidget):
    """Earlier entry on the left, later on the right; changed answers are shaded."""

    back = Signal()

    def __init__(self, module: Module, earlier: Any, later: Any, parent: QWidget | None = None):
        super().__init__(parent)
        scroll = scroll_page(self, QCoreApplication.translate("CompareView", "Comparison page"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 28, 40, 28)
        column.setSpacing(14)
        column.addWidget(
            label(
                QCoreApplication.translate("CompareView", "Comparing two entries — {title}").format(
                    title=module.title
                ),
                "title",
            )
        )
        column.addWidget(
            label(
                QCoreApplication.translate(
                    "CompareView", "Answers that changed are shaded in the right-hand column."
                ),
                "muted",
            )
        )
        self.table = ProseView(lambda: compare_html(module, earlier, later), body)
        self.table.setAccessibleName(
            QCoreApplication.translate("CompareView", "Comparison of two entries")
        )
        column.addWidget(self.table)
        row = QHBoxLayout()
        back = QPushButton(QCoreApplication.translate("CompareView", "Back to past entries"), body)
        back.clicked.connect(self.back)
        row.addWidget(back)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        scroll.setWidget(body)

    def text(self) -> str:
        return self.table.plain_text()
