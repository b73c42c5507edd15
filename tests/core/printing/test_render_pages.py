"""Every printed page of the built-in program rasterises cleanly (pdftoppm), as a reader would see it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from html import unescape as html_unescape
from pathlib import Path

import pytest

from tests.core.printing.conftest import readable
from tests.core.printing.sample_data import complete, populate
from workbook.core.language.model import Module, Program
from workbook.core.printing import plan_card_pdf, recovery_sheet_pdf, worksheet_pdf
from workbook.core.printing.report import progress_report_pdf
from workbook.core.store import Workbook

pytestmark = pytest.mark.slow


def _rasterise(pdf: bytes, folder: Path, stem: str) -> list[Path]:
    source = folder / f"{stem}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(source), str(folder / stem)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob(f"{stem}-*.png"))


@pytest.fixture(autouse=True)
def _needs_pdftoppm() -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: install poppler-utils (the CI script does).")


def test_every_builtin_worksheet_page_renders(program: Program, tmp_path: Path) -> None:
    """Each blank and fillable page of every built-in module becomes a picture."""
    for module in program.modules:
        for mode in ("blank", "fillable"):
            pdf = worksheet_pdf(module, program.title, mode)
            pages = _rasterise(pdf, tmp_path, f"{module.id}-{mode}")
            assert pages, f"{module.id} {mode} made no pages"
            assert all(p.stat().st_size > 1000 for p in pages)


def test_sample_report_plan_card_and_recovery_sheet_render(
    workbook: Workbook, program: Program, tmp_path: Path
) -> None:
    """A year's report, the plan card and the recovery sheet all rasterise."""
    populate(workbook, program, start=date(2024, 1, 1), days=365)
    safety = program.module("safety-plan")
    assert safety is not None
    complete(workbook, safety, {"warning_signs": ["Not sleeping"]}, date(2024, 6, 1))
    outputs = {
        "report": progress_report_pdf(workbook, program, name="Sam"),
        "card": plan_card_pdf(workbook, program),
        "sheet": recovery_sheet_pdf("Sam", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"),
    }
    for stem, pdf in outputs.items():
        assert _rasterise(pdf, tmp_path, stem), stem


def _word_boxes(pdf: bytes, folder: Path) -> list[tuple[float, float, str]]:
    """Each drawn word as (top, left, text with joined forms undone), read back by poppler."""
    source = folder / "words.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    return [
        (float(top), float(left), readable(html_unescape(word)))
        for left, top, word in re.findall(pattern, html)
    ]


def test_right_to_left_answers_render_from_the_right(
    workbook: Workbook, every_field: Module, tmp_path: Path
) -> None:
    """On the rendered page an Arabic answer's first word is the rightmost, its last the leftmost."""
    entry_id = complete(workbook, every_field, {"story": "أشعر بتحسن اليوم"}, date(2024, 1, 2))
    pdf = worksheet_pdf(every_field, "P", "filled", entry=workbook.entry(entry_id))
    assert _rasterise(pdf, tmp_path, "arabic")
    # Glyphs are drawn left to right, so poppler spells each Arabic word backwards.
    left = {word[::-1]: x for _, x, word in _word_boxes(pdf, tmp_path)}
    assert left["أشعر"] > left["بتحسن"] > left["اليوم"]
