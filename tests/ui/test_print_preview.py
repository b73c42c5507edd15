"""The print preview: shows the PDF from memory, prints every page, saves whole, explains failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from workbook.core.language import load_module
from workbook.core.printing import worksheet_pdf
from workbook.ui.printing import preview as print_preview
from workbook.ui.printing.preview import PrintPreviewDialog

MODULE = Path(__file__).parent.parent / "core" / "printing" / "data" / "every-field.md"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return worksheet_pdf(load_module(MODULE), "Steps to recovery", "blank")


def _open(qtbot: QtBot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(lambda: pdf, "every-field.pdf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.show()
    return dialog


def test_preview_shows_every_page(qtbot: QtBot, pdf: bytes) -> None:
    """Once built, the preview holds all the pages and says how many."""
    dialog = _open(qtbot, pdf)
    assert dialog.document.pageCount() >= 2
    assert f"{dialog.document.pageCount()} pages" == dialog.status.text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_controls_have_accessible_names(qtbot: QtBot, pdf: bytes) -> None:
    """Every control can be found by a screen reader."""
    dialog = _open(qtbot, pdf)
    names = {
        b.accessibleName()
        for b in (
            dialog.print_button,
            dialog.save_button,
            dialog.close_button,
            dialog.zoom_in_button,
            dialog.zoom_out_button,
        )
    }
    assert names == {"Print", "Save as PDF", "Close", "Zoom in", "Zoom out"}
    assert dialog.view.accessibleName()


def test_save_as_pdf_writes_the_same_bytes(
    qtbot: QtBot, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save as PDF writes exactly the previewed PDF where the person chose, adding .pdf."""
    dialog = _open(qtbot, pdf)
    target = tmp_path / "my worksheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert (tmp_path / "my worksheet.pdf").read_bytes() == pdf
    assert "Saved to" in dialog.status.text()


def test_save_as_pdf_starts_in_documents_or_home_not_the_start_folder(
    qtbot: QtBot, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog opens in Documents (or the home folder when there is none), never in the
    folder Workbook happened to be started from."""
    from PySide6.QtCore import QStandardPaths

    dialog = _open(qtbot, pdf)
    asked: list[str] = []

    def cancel(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # "started from" here
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog.save_pdf()
    expected = Path(documents) if documents and Path(documents).is_dir() else home
    assert Path(asked[0]).parent == expected
    assert Path(asked[0]).parent != tmp_path


def test_printing_renders_every_page(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    """Printing draws each page onto the printer (here a PDF printer)."""
    dialog = _open(qtbot, pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.render_to(printer)
    import pypdf

    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == dialog.document.pageCount()


def test_failure_to_build_is_explained(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the PDF cannot be made, the person sees a message and nothing is enabled."""
    shown: list[str] = []

    def fake_show_error(_parent: object, error: BaseException, **_k: object) -> str:
        shown.append(str(error))
        return "shown"

    monkeypatch.setattr(print_preview, "show_error", fake_show_error)

    def broken() -> bytes:
        raise OSError("disk gone")

    dialog = PrintPreviewDialog(broken, "x.pdf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.show()
    assert shown == ["disk gone"]
    assert not dialog.print_button.isEnabled()


def test_closing_forgets_the_pdf(qtbot: QtBot, pdf: bytes) -> None:
    """Closing the preview drops the bytes and the document from memory."""
    dialog = _open(qtbot, pdf)
    dialog.reject()
    assert dialog.pdf_bytes is None
    assert dialog.document.pageCount() == 0
