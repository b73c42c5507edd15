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

import keyword
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.questionnaire import Questionnaire, QuestionnaireItem
from pydantic import ValidationError

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.enable_when import from_enable_when
from workbook.core.fhir.item_types import QUESTION_TYPES, STRUCTURE_TYPES, UNSUPPORTED_TYPES
from workbook.core.fhir.reading import (
    FhirInputError,
    read_json,
    resource_of_type,
    validation_problem,
)
from workbook.core.language.expressions import FUNCTIONS, LITERALS
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


def _identifier(text: str, taken: set[str], prefix: str = "q") -> str:
    """An id the module language accepts: lowercase letter first, letters, digits, - and _."""
    word = re.sub(r"[^a-z0-9_-]+", "_", text.strip().lower()).strip("_-") or prefix
    if not word[0].isalpha():
        word = f"{prefix}{word}"
    name = word.replace("-", "_")
    if keyword.iskeyword(name) or name in FUNCTIONS or name in LITERALS or name in ("not", "and"):
        word = f"{prefix}_{word}"
    found, n = word, 2
    while found.replace("-", "_") in {t.replace("-", "_") for t in taken}:
        found, n = f"{word}_{n}", n + 1
    taken.add(found)
    return found


def _clean_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _parts(found: Extension | None) -> list[Extension]:
    return list(found.extension or []) if found is not None else []


