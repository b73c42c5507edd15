"""Export for my clinic (FHIR): the same not-encrypted warning as every export, then a
Bundle written through the operation path, with only what the person chose."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from screens_fakes import FakeService

from workbook.core.language import load_program
from workbook.core.usecases.entries import start_and_finish
from workbook.paths import builtin_program_dir
from workbook.ui.printing.clinic_export_dialog import EVERYTHING, ClinicExportDialog

ANSWERS = {f"q{n}": "several-days" for n in range(1, 10)} | {"q9": "not-at-all"}


@pytest.fixture
def service(real_workbook: Any) -> FakeService:
    """The built-in program (PHQ-9 and its LOINC codes) around a real workbook."""
    return FakeService(load_program(builtin_program_dir()), real_workbook)


def _finish_phq9(service: FakeService) -> None:
    module = service.program.module("phq9")
    assert module is not None
    start_and_finish(service.program, service.workbook, module, ANSWERS)


def test_it_warns_then_writes_a_private_bundle_of_the_scores(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    _finish_phq9(service)
    dialog = ClinicExportDialog(service)
    qtbot.addWidget(dialog)
    assert "NOT encrypted" in dialog.warning.text()
    assert "understand" in dialog.go.text()
    assert not dialog.name.isEnabled()  # no name unless the person adds one
    target = tmp_path / "clinic.json"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    bundle = json.loads(target.read_text(encoding="utf-8"))
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Patient", "QuestionnaireResponse", "Observation"]
    total = bundle["entry"][2]["resource"]
    assert total["code"]["coding"][0]["code"] == "44261-6"
    assert total["valueQuantity"]["value"] == 8
    assert "name" not in bundle["entry"][0]["resource"]


def test_a_name_and_everything_go_in_only_when_chosen(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    _finish_phq9(service)
    dialog = ClinicExportDialog(service)
    qtbot.addWidget(dialog)
    dialog.what.set_key(EVERYTHING)
    dialog.with_name.setChecked(True)
    dialog.name.setText("Sam Jones")
    choices = dialog.choices()
    assert choices.everything and choices.name == "Sam Jones"
    target = tmp_path / "clinic.json"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(target)
    patient = json.loads(target.read_text(encoding="utf-8"))["entry"][0]["resource"]
    assert patient["name"] == [{"text": "Sam Jones"}]


def test_a_failed_write_says_why_and_lets_the_person_try_again(
    qtbot: QtBot, service: FakeService, tmp_path: Path
) -> None:
    dialog = ClinicExportDialog(service)
    qtbot.addWidget(dialog)
    dialog.export_to(tmp_path / "no such folder" / "clinic.json")
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=20_000)
    assert "does not exist" in dialog.status.text()
