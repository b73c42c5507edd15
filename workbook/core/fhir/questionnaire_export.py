"""A module as a FHIR R4 ``Questionnaire`` following the Structured Data Capture (SDC) IG.

Pages become groups, questions become items whose ``linkId`` is the question id,
scores become hidden calculated items, and text and boxes become display items. What
FHIR has no element for travels in Workbook's own extensions (``vocabulary``), so
``questionnaire_import`` can read the module back whole. The mapping table is in the
module authoring guide (modules/README.md, "Exchanging modules with FHIR").
"""

from __future__ import annotations

import re

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.meta import Meta
from fhir.resources.R4B.questionnaire import (
    Questionnaire,
    QuestionnaireItem,
    QuestionnaireItemAnswerOption,
)

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.enable_when import to_enable_when
from workbook.core.fhir.fhirpath import to_fhirpath
from workbook.core.fhir.item_types import column_item_type, fhir_item_type
from workbook.core.fhir.loinc import Code, instrument
from workbook.core.fhir.options import option_coding
from workbook.core.language.model import (
    Block,
    Callout,
    Column,
    Field,
    FieldType,
    Flag,
    Module,
    Option,
    Page,
    Score,
)


def page_link_id(number: int) -> str:
    """Pages and text get ids no question can have (a question id never holds ``:``)."""
    return f"page:{number}"


def _loinc(code: Code | None) -> list[Coding] | None:
    return None if code is None else [Coding(system=v.LOINC, code=code.code, display=code.display)]


