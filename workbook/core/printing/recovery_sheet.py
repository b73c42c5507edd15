"""The recovery sheet: the one piece of paper that opens a workbook when the passphrase is lost.

It shows the workbook's name, the recovery key in large monospace type and as a QR
code, the date, and plain instructions on using and keeping it. It holds no answers,
but it is a key to them, so it says so on every page.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from workbook.core.printing import fonts, page
from workbook.core.printing.results import boxed
from workbook.core.printing.styles import RULE, style
from workbook.core.printing.text import para
from workbook.core.wording.dates import date_in_words

QR_SIZE = 45 * mm

HOW_TO_USE = [
    "If you forget your passphrase, open Workbook, choose this workbook and say you have "
    "forgotten the passphrase. Type the recovery key above (or scan the QR code into a "
    "text file), then choose a new passphrase. Dashes, spaces and small letters are fine.",
    "From a terminal: workbook recover, then answer the questions.",
    "The key never changes when you change your passphrase. It opens this workbook "
    "and its backups.",
]
WHERE_TO_KEEP = [
    "Keep this sheet somewhere safe and private, away from your computer: a drawer "
    "at home, with your important papers, or with someone you trust.",
    "Anyone with this sheet and your workbook file can read everything you wrote. "
    "Do not photograph it, email it or store it on the same computer.",
    "If this sheet is lost, or someone else may have seen it, keep your workbook file "
    "somewhere only you can reach and tell your clinician if you feel unsafe.",
]


def qr_drawing(text: str, size: float = QR_SIZE) -> Drawing:
    """``text`` as a QR code drawing ``size`` points square (error correction M)."""
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _key_block(recovery_key: str, width: float) -> Flowable:
    key_style = style("large").clone("key", fontName=fonts.MONO, fontSize=18, leading=26)
    groups = recovery_key.split("-")
    lines = ["-".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    key = para("-\n".join(lines), key_style)  # breaks only between groups, never inside one
    table = Table(
        [[[para("Recovery key", "label"), key], qr_drawing(recovery_key)]],
        colWidths=[width - QR_SIZE - 8 * mm, QR_SIZE + 8 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def recovery_sheet_pdf(
    workbook_name: str,
    recovery_key: str,
    created: date | datetime | None = None,
    page_size: page.PageSize | None = None,
) -> bytes:
    """One page to print and keep: name, key (text and QR), date, how to use it, where to keep it."""
    width = page.body_width(page_size)
    made = created or date.today()
    day = made.date() if isinstance(made, datetime) else made
    story: list[Flowable] = [
        para("Recovery sheet", "title"),
        para(f"Workbook: {workbook_name}", "large"),
        para(f"Made on {date_in_words(day)}", "subtitle"),
        _key_block(recovery_key, width),
        Spacer(1, 8 * mm),
        para("How to use it", "h2"),
        *[para(f"• {line}", "body") for line in HOW_TO_USE],
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                para("Where to keep it", "h2"),
                boxed([para(line, "body") for line in WHERE_TO_KEEP], "warning", width),
            ]
        ),
    ]
    frame = page.PageFrame(header_left="Workbook", header_right=workbook_name, confidential=True)
    return page.build_pdf(story, frame, page_size=page_size, title="Recovery sheet")
