"""Radio buttons and check boxes with a rim people can see.

Qt's Fusion style draws an unchecked indicator's rim as the window colour made 40 %
darker: about 2.3:1 on the light page and 1.15:1 on the dark one, so in dark mode an
empty circle all but vanishes. WCAG 2.2 (1.4.11) asks 3:1 for what identifies a control.
This proxy lets the style draw the indicator as usual, then draws the rim again in the
scheme's ``muted`` colour, which is at least 4.5:1 on the window in both schemes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_RIMMED = (
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
)


class VisibleIndicatorStyle(QProxyStyle):
    """The app's style, with a rim of at least 3:1 contrast around radio and check indicators."""

    def __init__(self, base: str, rim_colour: Callable[[], str]) -> None:
        super().__init__(base)
        self._rim_colour = rim_colour  # asked at each draw: the scheme may have changed

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _RIMMED:
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        colour = QColor(self._rim_colour())
        if not enabled:
            colour.setAlphaF(0.5)  # a disabled control may be fainter (WCAG exempts it)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour)
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rim = QRectF(option.rect).adjusted(1.0, 1.0, -1.0, -1.0)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rim)
        else:
            painter.drawRoundedRect(rim, 2.0, 2.0)
        painter.restore()


def install(app: QApplication, rim_colour: Callable[[], str]) -> None:
    """Wrap the application's style once (calling again changes nothing)."""
    if isinstance(app.style(), VisibleIndicatorStyle):
        return
    app.setStyle(VisibleIndicatorStyle(app.style().name(), rim_colour))