class _Builder:
    def __init__(self, module: Module, base: str) -> None:
        self.module = module
        self.base = base
        self.codes = instrument(module.id)
        self.option_system = v.option_system(base, module.id)
        self.link_ids = {f.id: f.id for f in module.fields} | {s.id: s.id for s in module.scores}
        self.text_count = 0

    # -- items ----------------------------------------------------------------------------

    def page(self, number: int, page: Page) -> QuestionnaireItem:
        return QuestionnaireItem(
            linkId=page_link_id(number),
            type="group",
            text=page.title,
            item=[self.block(b) for b in page.blocks] or None,
        )

    def block(self, block: Block) -> QuestionnaireItem:
        if isinstance(block, Field):
            return self.field(block)
        self.text_count += 1
        link = f"text:{self.text_count}"
        text_ext = Extension(url=v.RENDERING_MARKDOWN, valueMarkdown=block.markdown)
        extension = None
        if isinstance(block, Callout):
            extension = [
                ext.nested(
                    v.CALLOUT,
                    [ext.code("kind", block.kind.value), ext.optional_string("title", block.title)],
                )
            ]
        # model_validate: the text's extension goes under FHIR's own name ``_text``,
        # which is no Python keyword the constructor's types know
        return QuestionnaireItem.model_validate(
            {
                "linkId": link,
                "type": "display",
                "text": _plain(block.markdown),
                "_text": {"extension": [text_ext]},
                "extension": extension,
            }
        )

    def field(self, field: Field) -> QuestionnaireItem:
        kind, repeats = fhir_item_type(field)
        extension: list[Extension] = [ext.code(v.FIELD_TYPE, field.type.value)]
        enable_when = None
        behavior = None
        if field.show_when is not None:
            extension.append(ext.string(v.SHOW_WHEN, field.show_when.text))
            direct = to_enable_when(field.show_when, self.module, self.option_system)
            if direct is not None:
                enable_when, behavior = direct.conditions, direct.behavior
            else:
                fhirpath = to_fhirpath(field.show_when, self.module, self.link_ids)
                if fhirpath is not None:
                    extension.append(
                        ext.expression(v.ENABLE_WHEN_EXPRESSION, fhirpath, field.show_when.text)
                    )
        extension += self.limits(field, kind)
        children = [self.column(field, c) for c in field.columns]
        if field.help:
            children.append(_help(field.id, field.help))
        code = self.codes.items.get(field.id) if self.codes else None
        rule = field.validation
        return QuestionnaireItem(
            linkId=field.id,
            type=kind,
            text=field.label,
            code=_loinc(code),
            required=field.required or None,
            repeats=repeats or None,
            maxLength=rule.max_length,
            enableWhen=enable_when,
            enableBehavior=behavior,
            answerOption=[self.option(field, o) for o in field.options] or None,
            item=children or None,
            extension=extension,
        )

    def limits(self, field: Field, kind: str) -> list[Extension]:
        """minValue/maxValue, lengths, pattern, unit, counts, anchors and Workbook's extras."""
        found: list[Extension | None] = []
        rule = field.validation
        if field.type in (FieldType.NUMBER, FieldType.SCALE):
            found += [_bound(v.MIN_VALUE, field.min, kind), _bound(v.MAX_VALUE, field.max, kind)]
        else:
            found += [
                None if rule.min is None else ext.integer(v.MIN_OCCURS, int(rule.min)),
                None if rule.max is None else ext.integer(v.MAX_OCCURS, int(rule.max)),
            ]
        if rule.min_length is not None:
            found.append(ext.integer(v.MIN_LENGTH, rule.min_length))
        if rule.pattern is not None:
            found.append(ext.string(v.REGEX, rule.pattern))
        if field.placeholder:
            found.append(ext.string(v.ENTRY_FORMAT, field.placeholder))
        if field.unit:
            found.append(ext.coding(v.UNIT, Coding(display=field.unit)))
        if field.type == FieldType.SCALE:
            found.append(_item_control("slider"))
            if field.step is not None and float(field.step).is_integer():
                found.append(ext.integer(v.SLIDER_STEP, int(field.step)))
            for anchor in field.anchors:
                found.append(
                    ext.nested(
                        v.ANCHOR,
                        [ext.decimal("value", anchor.value), ext.string("label", anchor.label)],
                    )
                )
        extras = [
            ext.optional_decimal("step", field.step),
            ext.optional_string("message", rule.message),
            ext.optional_string("item-label", field.item_label),
            None if field.lines is None else ext.integer("lines", field.lines),
            None if field.type != FieldType.TABLE else ext.integer("rows", field.rows),
        ]
        if any(e is not None for e in extras):
            found.append(ext.nested(v.FIELD_EXTRAS, extras))
        return [e for e in found if e is not None]

    def column(self, field: Field, column: Column) -> QuestionnaireItem:
        kind = column_item_type(column)
        extension = [
            ext.code(v.FIELD_TYPE, column.type.value),
            *(
                e
                for e in (
                    _bound(v.MIN_VALUE, column.min, kind),
                    _bound(v.MAX_VALUE, column.max, kind),
                )
                if e
            ),
        ]
        link = f"{field.id}.{column.id}"
        return QuestionnaireItem(
            linkId=link,
            type=kind,
            text=column.label,
            item=[_help(link, column.help)] if column.help else None,
            extension=extension,
        )

    def option(self, field: Field, option: Option) -> QuestionnaireItemAnswerOption:
        score = option.score
        return QuestionnaireItemAnswerOption(
            valueCoding=option_coding(self.module.id, self.option_system, field, option.value),
            extension=None if score is None else [ext.decimal(v.ITEM_WEIGHT, score)],
        )

    def score(self, score: Score) -> QuestionnaireItem:
        fhirpath = to_fhirpath(score.formula, self.module, self.link_ids)
        extension = [ext.boolean(v.HIDDEN, True)]
        if fhirpath is not None:
            extension.append(ext.expression(v.CALCULATED_EXPRESSION, fhirpath, score.formula.text))
        extension.append(_score_extension(score))
        code = self.codes.scores.get(score.id) if self.codes else None
        return QuestionnaireItem(
            linkId=score.id,
            type="decimal",
            text=score.label,
            code=_loinc(code),
            readOnly=True,
            extension=extension,
        )

    # -- the whole ------------------------------------------------------------------------

    def questionnaire(self) -> Questionnaire:
        module = self.module
        items = [self.page(n, p) for n, p in enumerate(module.pages, 1)]
        items += [self.score(s) for s in module.scores]
        return Questionnaire(
            id=_resource_id(module.id),
            meta=Meta(profile=[v.SDC_QUESTIONNAIRE]),
            language=module.original_language,
            url=v.questionnaire_url(self.base, module.id),
            version=module.version,
            name=_computable_name(module.id),
            title=module.title,
            status="active",
            subjectType=["Patient"],
            description=module.summary or None,
            copyright=_copyright(module),
            code=_loinc(self.codes.panel if self.codes else None),
            extension=[_module_extension(module), *(_flag_extension(f) for f in module.flags)],
            item=items or None,
        )


