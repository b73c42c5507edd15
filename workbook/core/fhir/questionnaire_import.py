"""A FHIR ``Questionnaire`` from elsewhere as a module draft that ``workbook check`` accepts.

Groups at the top become pages, questions become fields with the nearest type,
``enableWhen`` becomes ``show_when``, answer options keep their codes as values and
their ``itemWeight``/``ordinalValue`` as scores. A Questionnaire Workbook wrote
itself carries its module in extensions and comes back whole. Whatever the module
language cannot say (FHIRPath expressions, attachments, initial values …) becomes a
``# FHIR import:`` comment in the draft and a warning, never a silent drop; a
Questionnaire that is not one, or an item type FHIR does not have, is refused in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from fhir.resources.R4B.questionnaire import Questionnaire, QuestionnaireItem
from fhir.resources.R4B.valueset import ValueSet
from pydantic import ValidationError

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.enable_when import from_enable_when
from workbook.core.fhir.import_header import module_header, score_entry
from workbook.core.fhir.import_items import (
    help_text,
    identifier,
    is_help,
    limits,
    options,
    parts_of,
    table_columns,
)
from workbook.core.fhir.item_types import QUESTION_TYPES, STRUCTURE_TYPES, UNSUPPORTED_TYPES
from workbook.core.fhir.loinc import instrument
from workbook.core.fhir.reading import (
    FhirInputError,
    read_json,
    resource_of_type,
    validation_problem,
)
from workbook.core.language.model import FieldType

_NOTE = "FHIR import:"


@dataclass(frozen=True)
class Draft:
    """The module text, its id, and everything that could not be carried over."""

    module_id: str
    markdown: str
    warnings: tuple[str, ...]


@dataclass
class _Block:
    """One block of the draft body: Markdown text, or a field/callout with its notes."""

    text: str


@dataclass
class _Page:
    title: str | None
    blocks: list[_Block] = field(default_factory=list)


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


class _Importer:
    def __init__(self, questionnaire: Questionnaire, stage: str) -> None:
        self.q = questionnaire
        self.stage = stage
        self.warnings: list[str] = []
        self.taken: set[str] = set()
        #: linkId -> (question id, type), for enableWhen
        self.names: dict[str, tuple[str, FieldType]] = {}
        self.links: set[str] = set()
        #: ValueSets the Questionnaire holds, by ``#id`` and by URL
        self.value_sets: dict[str, ValueSet] = {}
        for held in questionnaire.contained or []:
            if isinstance(held, ValueSet):
                self.value_sets[f"#{held.id}"] = held
                if held.url:
                    self.value_sets[held.url] = held
        #: a choice's linkId -> its option values, for its conditions
        self.option_values: dict[str, list[str]] = {}
        self.scores: list[dict[str, Any]] = []
        self.questions = 0
        self.coded = False

    def warn(self, text: str) -> str:
        self.warnings.append(text)
        return text

    # -- the body -------------------------------------------------------------------------

    def pages(self) -> list[_Page]:
        items = list(self.q.item or [])
        self._name_everything(items)
        for score in (i for i in items if self._is_score(i)):
            self.scores.append(score_entry(score))
        items = [i for i in items if not self._is_score(i)]
        shown = [i for i in items if not self._left_out(i)]
        if shown and all(i.type == "group" and not i.repeats for i in shown):
            for left_out in (i for i in items if self._left_out(i)):
                self.blocks(left_out)  # says why it is not there
            return [self._page(i) for i in shown]
        page = _Page(None)
        for item in items:
            page.blocks += self.blocks(item)
        return [page]

    def _name_everything(self, items: Sequence[QuestionnaireItem]) -> None:
        """Give every question its id first, so a condition may name a later question."""
        for item in items:
            link = item.linkId or ""
            if link in self.links:
                raise FhirInputError(
                    f"Two items of the Questionnaire have the linkId `{link}`.",
                    "FHIR needs each linkId to be unique; fix it where the Questionnaire "
                    "was made, then import it again.",
                )
            self.links.add(link)
            if self._left_out(item):
                continue
            if item.type not in STRUCTURE_TYPES and not self._is_score(item):
                kind = self._field_type(item)
                if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
                    listed = options(item, [], lambda said: said, self.value_sets)
                    self.option_values[link] = [str(o["value"]) for o in listed]
                if kind is not None:
                    self.names[item.linkId or ""] = (
                        identifier(item.linkId or "q", self.taken),
                        kind,
                    )
            if item.type == "group" and item.repeats and table_columns(item) is not None:
                kind = FieldType.TABLE
                self.names[item.linkId or ""] = (
                    identifier(item.linkId or "table", self.taken),
                    kind,
                )
                continue
            self._name_everything(item.item or [])

    def _page(self, group: QuestionnaireItem) -> _Page:
        page = _Page(group.text)
        for item in group.item or []:
            page.blocks += self.blocks(item)
        if not page.blocks:
            page.blocks.append(_Block(self.warn(f"The group `{group.linkId}` was empty.")))
        return page

    def _check_extensions(self, item: QuestionnaireItem) -> None:
        """Name what the item says in extensions a module has no place for."""
        unknown = sorted({e.url or "" for e in item.extension or [] if e.url not in _READ})
        if unknown:
            self.warn(f"`{item.linkId}` has extensions a module cannot use: {', '.join(unknown)}.")
        if item.modifierExtension:
            self.warn(
                f"`{item.linkId}` has modifier extensions, which change what it means; "
                "check the draft's wording of it by hand."
            )
        if any(o.initialSelected for o in item.answerOption or []):
            self.warn(f"`{item.linkId}` preselects an option, which a module cannot do.")

    def blocks(self, item: QuestionnaireItem) -> list[_Block]:
        self._check_extensions(item)
        if self._left_out(item):
            if ext.find(item.extension, v.CALCULATED_EXPRESSION) is None:
                self.warn(f"`{item.linkId}` was hidden from the person, so it is left out.")
            return []
        kind = item.type
        if self._is_score(item):
            self.scores.append(score_entry(item))
            return []
        if kind == "display":
            return [self.display(item)]
        if kind == "group":
            if item.repeats and (item.linkId or "") in self.names:
                return [self.table(item)]
            if item.repeats:
                self.warn(
                    f"The repeating group `{item.linkId}` holds more than simple columns; "
                    "its questions are asked once each."
                )
            found = [_Block(f"## {item.text}")] if item.text else []
            for child in item.item or []:
                found += self.blocks(child)
            return found
        return [self.question(item)]

    def display(self, item: QuestionnaireItem) -> _Block:
        markdown = None
        text_ext = getattr(item, "text__ext", None)
        if text_ext is not None:
            markdown = ext.text_of(text_ext.extension, v.RENDERING_MARKDOWN)
        text = markdown or item.text or ""
        callout = ext.find(item.extension, v.CALLOUT)
        if callout is not None:
            kind = ext.text_of(callout.extension, "kind") or "note"
            title = ext.text_of(callout.extension, "title")
            return _Block(f"```{kind}{' ' + title if title else ''}\n{text}\n```")
        return _Block(_escape(text) or "&nbsp;")

    def _is_score(self, item: QuestionnaireItem) -> bool:
        return ext.find(item.extension, v.SCORE) is not None

    def _left_out(self, item: QuestionnaireItem) -> bool:
        """A calculated or hidden item from elsewhere: no question a person should answer."""
        if self._is_score(item) or item.type in STRUCTURE_TYPES:
            return False
        calculated = ext.find(item.extension, v.CALCULATED_EXPRESSION) is not None
        return calculated or ext.boolean_of(item.extension, v.HIDDEN) is True

    def _field_type(self, item: QuestionnaireItem) -> FieldType | None:
        said = ext.text_of(item.extension, v.FIELD_TYPE)
        if said in {t.value for t in FieldType}:
            return FieldType(str(said))
        kind = item.type or ""
        if kind in UNSUPPORTED_TYPES:
            return FieldType.TEXT
        if kind not in QUESTION_TYPES:
            raise FhirInputError(
                f"The item `{item.linkId}` has the type `{kind}`, which FHIR R4 does not have.",
                "Item types are: group, display, boolean, decimal, integer, date, dateTime, time, "
                "string, text, url, choice, open-choice, attachment, reference, quantity.",
            )
        found = QUESTION_TYPES[kind]
        if item.repeats and found == FieldType.CHOICE:
            return FieldType.MULTIPLE_CHOICE
        if item.repeats and found == FieldType.TEXT:
            return FieldType.LIST
        return found

    # -- a question -----------------------------------------------------------------------

    def question(self, item: QuestionnaireItem) -> _Block:
        link = item.linkId or ""
        field_id, kind = self.names[link]
        notes: list[str] = []
        self.questions += 1
        if item.code:
            self.coded = True
        label = item.text or field_id
        if not item.text:
            notes.append(self.warn(f"`{link}` had no text; its id is used as its label."))
        if item.prefix:
            label = f"{item.prefix} {label}"
        data: dict[str, Any] = {"id": field_id, "type": kind.value, "label": label}
        fhir_kind = item.type or ""
        said = ext.text_of(item.extension, v.FIELD_TYPE)
        if said is None:
            if fhir_kind in UNSUPPORTED_TYPES:
                notes.append(
                    self.warn(f"`{link}` asks for an {fhir_kind}; the draft asks for text instead.")
                )
            if fhir_kind == "open-choice":
                notes.append(
                    self.warn(
                        f"`{link}` also allowed a typed answer; the draft offers only its options."
                    )
                )
            if fhir_kind == "dateTime":
                notes.append(
                    self.warn(f"`{link}` asked for a date and time; the draft asks for the date.")
                )
            if fhir_kind == "quantity":
                notes.append(
                    self.warn(
                        f"`{link}` asked for a quantity with a unit; the draft asks for a number."
                    )
                )
            if item.repeats and kind not in (FieldType.MULTIPLE_CHOICE, FieldType.LIST):
                notes.append(
                    self.warn(f"`{link}` could be answered more than once; the draft asks once.")
                )
        said_help = help_text(item)
        if said_help:
            data["help"] = said_help
        if item.required:
            data["required"] = True
        condition = self._condition(item, notes)
        if condition:
            data["show_when"] = condition
        limits(item, kind, data)
        if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
            listed = options(item, notes, self.warn, self.value_sets)
            if listed:
                data["options"] = listed
            else:
                notes.append(
                    self.warn(
                        f"`{link}` takes its answers from a value set ({item.answerValueSet or 'none given'}), "
                        "which a module cannot look up; it became a text question."
                    )
                )
                data["type"] = FieldType.TEXT.value
                self.names[link] = (field_id, FieldType.TEXT)
        if item.initial:
            notes.append(
                self.warn(f"`{link}` had an initial answer, which a module cannot preset.")
            )
        if item.readOnly:
            notes.append(self.warn(f"`{link}` was read-only; in the draft it can be answered."))
        if item.answerValueSet and item.answerOption:
            notes.append(
                self.warn(f"`{link}` also named a value set; only its listed options are kept.")
            )
        comments = "".join(f"# {_NOTE} {n}\n" for n in notes)
        block = _Block(f"```field\n{comments}{_yaml(data)}```")
        children = [c for c in item.item or [] if not is_help(c)]
        extra = [b for child in children for b in self.blocks(child)]
        return _Block("\n\n".join([block.text, *(b.text for b in extra)]))

    def _condition(self, item: QuestionnaireItem, notes: list[str]) -> str | None:
        kept = ext.text_of(item.extension, v.SHOW_WHEN)
        if kept:
            return kept
        if item.enableWhen:
            conditions = [w for w in item.enableWhen if w.question != item.linkId]
            if len(conditions) < len(item.enableWhen):
                notes.append(
                    self.warn(f"`{item.linkId}` was shown depending on its own answer; dropped.")
                )
            condition, lost = from_enable_when(
                conditions, item.enableBehavior, self.names, self.option_values
            )
            for what in lost:
                notes.append(self.warn(f"`{item.linkId}`: {what} could not be kept."))
            return condition
        expression = ext.expression_of(item.extension, v.ENABLE_WHEN_EXPRESSION)
        if expression:
            notes.append(
                self.warn(
                    f"`{item.linkId}` is shown when the FHIRPath `{expression}` holds; write that as "
                    "`show_when` by hand (the draft always shows it)."
                )
            )
        return None

    def table(self, group: QuestionnaireItem) -> _Block:
        field_id, _kind = self.names[group.linkId or ""]
        self.questions += 1
        data: dict[str, Any] = {"id": field_id, "type": "table", "label": group.text or field_id}
        said_help = help_text(group)
        if said_help:
            data["help"] = said_help
        if group.required:
            data["required"] = True
        notes: list[str] = []
        condition = self._condition(group, notes)
        if condition:
            data["show_when"] = condition
        data["columns"] = table_columns(group)
        limits(group, FieldType.TABLE, data)
        comments = "".join(f"# {_NOTE} {n}\n" for n in notes)
        return _Block(f"```field\n{comments}{_yaml(data)}```")

    # -- scores, flags and the header -------------------------------------------------------

    def draft(self) -> Draft:
        parts = parts_of(ext.find(self.q.extension, v.MODULE))
        raw_id = (
            ext.text_of(parts, "id")
            or self.q.name
            or self.q.id
            or (self.q.url or "imported").rstrip("/").rsplit("/", 1)[-1]
        )
        module_id = identifier(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", raw_id), set(), "m")
        unknown = sorted(
            {e.url or "" for e in self.q.extension or [] if e.url not in (v.MODULE, v.FLAG)}
        )
        if unknown:
            self.warn(
                f"The Questionnaire has extensions a module cannot use: {', '.join(unknown)}."
            )
        pages = self.pages()
        if not any(page.blocks for page in pages):
            said = self.warn("The Questionnaire has no items: the draft holds only this note.")
            pages = [_Page(None, [_Block(said)])]
        for leftover in self._calculated_without_formula(self.q.item or []):
            self.warn(
                f"`{leftover.linkId}` is calculated by the FHIRPath "
                f"`{ext.expression_of(leftover.extension, v.CALCULATED_EXPRESSION)}`, so it is "
                "left out; add it as a score with a formula by hand."
            )
        if self.coded and instrument(module_id) is None:  # else the LOINC table gives them back
            self.warn(
                "The items' codes (such as LOINC) are not kept: a module has no place for them."
            )
        header = module_header(
            self.q, module_id, self.stage, self.questions, self.scores, self.warn
        )
        notes = "".join(f"# {_NOTE} {w}\n" for w in self.warnings)
        body = []
        for number, page in enumerate(pages):
            text = "\n\n".join(b.text for b in page.blocks)
            if number == 0 and page.title is None:
                body.append(text)
            else:
                body.append(f"+++ {page.title or ''}".rstrip() + "\n\n" + text)
        markdown = f"---\n{notes}{_yaml(header)}---\n\n" + "\n\n".join(body) + "\n"
        return Draft(module_id, markdown, tuple(self.warnings))

    def _calculated_without_formula(
        self, items: Sequence[QuestionnaireItem]
    ) -> list[QuestionnaireItem]:
        found = []
        for item in items:
            if ext.find(item.extension, v.CALCULATED_EXPRESSION) and not self._is_score(item):
                found.append(item)
            found += self._calculated_without_formula(item.item or [])
        return found


def _escape(markdown: str) -> str:
    """Text lines that the module language would read as a page break or a block fence."""
    return "\n".join(
        "\\" + line if line.startswith(("+++", "```", "---")) else line
        for line in markdown.strip().splitlines()
    )


#: Extensions this reader understands (or warns about on its own).
_READ = {
    v.FIELD_TYPE,
    v.SHOW_WHEN,
    v.SCORE,
    v.ANCHOR,
    v.CALLOUT,
    v.FIELD_EXTRAS,
    v.HIDDEN,
    v.MIN_VALUE,
    v.MAX_VALUE,
    v.MIN_LENGTH,
    v.REGEX,
    v.ENTRY_FORMAT,
    v.UNIT,
    v.MIN_OCCURS,
    v.MAX_OCCURS,
    v.SLIDER_STEP,
    v.ITEM_CONTROL,  # a rendering hint (drop-down, radio buttons …): the app chooses its own
    v.ENABLE_WHEN_EXPRESSION,
    v.CALCULATED_EXPRESSION,
}


def questionnaire_draft(questionnaire: Questionnaire, stage: str = "assessment") -> Draft:
    """The Questionnaire as a module draft, with every warning."""
    return _Importer(questionnaire, stage).draft()


def import_questionnaire(path: Path, stage: str = "assessment") -> Draft:
    """Read a Questionnaire JSON file (or a Bundle holding one) as a module draft."""
    resource = resource_of_type(read_json(path), path, "Questionnaire")
    try:
        questionnaire = Questionnaire.model_validate(resource)
    except ValidationError as error:
        raise validation_problem(error, path, "Questionnaire") from None
    return questionnaire_draft(questionnaire, stage)
