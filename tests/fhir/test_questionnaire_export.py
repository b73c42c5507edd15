"""Every built-in module goes out as an SDC Questionnaire a FHIR library accepts, with the
LOINC codes a clinic's system files PHQ-9 and GAD-7 results under."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire, QuestionnaireItem

from workbook.core.fhir.questionnaire_export import module_questionnaire, questionnaire_json
from workbook.core.language.model import FieldType, Program


def walk(items: list[QuestionnaireItem] | None) -> Iterator[QuestionnaireItem]:
    for item in items or []:
        yield item
        yield from walk(item.item)


def by_link(questionnaire: Questionnaire) -> dict[str, QuestionnaireItem]:
    return {i.linkId: i for i in walk(questionnaire.item) if i.linkId}


def test_every_built_in_module_exports_and_parses(program: Program) -> None:
    """The JSON written for each module parses back with fhir.resources' R4B models."""
    for module in program.modules:
        text = questionnaire_json(module_questionnaire(module))
        parsed = Questionnaire.model_validate_json(text)
        links = by_link(parsed)
        assert len(links) == sum(1 for _ in walk(parsed.item)), f"{module.id}: linkIds repeat"
        assert parsed.url and parsed.url.endswith(f"/Questionnaire/{module.id}")
        assert parsed.version == module.version
        assert parsed.title == module.title
        for field in module.fields:
            assert field.id in links, f"{module.id}: {field.id} is missing"
            assert links[field.id].text == field.label
            assert bool(links[field.id].required) == field.required
        for score in module.scores:
            assert links[score.id].readOnly is True


def _codes(item: QuestionnaireItem | Questionnaire) -> list[str]:
    return [c.code for c in item.code or [] if c.system == "http://loinc.org" and c.code]


@pytest.mark.parametrize(
    ("module_id", "panel", "items", "total"),
    [
        (
            "phq9",
            "44249-1",
            ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5",
             "44253-3", "44260-8"],
            "44261-6",
        ),
        (
            "gad7",
            "69737-5",
            ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
            "70274-6",
        ),
        (
            "audit",
            "72110-0",
            ["68518-0", "68519-8", "68520-6", "97734-8", "97735-5", "97736-3", "97737-1",
             "97738-9", "97739-7", "97740-5"],
            "75624-7",
        ),
    ],
)  # fmt: skip
def test_phq9_and_gad7_carry_their_loinc_panel_item_and_total_codes(
    program: Program, module_id: str, panel: str, items: list[str], total: str
) -> None:
    module = program.module(module_id)
    assert module is not None
    questionnaire = module_questionnaire(module)
    links = by_link(questionnaire)
    assert _codes(questionnaire) == [panel]
    assert [_codes(links[f"q{n}"]) for n in range(1, len(items) + 1)] == [[c] for c in items]
    assert _codes(links["total"]) == [total]
    if "difficulty" in links:
        assert _codes(links["difficulty"]) == []  # not coded: see workbook/core/fhir/loinc.py


@pytest.mark.parametrize(
    ("module_id", "panel", "total"),
    [("pcl5", ["101697-1"], "101698-9"), ("phq15", [], "70273-8"), ("who5", [], None),
     ("k10", [], None)],
)  # fmt: skip
def test_other_instruments_carry_the_codes_that_could_be_found(
    program: Program, module_id: str, panel: list[str], total: str | None
) -> None:
    module = program.module(module_id)
    assert module is not None
    questionnaire = module_questionnaire(module)
    assert _codes(questionnaire) == panel
    assert _codes(by_link(questionnaire)["total"]) == ([total] if total else [])


