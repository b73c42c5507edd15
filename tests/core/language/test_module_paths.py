"""Modules stay in their program folder: images and links that leave it, absolute paths and
control characters are `workbook check` errors, and the screen and the PDF never load them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from language_helpers import module_text, only

from workbook.core.language import Diagnostic
from workbook.core.language.markdown_html import render

Write = Callable[..., Path]


@pytest.fixture
def program(program_dir: Path) -> Path:
    """A program folder (with program.yaml) whose shared images/ sit beside the stage folders."""
    (program_dir / "program.yaml").write_text("title: Test program\n", encoding="utf-8")
    (program_dir / "images").mkdir()
    (program_dir / "images" / "leaf.png").write_bytes(b"png")
    (program_dir / "stage").mkdir()
    return program_dir


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A private file elsewhere on the computer, which no module may reach."""
    secret = tmp_path / "elsewhere" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(b"private")
    return secret


def _errors_about(diagnostics: list[Diagnostic], words: str) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error" and words in d.message]


BAD_IMAGES = {
    "climbs out of the program": ("../../elsewhere/secret.png", "outside the program folder"),
    "climbs out then back in": ("../../program/../elsewhere/secret.png", "outside the program"),
    "absolute": ("/etc/passwd", "absolute path"),
    "a windows drive": ("C:/Users/secret.png", "absolute path"),
    "backslashes": ("..\\..\\elsewhere\\secret.png", "backslashes"),
    "a start-of-heading byte": ("images/le\x01af.png", "control character"),
    "a delete character": ("images/leaf\x7f.png", "control character"),
    "an escape character": ("images/\x1bleaf.png", "control character"),
}


@pytest.mark.parametrize("url, cause", BAD_IMAGES.values(), ids=BAD_IMAGES.keys())
def test_check_rejects_images_that_leave_the_program(
    write: Write, program: Path, outside: Path, url: str, cause: str
) -> None:
    """Each gets an error on its own line saying why and what to write instead."""
    path = write(module_text(f"Look:\n\n![A picture]({url})\n"), name="stage/module.md")
    found = _errors_about(only(path), cause)
    assert found, [d.message for d in only(path)]
    assert (found[0].path, found[0].line) == (path, 10)
    assert found[0].hint


def test_check_rejects_a_nul_byte_in_an_image_path(write: Write, program: Path) -> None:
    path = write(module_text("Look:\n\n![A picture](images/a\x00b.png)\n"), name="stage/module.md")
    assert _errors_about(only(path), "control character (U+0000)")


def test_check_rejects_a_symlink_that_leads_out(write: Write, program: Path, outside: Path) -> None:
    """A link planted inside the program folder that points elsewhere is still outside."""
    os.symlink(outside, program / "images" / "innocent.png")
    path = write(module_text("![A leaf](../images/innocent.png)\n"), name="stage/module.md")
    assert _errors_about(only(path), "outside the program folder")


def test_the_programs_shared_images_folder_is_fine(write: Write, program: Path) -> None:
    """``../images/`` from a stage folder stays inside the program: no error."""
    path = write(module_text("![A leaf](../images/leaf.png)\n"), name="stage/module.md")
    assert [d for d in only(path) if d.severity == "error"] == []


@pytest.mark.parametrize(
    "url, cause",
    [
        ("../../elsewhere/secret.png", "outside the program folder"),
        ("/home/someone/notes.txt", "absolute path"),
        ("https://example.org/\x07bell", "control character"),
    ],
)
def test_check_rejects_links_that_leave_the_program(
    write: Write, program: Path, url: str, cause: str
) -> None:
    path = write(module_text(f"See [this]({url}).\n"), name="stage/module.md")
    found = _errors_about(only(path), cause)
    assert found and found[0].line == 8 and "link" in found[0].message


def test_ordinary_web_links_are_still_fine(write: Write, program: Path) -> None:
    path = write(module_text("See [the NHS](https://www.nhs.uk/).\n"), name="stage/module.md")
    assert only(path) == []


# -- the screen and the PDF (one renderer) -----------------------------------------------------


def test_a_nul_byte_in_an_image_path_renders_its_description() -> None:
    """Found by the slow fuzz run: it used to raise ValueError('embedded null byte')."""
    html = render("![a calm picture](images/a\x00b.png)", "/program/stage")
    assert "<img" not in html and "a calm picture" in html


@pytest.mark.parametrize("url", [v[0] for v in BAD_IMAGES.values()])
def test_an_escaping_image_is_never_loaded(program: Path, outside: Path, url: str) -> None:
    html = render(f"![what it shows]({url})", program / "stage")
    assert "<img" not in html and "what it shows" in html
    assert "secret" not in html and "passwd" not in html


def test_a_symlinked_image_that_leads_out_is_never_loaded(program: Path, outside: Path) -> None:
    os.symlink(outside, program / "images" / "innocent.png")
    html = render("![innocent](../images/innocent.png)", program / "stage")
    assert "<img" not in html


def test_the_shared_images_folder_still_shows(program: Path) -> None:
    html = render("![A leaf](../images/leaf.png)", program / "stage")
    assert f'src="{(program / "images" / "leaf.png").as_uri()}"' in html


def test_the_printed_page_never_embeds_an_outside_file(program: Path, outside: Path) -> None:
    """The PDF lays out the same safe HTML: an escaping image is its description, not a picture."""
    from reportlab.platypus import Image

    from workbook.core.printing.markdown_flow import markdown_flowables

    flowables = markdown_flowables(
        "Before\n\n![secret](../../elsewhere/secret.png)\n\nAfter", program / "stage", 400
    )
    assert not [f for f in flowables if isinstance(f, Image)]


def test_the_check_report_never_sends_a_control_character_to_the_terminal(
    write: Write, program: Path
) -> None:
    """The quoted line shows the bad byte as a visible mark; an escape sequence can't act."""
    from workbook.core.language import check_paths
    from workbook.core.language.checker import format_text

    path = write(module_text("![x](a\x1b[2Jb.png)\n"), name="stage/module.md")
    text = format_text(check_paths([path]))
    assert "\x1b" not in text and "a\ufffd[2Jb.png" in text
