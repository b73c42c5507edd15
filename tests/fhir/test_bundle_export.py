"""What a person shares with their clinic: a Bundle whose responses follow the Questionnaires
item by item and whose Observations carry the totals the app shows."""

from __future__ import annotations

from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaire import QuestionnaireItem
from fhir.resources.R4B.questionnaireresponse import (
    QuestionnaireResponse,
    QuestionnaireResponseItem,
)

from workbook.core.fhir.bundle_export import ExportChoiceError, bundle_json, share_bundle
from workbook.core.fhir.questionnaire_export import module_questionnaire
from workbook.core.language.model import Program
from workbook.core.scoring import Results
from workbook.core.store import Workbook

ANSWER_TYPES = {
    "string": "valueString",
    "text": "valueString",
    "integer": "valueInteger",
    "decimal": "valueDecimal",
    "choice": "valueCoding",
    "boolean": "valueBoolean",
    "date": "valueDate",
    "time": "valueTime",
}


def parsed(workbook: Workbook, program: Program, **choices: Any) -> Bundle:
    shared = share_bundle(workbook, program, **choices)
    return Bundle.model_validate_json(bundle_json(shared.bundle))


def resources(bundle: Bundle, kind: type) -> list[Any]:
    return [e.resource for e in bundle.entry or [] if isinstance(e.resource, kind)]


def match_items(
    answered: list[QuestionnaireResponseItem] | None,
    asked: list[QuestionnaireItem] | None,
    where: str,
) -> int:
    """Walk a response's items beside its Questionnaire's: same linkIds, at the same level,
    in the same order, answers of the item's type; returns how many answers were checked."""
    items = {i.linkId: i for i in asked or []}
    order = [i.linkId for i in asked or []]
    checked = 0
    last = -1
    for item in answered or []:
        assert item.linkId in items, f"{where}: {item.linkId} is not in the Questionnaire there"
        question = items[item.linkId]
        position = order.index(item.linkId)
        assert position >= last, f"{where}: {item.linkId} is out of order"
        last = position
        if question.type == "group":
            assert not item.answer, f"{where}: the group {item.linkId} has answers"
            checked += match_items(item.item, question.item, f"{where}/{item.linkId}")
            continue
        assert item.answer, f"{where}: {item.linkId} is there without an answer"
        if len(item.answer) > 1:
            assert question.repeats, f"{where}: {item.linkId} has many answers but does not repeat"
        for answer in item.answer:
            filled = [
                k
                for k, val in answer.model_dump(exclude_none=True).items()
                if k.startswith("value")
            ]
            assert filled == [ANSWER_TYPES[question.type]], f"{where}: {item.linkId} {filled}"
            if question.type == "choice":
                codes = {
                    o.valueCoding.code: o for o in question.answerOption or [] if o.valueCoding
                }
                assert answer.valueCoding.code in codes
                # the score travels with the answer, for FHIRPath's weight() in the clinic
                option = codes[answer.valueCoding.code]
                asked_weight = [e.valueDecimal for e in option.extension or []]
                given = [
                    e.valueDecimal
                    for e in answer.valueCoding.extension or []
                    if e.url.endswith("/ordinalValue")
                ]
                assert given == asked_weight
                assert answer.valueCoding.system == option.valueCoding.system
            checked += 1
    return checked


def test_the_bundle_parses_and_each_response_matches_its_questionnaire(
    history: Workbook, program: Program
) -> None:
    bundle = parsed(history, program, include=["all"])
    assert bundle.type == "collection"
    responses = resources(bundle, QuestionnaireResponse)
    done = history.entries(status="complete")
    assert len(responses) == len(done) > 0
    questionnaires = {
        f"{q.url}|{q.version}": q for q in (module_questionnaire(m) for m in program.modules)
    }
    checked = 0
    for response in responses:
        assert response.status == "completed"
        questionnaire = questionnaires[response.questionnaire]
        checked += match_items(response.item, questionnaire.item, str(response.questionnaire))
    assert checked > 100


