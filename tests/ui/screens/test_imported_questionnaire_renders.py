"""A clinic's Questionnaire, read back as a module, shows on screen: every page lays out and
every question gets its widget (choices, yes/no, numbers, the table of bad nights)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot
from screens_fakes import PROGRAM, FakeService

from workbook.core.fhir.questionnaire_import import import_questionnaire
from workbook.core.language import load_module
from workbook.ui.program.page_view import PageView

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fhir"))
try:
    from test_questionnaire_import import SDC_STYLE
finally:
    sys.path.pop(0)


def test_each_page_of_the_imported_module_lays_out_with_every_question(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(SDC_STYLE), encoding="utf-8")
    module_file = tmp_path / "mood-and-sleep.md"
    module_file.write_text(import_questionnaire(source).markdown, encoding="utf-8")
    module = load_module(module_file)
    service = FakeService(PROGRAM, None)
    shown = []
    for page in module.pages:
        view = PageView(module, page, service)
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        assert set(view.fields) == {f.id for f in page.fields}
        shown += list(view.fields)
    assert "nights" in shown and "q44250-9" in shown
