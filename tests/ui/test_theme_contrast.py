"""Every text colour reads at 4.5:1 or better on every background it is drawn on, and the
focus ring stands out at 3:1, in both schemes (WCAG 2.2 1.4.3, 1.4.11, 2.4.13).

Computed from the palettes themselves, so a colour tweak that breaks contrast fails here.
"""

from __future__ import annotations

import re

import pytest

from workbook.paths import resources_dir
from workbook.ui.widgets.theme import DARK, LIGHT, Palette

SCHEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]


def luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG defines it."""
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_computed_as_wcag_does() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#55595f", "#1d2023") == pytest.approx(2.3, abs=0.05)  # issue 12's example


#: the backgrounds body text, muted text and coloured words sit on
BACKGROUNDS = (
    "window",
    "surface",
    "sunken",
    "accent_soft",
    "info_soft",
    "danger_soft",
    "warning_soft",
    "success_soft",
)


@pytest.mark.parametrize("colors", SCHEMES)
@pytest.mark.parametrize("text", ["text", "muted"])
def test_body_and_muted_text_read_on_every_background(colors: Palette, text: str) -> None:
    poor = {
        background: round(contrast(getattr(colors, text), getattr(colors, background)), 2)
        for background in BACKGROUNDS
        if contrast(getattr(colors, text), getattr(colors, background)) < 4.5
    }
    assert not poor, f"{text} is below 4.5:1 on {poor}"


@pytest.mark.parametrize("colors", SCHEMES)
@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("accent_text", "accent"),
        ("accent", "window"),  # link buttons
        ("accent", "surface"),
        ("focus", "window"),  # links in prose
        ("focus", "surface"),
        ("danger", "window"),
        ("danger", "surface"),
        ("danger", "danger_soft"),  # "Need help now?"
        ("warning", "window"),
        ("warning", "warning_soft"),
        ("success", "window"),
        ("success", "success_soft"),
    ],
)
def test_coloured_words_read_on_their_backgrounds(
    colors: Palette, text: str, background: str
) -> None:
    ratio = contrast(getattr(colors, text), getattr(colors, background))
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("colors", SCHEMES)
@pytest.mark.parametrize("neighbour", ["window", "surface", "sunken", "border", "accent_soft"])
def test_the_focus_ring_stands_out_from_what_is_beside_it(colors: Palette, neighbour: str) -> None:
    ratio = contrast(colors.focus, getattr(colors, neighbour))
    assert ratio >= 3.0, f"focus ring on {neighbour}: {ratio:.2f}:1"


def test_focus_on_a_filled_button_is_a_double_ring_with_the_page_between() -> None:
    """The focus colour can't reach 3:1 against the accent fill in both schemes, so a
    focused primary button (and a chosen scale point) draws a double ring, whose outer
    line meets the page and whose gap shows the page colour, never a thin line on teal."""
    sheet = (resources_dir() / "styles" / "workbook.qss").read_text(encoding="utf-8")
    rule = re.search(r'QPushButton\[role="primary"\]:focus\s*\{([^}]*)\}', sheet)
    assert rule is not None
    assert "double" in rule.group(1) and "background-clip: padding" in rule.group(1)
    width = re.search(r"border:\s*(\d+)px double", rule.group(1))
    assert width is not None and int(width.group(1)) >= 6  # two 2 px lines and a 2 px gap
    from workbook.ui.fields.segmented import segment_style

    for colors in (LIGHT, DARK):
        assert "double" in segment_style(colors).split(":checked:focus")[1]


def test_focus_rings_are_at_least_two_pixels_wide() -> None:
    sheet = (resources_dir() / "styles" / "workbook.qss").read_text(encoding="utf-8")
    widths = [int(w) for w in re.findall(r"border[a-z-]*:\s*(\d+)px [a-z]+ @focus@", sheet)]
    assert widths and min(widths) >= 2
