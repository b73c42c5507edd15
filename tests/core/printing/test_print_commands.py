"""``workbook worksheet | report | plan`` from a terminal: files written, problems explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.printing.conftest import DATA, PASSPHRASE, pdf_reader, pdf_text
from workbook.cli import main
from workbook.core.store import Workbook


def test_worksheet_from_a_module_file_needs_no_workbook(tmp_path: Path) -> None:
    """A clinician can print any module file as a blank handout."""
    out = tmp_path / "handout.pdf"
    assert main(["worksheet", str(DATA / "every-field.md"), "-o", str(out)]) == 0
    assert "Where were you?" in pdf_text(out.read_bytes())


def test_fillable_worksheet_by_id_on_letter(tmp_path: Path) -> None:
    """A built-in module by id, fillable, on Letter paper."""
    out = tmp_path / "phq9.pdf"
    code = main(["worksheet", "phq9", "--fillable", "--page-size", "letter", "-o", str(out)])
    assert code == 0
    reader = pdf_reader(out.read_bytes())
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "q1" in (reader.get_fields() or {})


def test_unknown_module_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped module id gets a sentence listing the real ones, and no file."""
    out = tmp_path / "x.pdf"
    assert main(["worksheet", "phq10", "-o", str(out)]) == 2
    assert "There is no module 'phq10'" in capsys.readouterr().err
    assert not out.exists()


def test_report_and_plan_open_the_workbook(
    workbook: Workbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report command reads the passphrase from a file and writes the PDF."""
    workbook.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "report.pdf"
    args = ["--passphrase-file", str(secret), "-o", str(out)]
    assert main(["report", "--from", "2024-01-01", *args]) == 0
    assert "Progress report" in pdf_text(out.read_bytes())
    assert main(["plan", *args]) == 1
    assert "no plan to print yet" in capsys.readouterr().err


def test_bad_dates_are_explained(
    workbook: Workbook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date written the wrong way gets the format to use."""
    workbook.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    code = main(
        [
            "report",
            "--from",
            "1/2/2024",
            "--passphrase-file",
            str(secret),
            "-o",
            str(tmp_path / "r.pdf"),
        ]
    )
    assert code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