def test_choice_answers_carry_their_scores_and_a_score_is_a_hidden_calculation(
    program: Program,
) -> None:
    module = program.module("phq9")
    assert module is not None
    data = json.loads(questionnaire_json(module_questionnaire(module)))
    links = {i["linkId"]: i for i in _json_walk(data["item"])}
    # PHQ-9's answers carry their LOINC answer codes (as the HL7 PHQ-9 examples do), the
    # stored value beside each, and the score as itemWeight
    weights = [
        (
            o["valueCoding"]["system"],
            o["valueCoding"]["code"],
            [e["valueString"] for e in o["valueCoding"]["extension"] if "valueString" in e],
            o["extension"][0]["valueDecimal"],
        )
        for o in links["q9"]["answerOption"]
    ]
    loinc = "http://loinc.org"
    assert weights == [
        (loinc, "LA6568-5", ["not-at-all"], 0),
        (loinc, "LA6569-3", ["several-days"], 1),
        (loinc, "LA6570-1", ["more-than-half-the-days"], 2),
        (loinc, "LA6571-9", ["nearly-every-day"], 3),
    ]
    # the difficulty question is not a coded item: its options keep Workbook's codes
    assert links["difficulty"]["answerOption"][0]["valueCoding"]["code"] == "not-difficult-at-all"
    total = {e["url"].rsplit("/", 1)[-1]: e for e in links["total"]["extension"]}
    assert total["questionnaire-hidden"]["valueBoolean"] is True
    calculated = total["sdc-questionnaire-calculatedExpression"]["valueExpression"]
    assert calculated["language"] == "text/fhirpath"
    assert "linkId='q9'" in calculated["expression"] and ".weight()" in calculated["expression"]
    assert calculated["description"] == "sum(q1, q2, q3, q4, q5, q6, q7, q8, q9)"
    # the difficulty question's condition sums scores: an expression, the original kept
    difficulty = {e["url"].rsplit("/", 1)[-1]: e for e in links["difficulty"]["extension"]}
    assert "enableWhen" not in links["difficulty"]
    assert difficulty["show-when"]["valueString"] == "sum(q1, q2, q3, q4, q5, q6, q7, q8, q9) > 0"
    assert "sdc-questionnaire-enableWhenExpression" in difficulty


def _json_walk(items: list[dict[str, object]]) -> Iterator[dict[str, object]]:
    for item in items:
        yield item
        yield from _json_walk(item.get("item", []))  # type: ignore[arg-type]


def test_every_question_type_maps_to_its_fhir_type(program: Program) -> None:
    """The mapping table in modules/README.md, checked over the types the program uses."""
    expected = {
        FieldType.TEXT: ("string", None),
        FieldType.LONG_TEXT: ("text", None),
        FieldType.CHOICE: ("choice", None),
        FieldType.MULTIPLE_CHOICE: ("choice", True),
        FieldType.YES_NO: ("boolean", None),
        FieldType.DATE: ("date", None),
        FieldType.LIST: ("string", True),
        FieldType.TABLE: ("group", True),
    }
    seen = set()
    for module in program.modules:
        links = by_link(module_questionnaire(module))
        for field in module.fields:
            if field.type in expected:
                item = links[field.id]
                assert (item.type, item.repeats) == expected[field.type], field.id
                seen.add(field.type)
            if field.type == FieldType.SCALE:
                assert links[field.id].type in ("integer", "decimal")
    assert seen == set(expected)


@pytest.mark.parametrize(
    ("module_id", "field_id", "behavior", "conditions"),
    [
        ("intake", "medication_details", None, [("medication", "=", "answerBoolean", True)]),
        ("goal-review", "adjustment", None, [("decision", "=", "answerCoding", "adjust")]),
        (
            "mindfulness-log",
            "practice_other",
            "any",
            [
                ("practice", "=", "answerCoding", "other"),
                ("practice", "=", "answerCoding", "everyday"),
            ],
        ),
    ],
)
def test_a_condition_on_one_answer_becomes_enable_when(
    program: Program,
    module_id: str,
    field_id: str,
    behavior: str | None,
    conditions: list[tuple[str, str, str, object]],
) -> None:
    """What FHIR forms understand without FHIRPath; the original stays beside it."""
    module = program.module(module_id)
    assert module is not None
    item = by_link(module_questionnaire(module))[field_id]
    found = []
    for when in item.enableWhen or []:
        kind, value = next(
            (k, v) for k, v in when.model_dump(exclude_none=True).items() if k.startswith("answer")
        )
        found.append(
            (when.question, when.operator, kind, value["code"] if kind == "answerCoding" else value)
        )
    assert found == conditions
    assert item.enableBehavior == behavior
