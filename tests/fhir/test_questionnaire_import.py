"""A Questionnaire from a clinic becomes a module draft that checks clean and renders; what a
module cannot say is a comment in the draft, and a file that is not a Questionnaire is
refused in words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from workbook.core.fhir.questionnaire_import import import_questionnaire
from workbook.core.fhir.reading import MAX_BYTES, FhirInputError
from workbook.core.language import check_paths, load_module
from workbook.core.language.model import FieldType
from workbook.core.printing import worksheet_pdf

LOINC = "http://loinc.org"
ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight"
ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
SUPPORT_LINK = "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink"
CALCULATED = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"


def _frequency(weighted_on: str) -> list[dict[str, Any]]:
    """Answer options the two ways SDC writes a score: itemWeight on the option (current)
    or ordinalValue on its Coding (R4)."""
    labels = [("LA6568-5", "Not at all"), ("LA6569-3", "Several days"),
              ("LA6570-1", "More than half the days"), ("LA6571-9", "Nearly every day")]  # fmt: skip
    options = []
    for score, (code, display) in enumerate(labels):
        coding: dict[str, Any] = {"system": LOINC, "code": code, "display": display}
        option: dict[str, Any] = {"valueCoding": coding}
        if weighted_on == "option":
            option["extension"] = [{"url": ITEM_WEIGHT, "valueDecimal": score}]
        else:
            coding["extension"] = [{"url": ORDINAL, "valueDecimal": score}]
        options.append(option)
    return options


SDC_STYLE: dict[str, Any] = {
    "resourceType": "Questionnaire",
    "id": "mood-and-sleep",
    "url": "http://clinic.example.org/fhir/Questionnaire/mood-and-sleep",
    "version": "2.1",
    "name": "MoodAndSleep",
    "title": "Mood and sleep check",
    "status": "active",
    "publisher": "Example Clinic",
    "description": "Two mood questions, sleep, and a log of bad nights.",
    "contained": [
        {"resourceType": "ValueSet", "id": "quality", "status": "active",
         "compose": {"include": [{"system": "http://clinic.example.org/codes", "concept": [
             {"code": "poor", "display": "Poor",
              "extension": [{"url": ITEM_WEIGHT, "valueDecimal": 2}]},
             {"code": "fair", "display": "Fair",
              "extension": [{"url": ITEM_WEIGHT, "valueDecimal": 1}]},
             {"code": "good", "display": "Good",
              "extension": [{"url": ITEM_WEIGHT, "valueDecimal": 0}]},
         ]}]}},
    ],
    "item": [
        {
            "linkId": "mood",
            "type": "group",
            "text": "Your mood",
            "item": [
                {"linkId": "intro", "type": "display", "text": "Think about the last two weeks."},
                {"linkId": "44250-9", "type": "choice", "required": True,
                 "code": [{"system": LOINC, "code": "44250-9"}],
                 "text": "Little interest or pleasure in doing things",
                 "answerOption": _frequency("option")},
                {"linkId": "44255-8", "type": "choice", "required": True,
                 "text": "Feeling down, depressed, or hopeless",
                 "answerOption": [{**_frequency("coding")[0], "initialSelected": True},
                                  *_frequency("coding")[1:]]},
                {"linkId": "talked", "type": "boolean", "text": "Have you talked to anyone about it?",
                 "enableWhen": [
                     {"question": "44250-9", "operator": "!=",
                      "answerCoding": {"system": LOINC, "code": "LA6568-5"}},
                     {"question": "44255-8", "operator": "!=",
                      "answerCoding": {"system": LOINC, "code": "LA6568-5"}},
                 ],
                 "enableBehavior": "any"},
                {"linkId": "who", "type": "string", "text": "Who did you talk to?",
                 "extension": [{"url": SUPPORT_LINK, "valueUri": "http://clinic.example.org/help"}],
                 "enableWhen": [{"question": "talked", "operator": "=", "answerBoolean": True}]},
                {"linkId": "total", "type": "integer", "text": "Total", "readOnly": True,
                 "extension": [{"url": CALCULATED, "valueExpression": {
                     "language": "text/fhirpath",
                     "expression": "%resource.item.answer.value.weight().sum()"}}]},
            ],
        },
        {
            "linkId": "sleep",
            "type": "group",
            "text": "Sleep",
            "item": [
                {"linkId": "hours", "type": "decimal", "text": "Hours of sleep on a usual night",
                 "extension": [
                     {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 0},
                     {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueDecimal": 24},
                 ]},
                {"linkId": "quality", "type": "choice", "text": "How well do you sleep?",
                 "answerValueSet": "#quality"},
                {"linkId": "nights", "type": "group", "repeats": True, "text": "Bad nights",
                 "item": [
                     {"linkId": "night-date", "type": "string", "text": "Which night"},
                     {"linkId": "woke", "type": "integer", "text": "Times you woke up"},
                 ]},
                {"linkId": "photo", "type": "attachment", "text": "A photo of your sleep diary"},
            ],
        },
    ],
}  # fmt: skip


def _write(tmp_path: Path, data: object, name: str = "q.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_sdc_style_questionnaire_becomes_a_module_that_checks_clean_and_renders(
    tmp_path: Path,
) -> None:
    draft = import_questionnaire(_write(tmp_path, SDC_STYLE))
    module_file = tmp_path / "mood-and-sleep.md"
    module_file.write_text(draft.markdown, encoding="utf-8")
    assert [str(d) for d in check_paths([module_file]) if d.is_error] == []
    module = load_module(module_file)
    assert module.id == "mood-and-sleep"
    assert [p.title for p in module.pages] == ["Your mood", "Sleep"]
    fields = {f.id: f for f in module.fields}
    first = fields["q44250-9"]
    assert first.type == FieldType.CHOICE and first.required
    assert [(o.value, o.score) for o in first.options] == [
        ("LA6568-5", 0), ("LA6569-3", 1), ("LA6570-1", 2), ("LA6571-9", 3)
    ]  # fmt: skip
    assert [o.score for o in fields["q44255-8"].options] == [0, 1, 2, 3]  # ordinalValue read too
    assert fields["talked"].show_when is not None
    assert fields["talked"].show_when.text == ('q44250_9 != "LA6568-5" or q44255_8 != "LA6568-5"')
    assert fields["who"].show_when is not None and fields["who"].show_when.text == "talked == true"
    assert (fields["hours"].type, fields["hours"].min, fields["hours"].max) == (
        FieldType.NUMBER, 0, 24
    )  # fmt: skip
    # options from a ValueSet the Questionnaire holds (SDC's answerValueSet "#id")
    assert [(o.value, o.label, o.score) for o in fields["quality"].options] == [
        ("poor", "Poor", 2), ("fair", "Fair", 1), ("good", "Good", 0)
    ]  # fmt: skip
    table = fields["nights"]
    assert table.type == FieldType.TABLE
    assert [(c.id, c.type) for c in table.columns] == [
        ("night-date", FieldType.TEXT), ("woke", FieldType.NUMBER)
    ]  # fmt: skip
    # what a module cannot say is kept as a comment and a warning, not dropped
    assert "# FHIR import:" in draft.markdown
    said = " ".join(draft.warnings)
    assert "`photo` asks for an attachment" in said
    assert "`total` is calculated by the FHIRPath" in said and "left out" in said
    assert "total" not in fields  # not a question for the person to fill in
    assert "codes (such as LOINC) are not kept" in said
    assert f"`who` has extensions a module cannot use: {SUPPORT_LINK}" in said
    assert "`44255-8` preselects an option" in said
    pdf = worksheet_pdf(module, "Imported", "blank")
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_a_bundle_holding_one_questionnaire_is_read(tmp_path: Path) -> None:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": SDC_STYLE}]}
    assert import_questionnaire(_write(tmp_path, bundle)).module_id == "mood-and-sleep"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"<Questionnaire xmlns='http://hl7.org/fhir'/>", "is not JSON: Expecting value on line 1"),
        (b"[1, 2]", "is JSON but not a FHIR resource"),
        (b'{"resourceType": "Patient"}', "is a Patient, not a Questionnaire"),
        (b'{"name": "x"}', "not a FHIR resource (no resourceType), not a Questionnaire"),
        (b'{"resourceType": "Questionnaire"}', "is not a valid FHIR Questionnaire: at status"),
        (b"\xff\xfe\x00", "is not text"),
    ],
)
def test_files_that_are_not_a_questionnaire_are_refused_in_words(
    tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(FhirInputError) as refused:
        import_questionnaire(path)
    assert said in refused.value.message
    assert refused.value.advice


def test_an_item_type_fhir_does_not_have_is_named(tmp_path: Path) -> None:
    data = {
        "resourceType": "Questionnaire",
        "status": "draft",
        "item": [{"linkId": "sig", "type": "signature", "text": "Sign here"}],
    }
    with pytest.raises(FhirInputError, match=r"`sig` has the type `signature`"):
        import_questionnaire(_write(tmp_path, data))


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to the test disk
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(FhirInputError, match="is 50 MB, too big"):
        import_questionnaire(path)


def test_a_questionnaire_without_items_still_gives_a_draft_that_checks(tmp_path: Path) -> None:
    draft = import_questionnaire(
        _write(tmp_path, {"resourceType": "Questionnaire", "status": "draft", "title": "Empty"})
    )
    module_file = tmp_path / "empty.md"
    module_file.write_text(draft.markdown, encoding="utf-8")
    assert [str(d) for d in check_paths([module_file]) if d.is_error] == []
    assert any("no items" in w for w in draft.warnings)
