"""``workbook fhir …`` from a terminal: files written, the privacy warning said, and bad
input answered with a sentence and an exit code, never a traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.fhir.conftest import PASSPHRASE
from workbook.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_questionnaire_then_import_gives_back_a_module_that_checks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_json, out_md = tmp_path / "gad7.json", tmp_path / "gad7.md"
    code, out, _ = run(capsys, "fhir", "questionnaire", "gad7", "-o", str(out_json))
    assert code == 0 and "Saved the FHIR Questionnaire" in out
    assert json.loads(out_json.read_text())["code"][0]["code"] == "69737-5"
    code, out, err = run(capsys, "fhir", "import-questionnaire", str(out_json), "-o", str(out_md))
    assert code == 0 and err == ""
    assert run(capsys, "check", str(out_md))[0] == 0


def test_export_warns_and_writes_a_private_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, history_on_disk: Path
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "bundle.json"
    code, out, err = run(
        capsys, "fhir", "export", "-o", str(target), "--passphrase-file", str(secret)
    )
    assert code == 0
    assert "NOT encrypted" in err
    assert "questionnaire response(s)" in out
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert json.loads(target.read_text())["resourceType"] == "Bundle"
    code, _, err = run(
        capsys, "fhir", "export", "-o", str(target), "--passphrase-file", str(secret),
        "--include", "nothing",
    )  # fmt: skip
    assert code == 2 and "no module 'nothing'" in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("not json at all", "is not JSON"),
        ('{"resourceType": "Observation", "status": "final"}', "is a Observation, not a"),
        (
            '{"resourceType": "Questionnaire", "status": "active", '
            '"item": [{"linkId": "a", "type": "signature"}]}',
            "`a` has the type `signature`",
        ),
    ],
)
def test_bad_input_gets_a_message_and_exit_code_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, said: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    code, _, err = run(
        capsys, "fhir", "import-questionnaire", str(source), "-o", str(tmp_path / "m.md")
    )
    assert code == 1 and said in err
    assert not (tmp_path / "m.md").exists()


def test_a_missing_or_huge_file_gets_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "fhir", "import-questionnaire", str(tmp_path / "gone.json"), "-o", "m.md"
    )
    assert code == 1 and "There is no file" in err
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run(capsys, "fhir", "import-questionnaire", str(huge), "-o", "m.md")
    assert code == 1 and "too big" in err