def _plain(markdown: str) -> str:
    """The text without Markdown marks, for forms that do not render Markdown."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    return text.strip() or markdown


def _copyright(module: Module) -> str | None:
    """The licence in words, then where the wording comes from: what a clinic checks first."""
    said = [module.licence.words()] if module.licence else []
    if module.source:
        said.append(f"Source: {module.source}")
    return " ".join(said) or None


def _bound(url: str, value: float | None, kind: str) -> Extension | None:
    if value is None:
        return None
    if kind == "integer":
        return ext.integer(url, int(value))
    return ext.decimal(url, value)


def _item_control(code: str) -> Extension:
    """SDC's rendering hint (a CodeableConcept in R4): ``slider``, ``help`` …"""
    control = CodeableConcept(coding=[Coding(system=v.ITEM_CONTROL_SYSTEM, code=code)])
    return Extension(url=v.ITEM_CONTROL, valueCodeableConcept=control)


def _help(link: str, text: str) -> QuestionnaireItem:
    return QuestionnaireItem(
        linkId=f"{link}:help", type="display", text=text, extension=[_item_control("help")]
    )


def _score_extension(score: Score) -> Extension:
    bands = [
        ext.nested(
            "band",
            [
                ext.decimal("from", b.lower),
                ext.string("label", b.label),
                ext.optional_string("interpretation", b.interpretation or None),
            ],
        )
        for b in score.bands
    ]
    norms = score.norms
    parts: list[Extension | None] = [
        ext.string("id", score.id),
        ext.string("formula", score.formula.text),
        ext.optional_decimal("min", score.min),
        ext.optional_decimal("max", score.max),
        ext.code("better", score.better.value),
        *bands,
    ]
    if norms is not None:
        parts.append(
            ext.nested(
                "norms",
                [
                    ext.decimal("reliability", norms.reliability),
                    ext.decimal("clinical-mean", norms.clinical_mean),
                    ext.decimal("clinical-sd", norms.clinical_sd),
                    ext.decimal("community-mean", norms.community_mean),
                    ext.decimal("community-sd", norms.community_sd),
                ],
            )
        )
    else:
        parts += [
            ext.optional_decimal("reliable-change", score.reliable_change),
            ext.optional_decimal("caseness", score.caseness),
        ]
    return ext.nested(v.SCORE, parts)


def _flag_extension(flag: Flag) -> Extension:
    return ext.nested(
        v.FLAG,
        [
            ext.string("id", flag.id),
            ext.string("when", flag.when.text),
            ext.code("level", flag.level.value),
            ext.string("message", flag.message),
        ],
    )


def _module_extension(module: Module) -> Extension:
    licence = module.licence
    parts: list[Extension | None] = [
        ext.string("id", module.id),
        ext.string("stage", module.stage),
        None
        if module.estimated_minutes is None
        else ext.integer("estimated-minutes", module.estimated_minutes),
        ext.boolean("repeatable", module.repeatable),
        ext.boolean("in-order", module.in_order),
        *(ext.string("requires", r) for r in module.requires),
        ext.optional_string(
            "recommend-when", module.recommend_when.text if module.recommend_when else None
        ),
        ext.optional_string("recommend-reason", module.recommend_reason),
        ext.optional_string("records", module.records),
        None
        if module.repeat_every_days is None
        else ext.integer("repeat-every-days", module.repeat_every_days),
        ext.optional_string("source", module.source),
    ]
    if licence is not None:
        parts.append(
            ext.nested(
                "licence",
                [
                    ext.string("terms", licence.terms),
                    ext.optional_boolean("permission-needed", licence.permission_needed),
                    ext.optional_boolean("commercial-use", licence.commercial_use),
                    ext.optional_string("url", licence.url),
                ],
            )
        )
    return ext.nested(v.MODULE, parts)


def _resource_id(module_id: str) -> str:
    """FHIR ids allow letters, digits, ``-`` and ``.``, up to 64 characters."""
    return re.sub(r"[^A-Za-z0-9.-]", "-", module_id)[:64]


def _computable_name(module_id: str) -> str:
    words = re.split(r"[^A-Za-z0-9]+", module_id)
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    return name if name[:1].isalpha() else f"Module{name}"


def module_questionnaire(module: Module, base: str = v.DEFAULT_BASE) -> Questionnaire:
    """The module as an SDC Questionnaire (validated by ``fhir.resources`` as it is built)."""
    return _Builder(module, base.rstrip("/")).questionnaire()


def questionnaire_json(questionnaire: Questionnaire) -> str:
    """Pretty JSON, as clinics and people read it; no empty elements."""
    return questionnaire.model_dump_json(indent=2, exclude_none=True) + "\n"
