"""What a person would see as broken layout, measured on live widgets (shared by the layout tests).

Each check returns plain sentences naming the control and where it is, so a failing
run reads like a list of things a person could not reach or read.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

#: a pixel either way is rounding, not clipping
SLACK = 1
#: pixels that must turn the focus colour when a control takes focus: a 2 px ring round
#: even a small box is several times this
RING_PIXELS = 40
CONTROLS = (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    name = widget.accessibleName() or text or widget.objectName()
    name = " ".join(name.split())[:50]
    return f"{type(widget).__name__} {name!r}"


def _shown_controls(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.text().strip() and widget.pixmap().isNull():
            continue
        if _inside_item_view(widget):
            continue
        found.append(widget)
    return found


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Controls that run past the right (or left) edge of something that holds them."""
    problems = []
    for widget in _shown_controls(root):
        rect = QRect(QPoint(0, 0), widget.size())
        child: QWidget = widget
        ancestor = widget.parentWidget()
        while ancestor is not None and child is not root:
            rect.translate(child.pos())
            if rect.right() > ancestor.width() - 1 + SLACK or rect.left() < -SLACK:
                side = "right" if rect.right() > ancestor.width() - 1 + SLACK else "left"
                problems.append(
                    f"{describe(widget)} is cut off on the {side} by {describe(ancestor)}"
                    f" ({rect.left()}..{rect.right()} of {ancestor.width()} px)"
                )
                break
            child, ancestor = ancestor, ancestor.parentWidget()
    return problems


def squeezed_text(root: QWidget) -> list[str]:
    """Single-line labels and buttons narrower than their own text (the words are clipped)."""
    problems = []
    for widget in _shown_controls(root):
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text().strip():
                continue
        elif not isinstance(widget, QAbstractButton) or not widget.text().strip():
            continue
        need = widget.minimumSizeHint().width()
        if widget.width() + SLACK < need:
            problems.append(f"{describe(widget)} shows {widget.width()} of {need} px of its text")
    return problems


def sideways_scrolling(root: QWidget) -> list[str]:
    """Pages (scroll areas) that are wider than their window and scroll sideways."""
    problems = []
    for area in root.findChildren(QScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        content = area.widget()
        too_wide = content is not None and content.width() > area.viewport().width() + SLACK
        if bar.maximum() > 0 or too_wide:
            width = content.width() if content is not None else 0
            problems.append(
                f"{describe(area)} scrolls sideways ({width} px of content"
                f" in {area.viewport().width()} px)"
            )
    return problems


def visible_part(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) not clipped by any ancestor."""
    visible = QRect(QPoint(0, 0), widget.size())
    offset = QPoint(0, 0)
    child = widget
    ancestor = widget.parentWidget()
    while ancestor is not None:
        offset += child.pos()
        shown = QRect(QPoint(0, 0), ancestor.size()).translated(-offset)
        visible = visible.intersected(shown)
        if child.isWindow():
            break
        child, ancestor = ancestor, ancestor.parentWidget()
    return visible


def focus_hidden(widget: QWidget) -> str | None:
    """A sentence if the focused ``widget`` is (mostly) out of sight, else None."""
    if not widget.isVisible():
        return f"focus is on {describe(widget)}, which is not shown"
    seen = visible_part(widget)
    need_h = min(widget.height(), 24)
    need_w = min(widget.width(), 24)
    if seen.height() < need_h or seen.width() < need_w:
        return (
            f"focus is on {describe(widget)} but only {seen.width()}x{seen.height()} px"
            f" of its {widget.width()}x{widget.height()} px are in view"
        )
    return None


def larger_than(widget: QWidget, available: QRect) -> str | None:
    """A sentence if a window is bigger than the screen space it may use."""
    frame = widget.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        return (
            f"{describe(widget)} is {frame.width()}x{frame.height()} px on a"
            f" {available.width()}x{available.height()} px screen"
        )
    return None


def stale_colours(root: QWidget, old: dict[str, str], new: dict[str, str]) -> list[str]:
    """Widgets still styled (or rich text still coloured) with the scheme that was switched off."""
    gone = {v.lower() for v in old.values()} - {v.lower() for v in new.values()}
    names = {v.lower(): k for k, v in old.items()}
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        text = widget.styleSheet().lower()
        if isinstance(widget, QLabel):
            text += widget.text().lower()
        for colour in gone:
            if colour in text:
                problems.append(
                    f"{describe(widget)} keeps {names[colour]} {colour} of the other scheme"
                )
                break
    return problems


def _ringed(widget: QWidget) -> QWidget:
    """The widget that draws the ring for focused ``widget`` (a spin box for its inner box)."""
    while (parent := widget.parentWidget()) is not None and parent.focusProxy() is widget:
        widget = parent
    return widget


def _count_colour(image: QImage, colour: QColor) -> int:
    """How many pixels of ``image`` are exactly ``colour`` (counted in C++-made bit masks:
    a Python loop over every pixel made the walk minutes slower)."""
    mask = image.createMaskFromColor(colour.rgb(), Qt.MaskMode.MaskInColor)
    mask = mask.convertToFormat(QImage.Format.Format_MonoLSB)
    data = bytes(mask.constBits())
    per_line = mask.bytesPerLine()
    whole, rest = divmod(mask.width(), 8)
    count = 0
    for y in range(mask.height()):
        line = data[y * per_line : y * per_line + whole + (1 if rest else 0)]
        if rest:
            line = line[:-1] + bytes([line[-1] & ((1 << rest) - 1)])
        count += int.from_bytes(line, "little").bit_count()
    return count


def focus_ring_missing(widget: QWidget, ring: QColor) -> str | None:
    """A sentence if focusing ``widget`` draws no ring in the ``ring`` colour, or rings a
    whole page; else None. Counts the pixels of that colour with and without focus."""
    if isinstance(widget, QScrollArea):
        return f"focus is on the whole page {describe(widget)}, not on a control in it"
    target = _ringed(widget)
    focused = target.grab().toImage()
    widget.clearFocus()
    QApplication.processEvents()
    plain = target.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if focused.size() != plain.size():
        return None  # it changed size: something visible happened
    changed = _count_colour(focused, ring) - _count_colour(plain, ring)
    if changed < RING_PIXELS:
        return f"focus on {describe(widget)} shows no ring ({changed} px of the focus colour)"
    return None
