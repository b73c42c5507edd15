"""Radio buttons and check boxes whose words wrap onto more lines instead of running off the page.

Qt's own keep their label on one line: at 175-200 % text a long option ("Nearly every
day, and it gets in the way of work") made the page scroll sideways. These paint the
circle or box, the focus ring and the border with the style as usual, and their words
wrapped to the width the layout gives them; the height follows (height-for-width).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

#: the narrowest a label may become, in average characters: a word or two per line
MIN_CHARS = 12
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


def _wrapping_policy(button: QWidget) -> None:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)


def _label_rect(button: QRadioButton | QCheckBox, element: QStyle.SubElement, width: int) -> QRect:
    """Where the style puts the words of ``button`` when it is ``width`` px wide."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.rect = QRect(0, 0, width, button.height() if button.height() > 0 else 100)
    return button.style().subElementRect(element, option, button)


def _chrome(button: QRadioButton | QCheckBox, element: QStyle.SubElement) -> tuple[int, int]:
    """(width, height) the style adds around the words: indicator, spacing, padding, border."""
    unwrapped = _base_hint(button)
    words = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic.value, button.text())
    rect = _label_rect(button, element, 1000)
    return max(1000 - rect.width(), 0), max(unwrapped.height() - words.height(), 0)


def _base_hint(button: QRadioButton | QCheckBox) -> QSize:
    """Qt's own size for the words on one line (sizeHint is not overridden here)."""
    return button.sizeHint()


def _height_for(button: QRadioButton | QCheckBox, element: QStyle.SubElement, width: int) -> int:
    chrome_w, chrome_h = _chrome(button, element)
    room = max(width - chrome_w, 1)
    words = button.fontMetrics().boundingRect(QRect(0, 0, room, 1_000_000), _FLAGS, button.text())
    return max(_base_hint(button).height(), words.height() + chrome_h)


def _minimum(button: QRadioButton | QCheckBox, element: QStyle.SubElement) -> QSize:
    chrome_w, _ = _chrome(button, element)
    metrics = button.fontMetrics()
    longest = max((metrics.horizontalAdvance(w) for w in button.text().split()), default=0)
    narrowest = min(longest, metrics.averageCharWidth() * MIN_CHARS)
    return QSize(chrome_w + narrowest, _base_hint(button).height())


def _paint(
    button: QRadioButton | QCheckBox, control: QStyle.ControlElement, element: QStyle.SubElement
) -> None:
    """The style draws everything but the words; the words are drawn wrapped beside it."""
    painter = QPainter(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    words = option.text
    option.text = ""
    button.style().drawControl(control, option, painter, button)
    rect = button.style().subElementRect(element, option, button)
    group = QPalette.ColorGroup.Active if button.isEnabled() else QPalette.ColorGroup.Disabled
    painter.setPen(button.palette().color(group, QPalette.ColorRole.WindowText))
    align = QStyle.visualAlignment(
        button.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    painter.drawText(rect, int(align.value) | _FLAGS.value, words)
    painter.end()


class _WrapsItsWords:
    """What a wrapping radio button and check box share; each names its style elements.

    A plain mixin ahead of the Qt class, because Qt's radio button and check box share no
    Python base below QAbstractButton that could carry these overrides."""

    _CONTROL: QStyle.ControlElement
    _WORDS: QStyle.SubElement

    def _button(self) -> QRadioButton | QCheckBox:
        assert isinstance(self, (QRadioButton, QCheckBox))
        return self

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height_for(self._button(), self._WORDS, width)

    def minimumSizeHint(self) -> QSize:
        return _minimum(self._button(), self._WORDS)

    def hitButton(self, pos: QPoint) -> bool:
        # Qt's click area ends where one line of words would: the second line must count too.
        return self._button().rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        _paint(self._button(), self._CONTROL, self._WORDS)


class WrappingRadioButton(_WrapsItsWords, QRadioButton):
    """A radio button whose words wrap (see the module docstring)."""

    _CONTROL = QStyle.ControlElement.CE_RadioButton
    _WORDS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, text, parent)
        _wrapping_policy(self)


class WrappingCheckBox(_WrapsItsWords, QCheckBox):
    """A check box whose words wrap (see the module docstring)."""

    _CONTROL = QStyle.ControlElement.CE_CheckBox
    _WORDS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        _wrapping_policy(self)
