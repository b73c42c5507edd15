"""A Questionnaire's module header: identity, schedule, source and licence, scores and flags.

Part of reading a Questionnaire back (``questionnaire_import``). A Questionnaire Workbook
wrote carries all of it in Workbook's ``module``, ``score`` and ``flag`` extensions; one
from elsewhere gives its title, description, version, publisher and copyright.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire, QuestionnaireItem

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.import_items import clean_number, parts_of


def score_entry(item: QuestionnaireItem) -> dict[str, Any]:
    parts = parts_of(ext.find(item.extension, v.SCORE))
    data: dict[str, Any] = {
        "id": ext.text_of(parts, "id") or item.linkId,
        "label": item.text or item.linkId,
        "formula": ext.text_of(parts, "formula"),
    }
    for key in ("min", "max"):
        value = clean_number(ext.number_of(parts, key))
        if value is not None:
            data[key] = value
    data["better"] = ext.text_of(parts, "better") or "lower"
    bands = []
    for band in ext.find_all(parts, "band"):
        entry: dict[str, Any] = {
            "from": clean_number(ext.number_of(band.extension, "from")),
            "label": ext.text_of(band.extension, "label"),
        }
        said = ext.text_of(band.extension, "interpretation")
        if said:
            entry["interpretation"] = said
        bands.append(entry)
    if bands:
        data["bands"] = bands
    for key, name in (("reliable_change", "reliable-change"), ("caseness", "caseness")):
        value = clean_number(ext.number_of(parts, name))
        if value is not None:
            data[key] = value
    norms = ext.find(parts, "norms")
    if norms is not None:
        data["norms"] = {
            key.replace("-", "_"): clean_number(ext.number_of(norms.extension, key))
            for key in (
                "reliability",
                "clinical-mean",
                "clinical-sd",
                "community-mean",
                "community-sd",
            )
        }
    return data


def module_header(
    q: Questionnaire,
    module_id: str,
    stage: str,
    questions: int,
    scores: list[dict[str, Any]],
    warn: Callable[[str], str],
) -> dict[str, Any]:
    parts = parts_of(ext.find(q.extension, v.MODULE))
    minutes = clean_number(ext.number_of(parts, "estimated-minutes"))
    if minutes is None:
        minutes = max(1, round(questions / 3))
        warn(f"`estimated_minutes: {minutes}` is a guess from the number of questions.")
    header: dict[str, Any] = {
        "id": module_id,
        "title": q.title or q.name or module_id,
        "stage": ext.text_of(parts, "stage") or stage,
        "version": q.version or "1",
        "summary": q.description
        or "Imported from a FHIR Questionnaire" + (f" ({q.url})." if q.url else "."),
        "estimated_minutes": minutes,
    }
    if q.language and q.language.split("-")[0].lower() != "en":
        header["language"] = q.language
    if ext.boolean_of(parts, "repeatable"):
        header["repeatable"] = True
    if ext.boolean_of(parts, "in-order") is False:
        header["in_order"] = False
    requires = [str(e.valueString) for e in ext.find_all(parts, "requires") if e.valueString]
    if requires:
        header["requires"] = requires
    for key, name in (
        ("recommend_when", "recommend-when"),
        ("recommend_reason", "recommend-reason"),
        ("records", "records"),
    ):
        said = ext.text_of(parts, name)
        if said:
            header[key] = said
    every = ext.number_of(parts, "repeat-every-days")
    if every is not None:
        header["repeat_every"] = f"{int(every)} days"
    source = ext.text_of(parts, "source")
    if source is None and not parts and (q.publisher or q.url):
        source = f"Imported from the FHIR Questionnaire {q.url or q.id}" + (
            f", published by {q.publisher}." if q.publisher else "."
        )
    if source:
        header["source"] = source
    licence = ext.find(parts, "licence")
    if licence is not None:
        terms: dict[str, Any] = {"terms": ext.text_of(licence.extension, "terms")}
        for key, name in (
            ("permission_needed", "permission-needed"),
            ("commercial_use", "commercial-use"),
        ):
            said_bool = ext.boolean_of(licence.extension, name)
            if said_bool is not None:
                terms[key] = said_bool
        url = ext.text_of(licence.extension, "url")
        if url:
            terms["url"] = url
        header["licence"] = terms
    elif q.copyright:
        header["licence"] = {"terms": str(q.copyright)}
    if scores:
        header["scores"] = scores
    flags = []
    for flag in ext.find_all(q.extension, v.FLAG):
        flags.append(
            {
                "id": ext.text_of(flag.extension, "id"),
                "when": ext.text_of(flag.extension, "when"),
                "level": ext.text_of(flag.extension, "level") or "info",
                "message": ext.text_of(flag.extension, "message"),
            }
        )
    if flags:
        header["flags"] = flags
    return header
