"""An empty radio button or check box shows a rim of at least 3:1 against the page in both
schemes (WCAG 2.2 1.4.11). Fusion alone drew it at 2.3:1 (light) and 1.15:1 (dark)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot
from test_theme_contrast import contrast

from workbook.ui.widgets import theme


@pytest.fixture
def scheme_restored() -> Iterator[None]:
    before = theme.color_scheme_preference()
    yield
    theme.set_color_scheme_preference(before)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_an_unchecked_indicator_has_a_visible_rim(
    qtbot: QtBot,
    scheme_restored: None,
    scheme: str,
    kind: type[QRadioButton] | type[QCheckBox],
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_color_scheme_preference(scheme)
    theme.apply_theme(app)
    control = kind("Not at all")
    qtbot.addWidget(control)
    control.resize(200, 40)
    control.show()
    qtbot.waitExposed(control)
    # only the indicator's own square: the label's letters would pass any rim
    option = QStyleOptionButton()
    option.initFrom(control)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if kind is QRadioButton
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    box = control.style().subElementRect(element, option, control)
    image = control.grab().toImage()
    page = theme.palette().window
    best = max(
        contrast(image.pixelColor(x, y).name(), page)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )
    assert best >= 3.0, (scheme, kind.__name__, round(best, 2))
