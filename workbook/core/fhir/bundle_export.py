"""What a person chose to share, as a FHIR ``Bundle`` (type ``collection``) for their clinic.

One ``QuestionnaireResponse`` per finished entry, shaped item for item like the
module's Questionnaire (pages as groups, answers under the question's ``linkId``,
scores as the hidden calculated items), and one ``Observation`` per score (LOINC
code where the instrument has one, the value the app shows, the band as its
interpretation) and per raised flag. The subject is a ``Patient`` with a random id,
named only when the person asks for it. Nothing else from the workbook goes in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.questionnaireresponse import (
    QuestionnaireResponse,
    QuestionnaireResponseItem,
    QuestionnaireResponseItemAnswer,
)
from fhir.resources.R4B.reference import Reference

from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.extensions import number
from workbook.core.fhir.item_types import column_item_type, fhir_item_type
from workbook.core.fhir.loinc import instrument
from workbook.core.fhir.options import option_coding
from workbook.core.fhir.questionnaire_export import page_link_id
from workbook.core.language.model import Column, Field, FieldType, Flag, Module, Program
from workbook.core.printing.report_data import check_dates, entry_day, in_range
from workbook.core.scoring import Results, saved_results, visible_fields

#: ``--include`` word for every module (the default is the measures: modules with scores).
ALL = "all"


@dataclass(frozen=True)
class Shared:
    """The bundle and, in words, what went into it."""

    bundle: Bundle
    responses: int
    observations: int
    modules: tuple[str, ...] = field(default_factory=tuple)
    #: finished entries in the dates whose module the program no longer has (not shared:
    #: without the module there is no Questionnaire to match them to)
    left_out: int = 0


class ExportChoiceError(ValueError):
    """The chosen modules or dates cannot make an export; the message says which and why."""


def chosen_modules(program: Program, include: Iterable[str] | None) -> tuple[Module, ...]:
    """The modules named in ``include`` (ids, or ``all``); by default those with scores."""
    if include is None:
        return tuple(m for m in program.modules if m.scores)
    wanted = [w.strip() for w in include if w.strip()]
    if ALL in wanted:
        return program.modules
    unknown = [w for w in wanted if program.module(w) is None]
    if unknown:
        known = ", ".join(m.id for m in program.modules)
        raise ExportChoiceError(
            f"There is no module {unknown[0]!r} in {program.title!r}. Choose from: {known} "
            f"(or {ALL})."
        )
    return tuple(m for m in program.modules if m.id in wanted)


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _when(entry: Any) -> datetime:
    found: datetime = entry.completed_at or entry.updated_at
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


# -- answers ---------------------------------------------------------------------------------


def _coding(module: Module, field: Field | None, value: str, base: str) -> Coding:
    return option_coding(module.id, v.option_system(base, module.id), field, value)


def _number_answer(kind: str, raw: Any) -> QuestionnaireResponseItemAnswer | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    if kind == "integer" and float(raw).is_integer():
        return QuestionnaireResponseItemAnswer(valueInteger=int(raw))
    return QuestionnaireResponseItemAnswer(valueDecimal=number(raw))


def _text_answers(raw: Any) -> list[QuestionnaireResponseItemAnswer]:
    items = raw if isinstance(raw, list) else [raw]
    return [
        QuestionnaireResponseItemAnswer(valueString=t)
        for t in items
        if isinstance(t, str) and t.strip()
    ]


def _cell(link: str, column: Column, raw: Any) -> QuestionnaireResponseItem | None:
    kind = column_item_type(column)
    if kind in ("integer", "decimal"):
        answer = _number_answer(kind, raw)
        answers = [answer] if answer is not None else []
    else:
        answers = _text_answers(raw)
    if not answers:
        return None
    return QuestionnaireResponseItem(linkId=link, text=column.label, answer=answers)


def _answers(
    module: Module, field: Field, raw: Any, base: str
) -> list[QuestionnaireResponseItemAnswer]:
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.LIST):
        return _text_answers(raw)
    if kind in (FieldType.NUMBER, FieldType.SCALE):
        answer = _number_answer(fhir_item_type(field)[0], raw)
        return [answer] if answer is not None else []
    if kind == FieldType.YES_NO:
        return [QuestionnaireResponseItemAnswer(valueBoolean=raw)] if isinstance(raw, bool) else []
    if kind == FieldType.CHOICE:
        if not isinstance(raw, str) or not raw:
            return []
        return [QuestionnaireResponseItemAnswer(valueCoding=_coding(module, field, raw, base))]
    if kind == FieldType.MULTIPLE_CHOICE:
        chosen = [c for c in raw if isinstance(c, str) and c] if isinstance(raw, list) else []
        return [
            QuestionnaireResponseItemAnswer(valueCoding=_coding(module, field, c, base))
            for c in chosen
        ]
    if kind == FieldType.DATE:
        try:
            day = date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            day = None
        return [QuestionnaireResponseItemAnswer(valueDate=day)] if day else []
    if kind == FieldType.TIME:
        try:
            moment = time.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            moment = None
        return [QuestionnaireResponseItemAnswer(valueTime=moment)] if moment else []
    return []


def _field_items(
    module: Module, field: Field, raw: Any, base: str
) -> list[QuestionnaireResponseItem]:
    """One item per answered question; a table gives one (repeated) group item per row."""
    if field.type == FieldType.TABLE:
        rows = [r for r in raw if isinstance(r, dict)] if isinstance(raw, list) else []
        found = []
        for row in rows:
            cells = [_cell(f"{field.id}.{c.id}", c, row.get(c.id)) for c in field.columns]
            filled = [c for c in cells if c is not None]
            if filled:
                found.append(
                    QuestionnaireResponseItem(linkId=field.id, text=field.label, item=filled)
                )
        return found
    answers = _answers(module, field, raw, base)
    if not answers:
        return []
    return [QuestionnaireResponseItem(linkId=field.id, text=field.label, answer=answers)]


def response_items(
    module: Module, answers: dict[str, Any], results: Results, program: Program, base: str
) -> list[QuestionnaireResponseItem]:
    """The answers as items nested like the Questionnaire: pages, then scores."""
    shown = {f.id for f in visible_fields(module, answers, program=program)}
    items: list[QuestionnaireResponseItem] = []
    for number_, page in enumerate(module.pages, 1):
        inside = [
            item
            for f in page.fields
            if f.id in shown and f.id in answers
            for item in _field_items(module, f, answers[f.id], base)
        ]
        if inside:
            items.append(
                QuestionnaireResponseItem(
                    linkId=page_link_id(number_), text=page.title, item=inside
                )
            )
    for result in results.scores:
        if result.value is not None:
            items.append(
                QuestionnaireResponseItem(
                    linkId=result.score.id,
                    text=result.score.label,
                    answer=[QuestionnaireResponseItemAnswer(valueDecimal=number(result.value))],
                )
            )
    return items


# -- observations ----------------------------------------------------------------------------


def _survey() -> list[CodeableConcept]:
    coding = Coding(system=v.OBSERVATION_CATEGORY, code="survey", display="Survey")
    return [CodeableConcept(coding=[coding])]


def _score_observations(
    module: Module, results: Results, when: datetime, subject: str, response: str, base: str
) -> list[Observation]:
    codes = instrument(module.id)
    found = []
    for result in results.scores:
        if result.value is None:
            continue
        loinc = codes.scores.get(result.score.id) if codes else None
        coding = (
            Coding(system=v.LOINC, code=loinc.code, display=loinc.display)
            if loinc
            else Coding(
                system=v.score_system(base),
                code=f"{module.id}.{result.score.id}",
                display=result.score.label,
            )
        )
        band = result.band
        found.append(
            Observation(
                status="final",
                category=_survey(),
                code=CodeableConcept(coding=[coding], text=f"{module.title}: {result.score.label}"),
                subject=Reference(reference=subject),
                effectiveDateTime=when,
                valueQuantity=Quantity(
                    value=number(result.value), unit="{score}", system=v.UCUM, code="{score}"
                ),
                interpretation=[CodeableConcept(text=band.label)] if band else None,
                note=[Annotation(text=band.interpretation)]
                if band and band.interpretation
                else None,
                derivedFrom=[Reference(reference=response)],
            )
        )
    return found


def _flag_observation(
    module: Module, flag: Flag, when: datetime, subject: str, response: str, base: str
) -> Observation:
    coding = Coding(
        system=v.score_system(base), code=f"{module.id}.{flag.id}", display=f"Flag {flag.id}"
    )
    return Observation(
        status="final",
        category=_survey(),
        code=CodeableConcept(coding=[coding], text=f"{module.title}: flag {flag.id}"),
        subject=Reference(reference=subject),
        effectiveDateTime=when,
        valueBoolean=True,
        interpretation=[CodeableConcept(text=f"{flag.level.value}: raised when {flag.when.text}")],
        note=[Annotation(text=flag.message)],
        derivedFrom=[Reference(reference=response)],
    )


# -- the bundle ------------------------------------------------------------------------------


def _patient(name: str | None) -> Patient:
    if name and name.strip():
        return Patient(name=[HumanName(text=name.strip())])
    return Patient()


def share_bundle(
    workbook: Any,
    program: Program,
    *,
    start: date | None = None,
    end: date | None = None,
    include: Sequence[str] | None = None,
    name: str | None = None,
    base: str = v.DEFAULT_BASE,
) -> Shared:
    """Finished entries of the chosen modules between ``start`` and ``end`` as a Bundle."""
    check_dates(start, end)
    base = base.rstrip("/")
    modules = {m.id: m for m in chosen_modules(program, include)}
    subject = _urn()
    entries: list[BundleEntry] = [BundleEntry(fullUrl=subject, resource=_patient(name))]
    responses = observations = 0
    shared: dict[str, None] = {}
    finished = [
        e for e in workbook.entries(status="complete") if in_range(entry_day(e), start, end)
    ]
    done = [e for e in finished if e.module_id in modules]
    left_out = sum(1 for e in finished if program.module(e.module_id) is None)
    for entry in sorted(done, key=_when):
        module = modules[entry.module_id]
        results = saved_results(module, entry.answers, entry.results)
        when = _when(entry)
        response_url = _urn()
        response = QuestionnaireResponse(
            questionnaire=f"{v.questionnaire_url(base, module.id)}|{entry.module_version}",
            status="completed",
            subject=Reference(reference=subject),
            authored=when,
            item=response_items(module, entry.answers, results, program, base) or None,
        )
        entries.append(BundleEntry(fullUrl=response_url, resource=response))
        responses += 1
        shared[module.id] = None
        made = _score_observations(module, results, when, subject, response_url, base)
        made += [
            _flag_observation(module, f, when, subject, response_url, base) for f in results.flags
        ]
        entries += [BundleEntry(fullUrl=_urn(), resource=o) for o in made]
        observations += len(made)
    bundle = Bundle(type="collection", timestamp=datetime.now(UTC), entry=entries)
    return Shared(bundle, responses, observations, tuple(shared), left_out)


def bundle_json(bundle: Bundle) -> str:
    return bundle.model_dump_json(indent=2, exclude_none=True) + "\n"
