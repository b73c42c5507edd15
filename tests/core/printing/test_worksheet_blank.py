"""Blank and fillable worksheets: what a clinician prints as a handout or sends as a PDF form."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER

from tests.core.printing.conftest import pdf_reader, pdf_text
from workbook.core.language.model import Module, Program
from workbook.core.printing import CONFIDENTIAL, default_page_size, page_size_named, worksheet_pdf


def test_blank_worksheet_prints_questions_help_options_and_anchors(every_field: Module) -> None:
    """A blank worksheet shows every question, its help, the options and the scale's words."""
    text = pdf_text(worksheet_pdf(every_field, "Steps to recovery", "blank"))
    for expected in (
        "Every kind of question",
        "Where were you?",
        "A place and a time.",
        "Sometimes",
        "Always",
        "Very low",
        "Very good",
        "Yes",
        "No",
        "Day",
        "Month",
        "Year",
        "Enjoyment (0-10)",
        "Take your time.",
        "first point",
        "cell two",
    ):
        assert expected in text, expected


def test_header_names_program_and_module_and_footer_counts_pages(every_field: Module) -> None:
    """Every page says which program and module it is from, and 'Page x of y'."""
    reader = pdf_reader(worksheet_pdf(every_field, "Steps to recovery", "blank"))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert "Steps to recovery" in text
        assert "Every kind of question" in text
        assert f"Page {number} of" in text
        assert str(total) in text


def test_blank_worksheet_is_not_marked_confidential(every_field: Module) -> None:
    """A blank handout holds nobody's answers, so it carries no confidentiality line."""
    assert CONFIDENTIAL not in pdf_text(worksheet_pdf(every_field, "P", "blank"))


def test_fillable_worksheet_has_form_fields_named_by_field_id(every_field: Module) -> None:
    """A fillable PDF has a typed field for every answer, named after the module's field ids."""
    reader = pdf_reader(worksheet_pdf(every_field, "P", "fillable"))
    fields = reader.get_fields() or {}
    text_fields = {"place", "story", "hours", "day", "at", "triggers.1", "triggers.5"}
    text_fields |= {"plan.1.activity", "plan.2.rating", "plan.2.when"}
    for name in text_fields:
        assert fields[name].get("/FT") == "/Tx", name
    assert "plan.3.when" not in fields  # `rows: 2` prints exactly two rows
    for radio in ("q1", "q2", "told", "mood"):
        assert fields[radio].get("/FT") == "/Btn", radio
    assert set(fields["q1"]["/_States_"]) >= {"/never", "/always"}
    assert set(fields["told"]["/_States_"]) >= {"/yes", "/no"}
    assert set(fields["mood"]["/_States_"]) >= {"/0", "/10"}
    for box in ("feelings.sad", "feelings.angry", "feelings.calm"):
        assert fields[box].get("/FT") == "/Btn"
        assert "/Yes" in fields[box]["/_States_"]


def test_page_size_follows_the_choice(every_field: Module) -> None:
    """A4 and Letter give pages of those sizes."""
    for size in (A4, LETTER):
        reader = pdf_reader(worksheet_pdf(every_field, "P", "blank", page_size=size))
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (
            round(size[0]),
            round(size[1]),
        )


def test_default_page_size_comes_from_the_locale() -> None:
    """People in the US, Canada, Mexico and the Philippines get Letter; elsewhere A4."""
    assert default_page_size(["en_US.UTF-8"]) == page_size_named("letter")
    assert default_page_size(["fr_CA.UTF-8"]) == page_size_named("Letter")
    assert default_page_size(["es_MX"]) == page_size_named("letter")
    assert default_page_size(["en_GB.UTF-8"]) == page_size_named("a4")
    assert default_page_size(["de_DE@euro"]) == page_size_named("a4")
    assert default_page_size([]) == page_size_named("a4")


def test_unknown_page_size_is_explained() -> None:
    """A mistyped paper size gets a message naming the choices."""
    try:
        page_size_named("legal")
    except ValueError as error:
        assert "a4 or letter" in str(error)
    else:
        raise AssertionError("legal should be refused")


def test_every_builtin_module_prints_blank_and_fillable(program: Program) -> None:
    """Each module of the built-in program prints both ways, its title on the first page."""
    for module in program.modules:
        for mode in ("blank", "fillable"):
            reader = pdf_reader(worksheet_pdf(module, program.title, mode))
            first_page = " ".join((reader.pages[0].extract_text() or "").split())
            assert module.title in first_page
