"""Any Questionnaire fhir.resources accepts becomes a draft that ``workbook check`` passes,
or is refused in words: made-up item trees with every FHIR item type, conditions on
questions that may not exist, options with and without scores, odd ids and text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from workbook.core.fhir.questionnaire_import import questionnaire_draft
from workbook.core.fhir.reading import FhirInputError
from workbook.core.language import check_paths

TYPES = ["group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
         "string", "text", "url", "choice", "open-choice", "attachment", "reference",
         "quantity"]  # fmt: skip
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
words = words.filter(str.strip)
codes = st.text(alphabet="abcXYZ019-._", min_size=1, max_size=8)
link_ids = st.text(alphabet="abcdefXYZ0123456789-._ +", min_size=3, max_size=8)


@st.composite
def option(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["coding", "string", "integer"]))
    if kind == "string":
        return {"valueString": draw(words.filter(str.strip))}
    if kind == "integer":
        return {"valueInteger": draw(st.integers(-5, 5))}
    coding: dict[str, Any] = {"code": draw(codes), "display": draw(words)}
    found: dict[str, Any] = {"valueCoding": coding}
    if draw(st.booleans()):
        found["extension"] = [
            {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight",
             "valueDecimal": draw(st.integers(0, 4))}
        ]  # fmt: skip
    return found


def item(depth: int) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        kind = draw(st.sampled_from(TYPES if depth > 0 else [t for t in TYPES if t != "group"]))
        found: dict[str, Any] = {"linkId": draw(link_ids), "type": kind}
        if draw(st.booleans()):
            found["text"] = draw(words)
        if kind not in ("group", "display") and draw(st.booleans()):
            found["required"] = True
        if kind not in ("display",) and draw(st.booleans()):
            found["repeats"] = True
        if kind in ("choice", "open-choice"):
            found["answerOption"] = draw(st.lists(option(), max_size=4))
        if kind == "group":
            found["item"] = draw(st.lists(item(depth - 1), min_size=1, max_size=3))
        if kind not in ("group", "display") and draw(st.booleans()):
            answer = draw(
                st.sampled_from(
                    [
                        {"answerBoolean": draw(st.booleans())},
                        {"answerInteger": draw(st.integers(-3, 3))},
                        {"answerString": draw(words)},
                        {"answerCoding": {"code": draw(codes)}},
                    ]
                )
            )
            operator = draw(st.sampled_from(["=", "!=", "exists", ">", "<="]))
            if operator == "exists":
                answer = {"answerBoolean": draw(st.booleans())}
            found["enableWhen"] = [{"question": draw(link_ids), "operator": operator, **answer}]
        return found

    return build()


def _all_items(items: list[dict[str, Any]]) -> Any:
    for found in items:
        yield found
        yield from _all_items(found.get("item", []))


def _all(items: list[dict[str, Any]]) -> Any:
    return (found["linkId"] for found in _all_items(items))


def _number_links(items: list[dict[str, Any]], numbers: Any) -> None:
    for found in items:
        found["linkId"] = f"{found['linkId']}{next(numbers)}"
        _number_links(found.get("item", []), numbers)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(item(2), max_size=5), words, st.integers(0, 4), st.data())
def test_made_up_questionnaires_become_drafts_that_check(
    tmp_path_factory: Any,
    items: list[dict[str, Any]],
    title: str,
    repeat_ids: int,
    data: st.DataObject,
) -> None:
    if repeat_ids:  # mostly unique linkIds, as FHIR requires (the rest must be refused)
        _number_links(items, iter(range(1000)))
    links = list(_all(items))
    for found in _all_items(items):
        for when in found.get("enableWhen", []):  # most conditions name a real item
            if links and data.draw(st.booleans()):
                when["question"] = data.draw(st.sampled_from(links))
    data = {"resourceType": "Questionnaire", "status": "draft", "title": title, "item": items}
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError:
        assume(False)  # not FHIR (an empty string, a code with spaces …): reading.py refuses it
    try:
        draft = questionnaire_draft(questionnaire)
    except FhirInputError as refused:
        event(f"refused: {refused.message.split('`')[0]}")
        return  # refused in words (say, linkIds that repeat)
    event("drafted")
    folder: Path = tmp_path_factory.mktemp("fuzz")
    module_file = folder / "draft.md"
    module_file.write_text(draft.markdown, encoding="utf-8")
    errors = [str(d) for d in check_paths([module_file]) if d.is_error]
    assert errors == [], draft.markdown
