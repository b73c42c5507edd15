"""Arabic and Hebrew answers print right to left, Arabic letters joined, Latin runs kept in order."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bidi.algorithm import get_display

from tests.core.printing.conftest import pdf_text, readable
from tests.core.printing.sample_data import complete
from workbook.core.language.model import Module, Program
from workbook.core.printing import fonts, worksheet_pdf
from workbook.core.printing.plan_card import plan_card_pdf
from workbook.core.printing.rtl import visual_line
from workbook.core.store import Workbook

ARABIC = "أشعر بتحسن اليوم"  # "I feel better today"
HEBREW = "אני מרגיש טוב יותר"  # "I feel better"
JOINED = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")  # Arabic letters in their joined forms


def _story(workbook: Workbook, module: Module, story: str) -> str:
    entry_id = complete(workbook, module, {"story": story}, date(2024, 1, 2))
    return pdf_text(worksheet_pdf(module, "P", "filled", entry=workbook.entry(entry_id)))


def _reversed_words(text: str) -> str:
    return " ".join(reversed(text.split()))


def test_arabic_answer_reads_right_to_left_with_joined_letters(
    workbook: Workbook, every_field: Module
) -> None:
    """An Arabic answer prints with its first word on the right and its letters joined."""
    text = _story(workbook, every_field, ARABIC)
    assert ARABIC in readable(text)
    assert _reversed_words(ARABIC) not in readable(text)
    assert JOINED.search(text), "Arabic letters were printed unjoined"


def test_hebrew_answer_reads_right_to_left(workbook: Workbook, every_field: Module) -> None:
    """A Hebrew answer prints right to left, word order and letters both."""
    text = _story(workbook, every_field, HEBREW)
    assert HEBREW in text
    assert _reversed_words(HEBREW) not in text


def test_mixed_line_keeps_latin_in_order(workbook: Workbook, every_field: Module) -> None:
    """Latin words around and inside Arabic keep their own order; the Arabic still reads right."""
    text = readable(_story(workbook, every_field, f"My note: {ARABIC} with CBT today"))
    assert (
        text.index("My note:") < text.index(ARABIC) < text.index("with CBT") < text.index("today")
    )
    text = readable(_story(workbook, every_field, f"{ARABIC} with CBT therapy"))
    assert ARABIC in text
    assert "with CBT therapy" in text


def test_long_arabic_answer_wraps_in_reading_order(workbook: Workbook, every_field: Module) -> None:
    """A long Arabic answer wraps over lines and pages, each line still read from the right."""
    sentence = f"{ARABIC} ، "
    text = readable(_story(workbook, every_field, sentence * 400))
    assert text.count(ARABIC) >= 300  # a few may straddle a line end
    assert _reversed_words(ARABIC) not in text


def test_plan_card_prints_arabic_steps(workbook: Workbook, program: Program) -> None:
    """The safety-plan card, in large type, prints an Arabic warning sign right to left."""
    safety = program.module("safety-plan")
    assert safety is not None
    complete(workbook, safety, {"warning_signs": [ARABIC, HEBREW]}, date(2024, 4, 1))
    text = pdf_text(plan_card_pdf(workbook, program))
    assert ARABIC in readable(text)
    assert HEBREW in text


@pytest.mark.parametrize(
    "line",
    [
        "عمري 25 سنة",  # a number inside Arabic stays left to right
        "عمري ٢٥ سنة",  # Arabic-Indic digits too
        "في الساعة 10:30، تحدثنا",  # the Arabic comma follows the time, on its left
        "أشعر بتحسن مع CBT.",  # the full stop ends the sentence, at the far left
        "I said مرحبا. Then",  # ...and after Arabic in an English line, on its right
        "say (مرحبا) now",
        "أنا (8/10) بخير!",  # brackets face the right way in either direction
        "שלום (עולם) 2024 abc def",
        "وزني 70كغ اليوم",
    ],
)
def test_lines_follow_the_unicode_bidirectional_algorithm(line: str) -> None:
    """Numbers, punctuation and brackets land where the Unicode reference algorithm puts them."""
    fonts.register_fonts()
    shown = visual_line(line, fonts.SANS, 10)
    assert readable(shown) == get_display(line)


def test_plain_text_is_left_alone() -> None:
    """Text with no right-to-left letters or marks is drawn exactly as before."""
    assert visual_line("Plain text (fine).", fonts.SANS, 10) == "Plain text (fine)."


def test_latin_beside_arabic_has_no_fancy_ligatures(
    workbook: Workbook, every_field: Module
) -> None:
    """English words in an Arabic answer print letter by letter, as plain text, with no "ﬆ"."""
    text = _story(workbook, every_field, f"First step: office {ARABIC}")
    assert "First step: office" in text