class _Importer:
    def __init__(self, questionnaire: Questionnaire, stage: str) -> None:
        self.q = questionnaire
        self.stage = stage
        self.warnings: list[str] = []
        self.taken: set[str] = set()
        #: linkId -> (question id, type), for enableWhen
        self.names: dict[str, tuple[str, FieldType]] = {}
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
            self.score(score)
        items = [i for i in items if not self._is_score(i)]
        if items and all(i.type == "group" and not i.repeats for i in items):
            return [self._page(i) for i in items]
        page = _Page(None)
        for item in items:
            page.blocks += self.blocks(item)
        return [page]

    def _name_everything(self, items: Sequence[QuestionnaireItem]) -> None:
        """Give every question its id first, so a condition may name a later question."""
        for item in items:
            if item.type not in STRUCTURE_TYPES and not self._is_score(item):
                kind = self._field_type(item)
                if kind is not None:
                    self.names[item.linkId or ""] = (
                        _identifier(item.linkId or "q", self.taken),
                        kind,
                    )
            if item.type == "group" and item.repeats and self._table_columns(item) is not None:
                kind = FieldType.TABLE
                self.names[item.linkId or ""] = (
                    _identifier(item.linkId or "table", self.taken),
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

    def blocks(self, item: QuestionnaireItem) -> list[_Block]:
        kind = item.type
        if self._is_score(item):
            self.score(item)
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
        help_text = self._help(item)
        if help_text:
            data["help"] = help_text
        if item.required:
            data["required"] = True
        condition = self._condition(item, notes)
        if condition:
            data["show_when"] = condition
        self._limits(item, kind, data)
        if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
            options = self._options(item, notes)
            if options:
                data["options"] = options
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
        if item.answerValueSet and data.get("options"):
            notes.append(
                self.warn(f"`{link}` also named a value set; only its listed options are kept.")
            )
        comments = "".join(f"# {_NOTE} {n}\n" for n in notes)
        block = _Block(f"```field\n{comments}{_yaml(data)}```")
        children = [c for c in item.item or [] if not _is_help(c)]
        extra = [b for child in children for b in self.blocks(child)]
        return _Block("\n\n".join([block.text, *(b.text for b in extra)]))

    def _help(self, item: QuestionnaireItem) -> str | None:
        texts = [c.text for c in item.item or [] if _is_help(c) and c.text]
        return " ".join(texts) or None

    def _condition(self, item: QuestionnaireItem, notes: list[str]) -> str | None:
        kept = ext.text_of(item.extension, v.SHOW_WHEN)
        if kept:
            return kept
        if item.enableWhen:
            condition, lost = from_enable_when(
                list(item.enableWhen), item.enableBehavior, self.names
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

    def _limits(self, item: QuestionnaireItem, kind: FieldType, data: dict[str, Any]) -> None:
        found = item.extension
        if kind in (FieldType.NUMBER, FieldType.SCALE):
            for key, url in (("min", v.MIN_VALUE), ("max", v.MAX_VALUE)):
                value = _clean_number(ext.number_of(found, url))
                if value is not None:
                    data[key] = value
            if kind == FieldType.SCALE and ("min" not in data or "max" not in data):
                data["type"] = FieldType.NUMBER.value
        else:
            for key, url in (("min_items", v.MIN_OCCURS), ("max_items", v.MAX_OCCURS)):
                value = _clean_number(ext.number_of(found, url))
                if value is not None and kind in (
                    FieldType.MULTIPLE_CHOICE,
                    FieldType.LIST,
                    FieldType.TABLE,
                ):
                    data[key] = value
        textual = kind in (FieldType.TEXT, FieldType.LONG_TEXT)
        if textual and ext.number_of(found, v.MIN_LENGTH) is not None:
            data["min_length"] = _clean_number(ext.number_of(found, v.MIN_LENGTH))
        if textual and item.maxLength:
            data["max_length"] = item.maxLength
        if textual and ext.text_of(found, v.REGEX):
            data["pattern"] = ext.text_of(found, v.REGEX)
        placeholder = ext.text_of(found, v.ENTRY_FORMAT)
        if placeholder and kind in (
            FieldType.TEXT,
            FieldType.LONG_TEXT,
            FieldType.NUMBER,
            FieldType.LIST,
        ):
            data["placeholder"] = placeholder
        unit = ext.find(found, v.UNIT)
        if unit is not None and unit.valueCoding is not None and kind == FieldType.NUMBER:
            data["unit"] = unit.valueCoding.display or unit.valueCoding.code
        anchors = [
            {
                "value": _clean_number(ext.number_of(a.extension, "value")),
                "label": ext.text_of(a.extension, "label"),
            }
            for a in ext.find_all(found, v.ANCHOR)
        ]
        if anchors and data["type"] == FieldType.SCALE.value:
            data["anchors"] = anchors
        extras = ext.find(found, v.FIELD_EXTRAS)
        if extras is not None:
            parts = extras.extension
            step = _clean_number(ext.number_of(parts, "step"))
            wanted = {
                "step": step if kind in (FieldType.NUMBER, FieldType.SCALE) else None,
                "message": ext.text_of(parts, "message"),
                "item_label": ext.text_of(parts, "item-label"),
                "lines": _clean_number(ext.number_of(parts, "lines")),
                "rows": _clean_number(ext.number_of(parts, "rows")),
            }
            data.update({k: val for k, val in wanted.items() if val is not None})
        elif kind == FieldType.SCALE and ext.number_of(found, v.SLIDER_STEP) is not None:
            data["step"] = _clean_number(ext.number_of(found, v.SLIDER_STEP))

    def _options(self, item: QuestionnaireItem, notes: list[str]) -> list[dict[str, Any]]:
        options = []
        seen: set[str] = set()
        for option in item.answerOption or []:
            score = ext.number_of(option.extension, v.ITEM_WEIGHT)
            if option.valueCoding is not None:
                coding = option.valueCoding
                if score is None:
                    score = ext.number_of(coding.extension, v.ORDINAL_VALUE)
                value = coding.code or coding.display or ""
                label = coding.display or coding.code or ""
            else:
                raw = next(
                    (
                        x
                        for x in (
                            option.valueString,
                            option.valueInteger,
                            option.valueDate,
                            option.valueTime,
                        )
                        if x is not None
                    ),
                    None,
                )
                if raw is None:
                    notes.append(
                        self.warn(
                            f"`{item.linkId}` has an answer option of a kind a module cannot list."
                        )
                    )
                    continue
                value = label = str(raw)
            if not value or value in seen:
                continue
            seen.add(value)
            entry: dict[str, Any] = {"label": label, "value": value}
            if score is not None:
                entry["score"] = _clean_number(score)
            options.append(entry)
        return options

    def _table_columns(self, group: QuestionnaireItem) -> list[dict[str, Any]] | None:
        columns = []
        for child in group.item or []:
            if _is_help(child):
                continue
            said = ext.text_of(child.extension, v.FIELD_TYPE)
            kind = said or {
                "string": "text",
                "text": "long_text",
                "integer": "number",
                "decimal": "number",
            }.get(child.type or "")
            if kind not in ("text", "long_text", "number", "scale") or (
                child.item and not all(_is_help(c) for c in child.item)
            ):
                return None
            columns.append((child, kind))
        if not columns:
            return None
        taken: set[str] = set()
        found = []
        for child, kind in columns:
            link = child.linkId or ""
            own = link.split(".", 1)[1] if link.startswith(f"{group.linkId}.") else link
            column: dict[str, Any] = {
                "id": _identifier(own, taken, "c"),
                "label": child.text or own,
                "type": kind,
            }
            help_text = self._help(child)
            if help_text:
                column["help"] = help_text
            for key, url in (("min", v.MIN_VALUE), ("max", v.MAX_VALUE)):
                value = _clean_number(ext.number_of(child.extension, url))
                if value is not None and kind in ("number", "scale"):
                    column[key] = value
            found.append(column)
        return found

    def table(self, group: QuestionnaireItem) -> _Block:
        field_id, _kind = self.names[group.linkId or ""]
        self.questions += 1
        data: dict[str, Any] = {"id": field_id, "type": "table", "label": group.text or field_id}
        help_text = self._help(group)
        if help_text:
            data["help"] = help_text
        if group.required:
            data["required"] = True
        notes: list[str] = []
        condition = self._condition(group, notes)
        if condition:
            data["show_when"] = condition
        data["columns"] = self._table_columns(group)
        self._limits(group, FieldType.TABLE, data)
        comments = "".join(f"# {_NOTE} {n}\n" for n in notes)
        return _Block(f"```field\n{comments}{_yaml(data)}```")

    # -- scores, flags and the header -------------------------------------------------------

    def score(self, item: QuestionnaireItem) -> None:
        parts = _parts(ext.find(item.extension, v.SCORE))
        data: dict[str, Any] = {
            "id": ext.text_of(parts, "id") or item.linkId,
            "label": item.text or item.linkId,
            "formula": ext.text_of(parts, "formula"),
        }
        for key in ("min", "max"):
            value = _clean_number(ext.number_of(parts, key))
            if value is not None:
                data[key] = value
        data["better"] = ext.text_of(parts, "better") or "lower"
        bands = []
        for band in ext.find_all(parts, "band"):
            entry: dict[str, Any] = {
                "from": _clean_number(ext.number_of(band.extension, "from")),
                "label": ext.text_of(band.extension, "label"),
            }
            said = ext.text_of(band.extension, "interpretation")
            if said:
                entry["interpretation"] = said
            bands.append(entry)
        if bands:
            data["bands"] = bands
        for key, name in (("reliable_change", "reliable-change"), ("caseness", "caseness")):
            value = _clean_number(ext.number_of(parts, name))
            if value is not None:
                data[key] = value
        norms = ext.find(parts, "norms")
        if norms is not None:
            data["norms"] = {
                key.replace("-", "_"): _clean_number(ext.number_of(norms.extension, key))
                for key in (
                    "reliability",
                    "clinical-mean",
                    "clinical-sd",
                    "community-mean",
                    "community-sd",
                )
            }
        self.scores.append(data)

    def header(self, module_id: str) -> dict[str, Any]:
        q = self.q
        parts = _parts(ext.find(q.extension, v.MODULE))
        minutes = _clean_number(ext.number_of(parts, "estimated-minutes"))
        if minutes is None:
            minutes = max(1, round(self.questions / 3))
            self.warn(f"`estimated_minutes: {minutes}` is a guess from the number of questions.")
        header: dict[str, Any] = {
            "id": module_id,
            "title": q.title or q.name or module_id,
            "stage": ext.text_of(parts, "stage") or self.stage,
            "version": q.version or "1",
            "summary": q.description
            or f"Imported from the FHIR Questionnaire {q.url or q.id or module_id}.",
            "estimated_minutes": minutes,
        }
        if q.language and q.language.split("-")[0].lower() != "en":
            header["language"] = q.language
        if ext.boolean_of(parts, "repeatable"):
            header["repeatable"] = True
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
        if self.scores:
            header["scores"] = self.scores
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

    def draft(self) -> Draft:
        parts = _parts(ext.find(self.q.extension, v.MODULE))
        raw_id = (
            ext.text_of(parts, "id")
            or self.q.name
            or self.q.id
            or (self.q.url or "imported").rstrip("/").rsplit("/", 1)[-1]
        )
        module_id = _identifier(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", raw_id), set(), "m")
        pages = self.pages()
        for leftover in self._calculated_without_formula(self.q.item or []):
            self.warn(
                f"`{leftover.linkId}` is calculated by the FHIRPath "
                f"`{ext.expression_of(leftover.extension, v.CALCULATED_EXPRESSION)}`; add it as a "
                "score with a formula by hand."
            )
        if self.coded and module_id not in ("phq9", "gad7"):
            self.warn(
                "The items' codes (such as LOINC) are not kept: a module has no place for them."
            )
        header = self.header(module_id)
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


def _is_help(item: QuestionnaireItem) -> bool:
    control = ext.find(item.extension, v.ITEM_CONTROL)
    if item.type != "display" or control is None or control.valueCodeableConcept is None:
        return False
    return any(c.code == "help" for c in control.valueCodeableConcept.coding or [])


def _escape(markdown: str) -> str:
    """Text lines that the module language would read as a page break or a block fence."""
    return "\n".join(
        "\\" + line if line.startswith(("+++", "```", "---")) else line
        for line in markdown.strip().splitlines()
    )


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
