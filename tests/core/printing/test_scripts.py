"""Text in any script the person typed reaches the PDF's text layer, drawn with a font that has it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.printing.conftest import pdf_text, readable
from tests.core.printing.sample_data import complete
from workbook.core.language.model import Module
from workbook.core.printing import fonts, worksheet_pdf
from workbook.core.store import Workbook

GREEK = "Καλημέρα κόσμε"
CYRILLIC = "Привет, мир"
ARABIC = "مرحبا"
CHINESE = "今天我感觉好多了"
JAPANESE = "ありがとう"
KOREAN = "안녕하세요"


def _text_for(workbook: Workbook, module: Module, story: str) -> str:
    entry_id = complete(workbook, module, {"story": story}, date(2024, 1, 2))
    return pdf_text(worksheet_pdf(module, "P", "filled", entry=workbook.entry(entry_id)))


def test_greek_cyrillic_and_arabic_use_the_shipped_font(
    workbook: Workbook, every_field: Module
) -> None:
    """Greek, Cyrillic and Arabic print with the bundled DejaVu Sans and land in the text layer."""
    text = _text_for(workbook, every_field, f"{GREEK}. {CYRILLIC}. {ARABIC}.")
    assert GREEK in text
    assert CYRILLIC in text
    # Joined Arabic letters are stored as their joined forms; pypdf reads a right-to-left
    # run back into reading order only when it was drawn right to left.
    assert ARABIC in readable(text)
    assert ARABIC[::-1] not in readable(text)
    for char in GREEK + CYRILLIC + ARABIC:
        if not char.isspace() and char not in ",.":
            assert fonts.font_for(char) == fonts.SANS


#: The README's prerequisites install this; it has all three scripts.
CJK_FONT_PACKAGE = "fonts-wqy-microhei"


def _needs_fonts_for(**scripts: str) -> None:
    """Fail naming the package to install when no font on this machine has a script's characters."""
    missing = [
        name
        for name, sample in scripts.items()
        if any(fonts.font_for(char) is None for char in sample if not char.isspace())
    ]
    if missing:
        pytest.fail(
            f"No TrueType font with {' or '.join(missing)} characters on this machine "
            f"(found: {fonts.fallback_fonts() or 'none'}). Install Debian's {CJK_FONT_PACKAGE}, "
            "as the README's prerequisites say (fonts-droid-fallback has no Korean)."
        )


def test_chinese_japanese_and_korean_use_a_system_fallback(
    workbook: Workbook, every_field: Module
) -> None:
    """CJK text prints with a TrueType fallback found on the machine (README: fonts-wqy-microhei)."""
    _needs_fonts_for(Chinese=CHINESE, Japanese=JAPANESE, Korean=KOREAN)
    text = _text_for(workbook, every_field, f"{CHINESE} {JAPANESE} {KOREAN}")
    assert CHINESE in text
    assert JAPANESE in text
    assert KOREAN in text


def test_long_cjk_answer_wraps_inside_the_page(workbook: Workbook, every_field: Module) -> None:
    """A long answer with no spaces (Chinese) still breaks into lines rather than running off."""
    _needs_fonts_for(Chinese=CHINESE)
    text = _text_for(workbook, every_field, CHINESE * 60)
    assert CHINESE in text.replace(" ", "")


def test_markup_escapes_what_people_type() -> None:
    """Angle brackets and ampersands in answers are printed, never read as markup."""
    assert fonts.markup("a < b & <b>c</b>") == "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;"
    assert fonts.markup("line one\nline two") == "line one<br/>line two"
