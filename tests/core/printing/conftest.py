"""Fixtures for the printing tests: modules, a program, a filled workbook, and PDF reading helpers."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest

from workbook.core.language import load_module, load_program
from workbook.core.language.model import Module, Program
from workbook.core.store import Workbook, create_workbook
from workbook.paths import builtin_program_dir

DATA = Path(__file__).parent / "data"
PASSPHRASE = "print test passphrase"


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    assert data.startswith(b"%PDF"), "not a PDF"
    return pypdf.PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All the text a PDF's text layer holds, pages joined, whitespace collapsed."""
    reader = pdf_reader(data)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def readable(text: str) -> str:
    """Extracted text with joined letter forms (Arabic presentation forms, ligatures) unjoined."""
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="session")
def every_field() -> Module:
    return load_module(DATA / "every-field.md")


@pytest.fixture(scope="session")
def program() -> Program:
    return load_program(builtin_program_dir())


@pytest.fixture
def workbook() -> Iterator[Workbook]:
    wb, _key = create_workbook("Sam", PASSPHRASE)
    with wb:
        yield wb


@pytest.fixture
def start_day() -> date:
    return date(2024, 1, 1)