def test_observations_carry_the_totals_and_bands_the_app_shows(
    history: Workbook, program: Program
) -> None:
    bundle = parsed(history, program)
    for module_id, loinc in (("phq9", "44261-6"), ("gad7", "70274-6")):
        module = program.module(module_id)
        assert module is not None
        shown = []
        for entry in sorted(
            history.entries(module_id, status="complete"), key=lambda e: e.completed_at
        ):
            result = Results.from_json(module, entry.results).score_result("total")
            assert result is not None and result.band is not None
            shown.append((result.value, result.band.label))
        observed = sorted(
            (o for o in resources(bundle, Observation) if o.code.coding[0].code == loinc),
            key=lambda o: o.effectiveDateTime,
        )
        assert [(float(o.valueQuantity.value), o.interpretation[0].text) for o in observed] == shown


def test_by_default_only_measures_go_and_the_person_is_not_named(
    history: Workbook, program: Program
) -> None:
    bundle = parsed(history, program)
    sent = {
        r.questionnaire.split("/")[-1].split("|")[0]
        for r in resources(bundle, QuestionnaireResponse)
    }
    assert sent == {"phq9", "gad7"}  # the thought records stay at home
    (patient,) = resources(bundle, Patient)
    assert patient.name is None
    assert "Sam" not in bundle_json(bundle)
    named = parsed(history, program, name="Sam Jones")
    assert resources(named, Patient)[0].name[0].text == "Sam Jones"


def test_dates_narrow_what_is_shared(history: Workbook, program: Program) -> None:
    everything = resources(parsed(history, program), QuestionnaireResponse)
    latest = max(r.authored for r in everything).date()
    only_latest = resources(
        parsed(history, program, start=latest, end=latest), QuestionnaireResponse
    )
    assert 0 < len(only_latest) < len(everything)


def test_an_unknown_module_is_named_with_the_choices(history: Workbook, program: Program) -> None:
    with pytest.raises(ExportChoiceError, match=r"no module 'phq10'.*phq9"):
        share_bundle(history, program, include=["phq10"])


def test_a_raised_flag_is_an_observation_beside_the_score(
    history: Workbook, program: Program
) -> None:
    """PHQ-9 item 9 above 0 raises the risk flag; the clinic sees it, with its level and why."""
    from workbook.core.usecases.entries import start_and_finish

    def flags(bundle: Bundle) -> list[Observation]:
        found = resources(bundle, Observation)
        return [o for o in found if o.code.coding[0].code == "phq9.self_harm"]

    before = len(flags(parsed(history, program)))
    phq9 = program.module("phq9")
    assert phq9 is not None
    answers = {f"q{n}": "not-at-all" for n in range(1, 9)} | {"q9": "several-days"}
    start_and_finish(program, history, phq9, answers)
    bundle = parsed(history, program)
    raised = flags(bundle)
    assert len(raised) == before + 1
    latest = max(raised, key=lambda o: o.effectiveDateTime)
    assert latest.valueBoolean is True
    assert latest.interpretation[0].text.startswith("risk")
    assert "safety plan" in latest.note[0].text
    responses = {
        e.fullUrl for e in bundle.entry or [] if isinstance(e.resource, QuestionnaireResponse)
    }
    assert latest.derivedFrom[0].reference in responses


def test_entries_of_a_module_the_program_no_longer_has_are_counted_not_lost(
    history: Workbook, program: Program
) -> None:
    """Without the module there is no Questionnaire to match; the export says how many."""
    import dataclasses

    smaller = dataclasses.replace(
        program, modules=tuple(m for m in program.modules if m.id != "thought-record")
    )
    shared = share_bundle(history, smaller, include=["all"])
    assert shared.left_out == len(history.entries("thought-record", status="complete")) > 0
    assert "thought-record" not in shared.modules
