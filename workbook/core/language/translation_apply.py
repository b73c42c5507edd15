"""Putting a translation's words into its module: ids, values and formulas stay the original's.

Every text a person reads is looked up in the translation: the module's title and
summary, page titles, passages and boxes, questions (label, help, placeholder,
unit, options, anchors, columns, the message when an answer is not accepted),
score labels, band interpretations and flag messages. A text the translation
leaves out keeps the original's words (and ``workbook check`` warns); an id the
original does not have is an error naming the file, the line and the fix. A
validated questionnaire is translated only as a whole, from its official
translation, so any gap there is an error rather than a warning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.fields import ALL_KEYS
from workbook.core.language.header import BAND_KEYS, FLAG_KEYS, HEADER_KEYS, SCORE_KEYS
from workbook.core.language.model import (
    Anchor,
    Band,
    Block,
    Callout,
    Column,
    Field,
    Flag,
    Module,
    Option,
    Page,
    Prose,
    Score,
    Source,
)
from workbook.core.language.reader import Reader
from workbook.core.language.translation_read import (
    PROSE,
    TranslatedBlock,
    TranslatedPage,
    TranslationDoc,
)
from workbook.core.language.yaml_loader import YList, YMap

TRANSLATION_KEYS = (*HEADER_KEYS, "language", "translation_source")
#: two words or more: a text that is still the original's word for word was probably forgotten
_WORDS = re.compile(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}")

OptionItem = tuple[str | None, str | None, Source]  # (label, value written, where)


def is_instrument(module: Module) -> bool:
    """A validated questionnaire: it names its source or its licence."""
    return module.source is not None or module.licence is not None


class Translator:
    """Matches one translation to its module; problems go to ``report`` as they are found."""

    def __init__(self, module: Module, doc: TranslationDoc, report: Report) -> None:
        self.module = module
        self.doc = doc
        self.report = report
        self.strict = is_instrument(module)
        self.option_sets: dict[str, list[OptionItem]] = {}

    # ---- messages ------------------------------------------------------------------------
    def untranslated(self, where: Source, what: str) -> None:
        if self.strict:
            self.report.error(
                where,
                f"{what} is not translated",
                "a validated questionnaire is shown translated only as a whole: "
                "add the official translation's words here",
            )
        else:
            self.report.warning(
                where,
                f"{what} is not translated, so the original's words are shown",
                "write the translated text here",
            )

    def unknown(self, where: Source, what: str, name: str, known: list[str]) -> None:
        hint = did_you_mean(name, known)
        self.report.error(
            where,
            f"the original ({self.module.path.name}) has no {what} `{name}`",
            (hint + " " if hint else "")
            + "ids and values stay exactly as in the original; translate only the words",
        )

    def text(
        self, data: YMap, key: str, original: str | None, what: str, where: Source
    ) -> str | None:
        """The translated text under ``key``, or the original's when it is missing."""
        value = data.get(key)
        here = data.key_source(key) if key in data else where
        if original is None:
            if value not in (None, ""):
                self.report.warning(
                    here,
                    f"the original has no {key} for {what}, so this text is never shown",
                    f"remove `{key}:` here, or add it to {self.module.path.name} first",
                )
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.untranslated(here, f"the {key} of {what}")
            return original
        return self.words(str(value).strip(), original, here, f"the {key} of {what}")

    def words(self, written: str, original: str, where: Source, what: str) -> str:
        if not written:
            self.untranslated(where, what)
            return original
        if written == original.strip() and _WORDS.search(original):
            self.untranslated(where, what + " (it is the same as the original)")
        return written

    # ---- the module ----------------------------------------------------------------------
    def translate(self) -> Module:
        head = self.doc.header
        read = Reader(head, self.report, "the translation header", TRANSLATION_KEYS)
        read.check_keys(also_known=("license",))
        where = self.doc.header_source
        written_id = head.get("id")
        if written_id is not None and str(written_id) != self.module.id:
            self.report.error(
                head.value_source("id"),
                f"this translation says `id: {written_id}` but the original's id is "
                f"`{self.module.id}`",
                "keep `id:` as in the original: answers are filed under it",
            )
        source = read.text("translation_source")
        if self.strict and not source:
            self.report.error(
                where,
                f"{self.module.title} is a validated questionnaire: it may appear in another "
                "language only in its official translation, reproduced word for word",
                "add `translation_source:` naming where the official translation is published, "
                "or remove this file (the original is then shown with a sentence saying why)",
            )
        what = "the module"
        title = self.text(head, "title", self.module.title, what, where) or self.module.title
        summary = self.text(head, "summary", self.module.summary or None, what, where) or ""
        reason = self.text(head, "recommend_reason", self.module.recommend_reason, what, where)
        self.option_sets = self._option_sets(head)
        return replace(
            self.module,
            title=title,
            summary=summary,
            recommend_reason=reason,
            scores=self._scores(head),
            flags=self._flags(head),
            pages=self._pages(),
            language=self.doc.language,
            translation_source=source,
        )

    def _listed(self, data: YMap, key: str) -> list[tuple[YMap, Source]]:
        items = data.get(key)
        if not isinstance(items, YList):
            return []
        return [
            (item, items.item_source(i)) for i, item in enumerate(items) if isinstance(item, YMap)
        ]

    def _by_id(
        self, data: YMap, key: str, what: str, known: list[str]
    ) -> dict[str, tuple[YMap, Source]]:
        found: dict[str, tuple[YMap, Source]] = {}
        for item, where in self._listed(data, key):
            item_id = str(item.get("id", ""))
            if item_id not in known:
                self.unknown(item.value_source("id"), what, item_id, known)
            else:
                found[item_id] = (item, where)
        return found

    def _scores(self, head: YMap) -> tuple[Score, ...]:
        known = [s.id for s in self.module.scores]
        written = self._by_id(head, "scores", "score", known)
        scores = []
        for score in self.module.scores:
            what = f"the score `{score.id}`"
            if score.id not in written:
                if score.label or score.bands:
                    self.untranslated(head.key_source("scores"), what)
                scores.append(score)
                continue
            item, where = written[score.id]
            Reader(item, self.report, "a score", SCORE_KEYS).check_keys()
            label = self.text(item, "label", score.label, what, where) or score.label
            scores.append(replace(score, label=label, bands=self._bands(score, item, where)))
        return tuple(scores)

    def _bands(self, score: Score, item: YMap, where: Source) -> tuple[Band, ...]:
        written = self._listed(item, "bands")
        if score.bands and not written:
            self.untranslated(where, f"the bands of the score `{score.id}`")
            return score.bands
        if len(written) != len(score.bands):
            self.report.error(
                item.key_source("bands"),
                f"the score `{score.id}` has {len(score.bands)} bands in the original and "
                f"{len(written)} here",
                "translate each band in the original's order, keeping its `from:`",
            )
            return score.bands
        bands = []
        for band, (data, at) in zip(score.bands, written, strict=True):
            Reader(data, self.report, "a band", BAND_KEYS).check_keys()
            lower = data.get("from")
            if lower is not None and lower != band.lower:
                self.report.error(
                    data.value_source("from"),
                    f"this band starts `from: {lower}` but the original's band here starts "
                    f"from {band.lower:g}",
                    "keep `from:` as in the original: scores don't depend on the language",
                )
            what = f"the band `{band.label}`"
            label = self.text(data, "label", band.label, what, at) or band.label
            meaning = self.text(data, "interpretation", band.interpretation or None, what, at)
            bands.append(replace(band, label=label, interpretation=meaning or ""))
        return tuple(bands)

    def _flags(self, head: YMap) -> tuple[Flag, ...]:
        written = self._by_id(head, "flags", "flag", [f.id for f in self.module.flags])
        flags = []
        for flag in self.module.flags:
            what = f"the flag `{flag.id}`"
            if flag.id not in written:
                self.untranslated(head.key_source("flags"), f"the message of {what}")
                flags.append(flag)
                continue
            item, where = written[flag.id]
            Reader(item, self.report, "a flag", FLAG_KEYS).check_keys()
            message = self.text(item, "message", flag.message, what, where) or flag.message
            flags.append(replace(flag, message=message))
        return tuple(flags)

    def _option_sets(self, head: YMap) -> dict[str, list[OptionItem]]:
        sets = head.get("option_sets")
        if not isinstance(sets, YMap):
            return {}
        return {str(k): _option_items(v) for k, v in sets.items() if isinstance(v, YList)}

    # ---- pages ---------------------------------------------------------------------------
    def _pages(self) -> tuple[Page, ...]:
        written = list(self.doc.pages)
        fields = self._written_fields(written)
        pages = []
        for index, page in enumerate(self.module.pages):
            there = written[index] if index < len(written) else None
            pages.append(self._page(page, there, fields))
        if len(written) != len(self.module.pages):
            extra = (
                written[len(self.module.pages)] if len(written) > len(self.module.pages) else None
            )
            self.report.error(
                extra.source if extra else self.doc.header_source,
                f"the original has {len(self.module.pages)} pages and this translation has "
                f"{len(written)}",
                "keep every `+++` page line of the original, in the same order",
            )
        return tuple(pages)

    def _written_fields(self, pages: list[TranslatedPage]) -> dict[str, tuple[YMap, Source]]:
        known = [f.id for f in self.module.fields]
        found: dict[str, tuple[YMap, Source]] = {}
        for page in pages:
            for block in page.blocks:
                if block.kind != "field" or block.data is None:
                    continue
                field_id = str(block.data.get("id", ""))
                if field_id not in known:
                    self.unknown(block.data.value_source("id"), "question", field_id, known)
                elif field_id in found:
                    self.report.error(
                        block.source,
                        f"the question `{field_id}` is translated twice "
                        f"(also on line {found[field_id][1].line})",
                        "keep one of the two blocks",
                    )
                else:
                    found[field_id] = (block.data, block.source)
        return found

    def _page(
        self,
        page: Page,
        there: TranslatedPage | None,
        fields: dict[str, tuple[YMap, Source]],
    ) -> Page:
        where = there.source if there else self.doc.header_source
        title = page.title
        if page.title:
            if there is not None and there.title:
                title = self.words(there.title, page.title, there.source, "this page's title")
            else:
                self.untranslated(where, f"the page title “{page.title}”")
        texts = self._texts(page, there)
        blocks: list[Block] = []
        for block in page.blocks:
            if isinstance(block, Field):
                if block.id in fields:
                    data, at = fields[block.id]
                    blocks.append(self._field(block, data, at))
                else:
                    self.untranslated(where, f"the question `{block.id}`")
                    blocks.append(block)
            else:
                blocks.append(texts.pop(0))
        return replace(page, title=title, blocks=tuple(blocks))

    def _texts(self, page: Page, there: TranslatedPage | None) -> list[Prose | Callout]:
        """The page's passages and boxes in order, translated where the translation matches."""
        originals = [b for b in page.blocks if isinstance(b, Prose | Callout)]
        if there is None:
            if originals:
                self.untranslated(self.doc.header_source, f"the page “{page.title or 'first'}”")
            return originals
        written = [b for b in there.blocks if b.kind != "field"]
        kinds = [_kind(b) for b in originals]
        if kinds != [b.kind for b in written]:
            self.report.error(
                there.source,
                f"this page holds {_describe([b.kind for b in written])}, but the original's "
                f"page holds {_describe(kinds)}",
                "keep every box and question where the original has it and translate the text "
                "between them; the original's text is shown for this page until they match",
            )
            return originals
        texts: list[Prose | Callout] = []
        for original, block in zip(originals, written, strict=True):
            if isinstance(original, Prose):
                what = "this passage"
                texts.append(
                    Prose(
                        self.words(block.text, original.markdown, block.source, what), block.source
                    )
                )
                continue
            title = original.title
            if original.title:
                title = self.words(
                    block.title or "", original.title, block.source, "this box's title"
                )
            markdown = self.words(
                block.text, original.markdown, block.source, f"this {original.kind.value} box"
            )
            texts.append(Callout(original.kind, markdown, block.source, title))
        return texts

    # ---- questions -----------------------------------------------------------------------
    def _field(self, field: Field, data: YMap, where: Source) -> Field:
        Reader(data, self.report, "a question", ALL_KEYS).check_keys()
        what = f"the question `{field.id}`"
        written_type = data.get("type")
        if written_type is not None and str(written_type) != field.type.value:
            self.report.warning(
                data.value_source("type"),
                f"this says `type: {written_type}` but the original's question is "
                f"`{field.type.value}`; the original's type is used",
                "answers are shared by every language: change the type in the original",
            )
        message = self.text(data, "message", field.validation.message, what, where)
        return replace(
            field,
            label=self.text(data, "label", field.label, what, where) or field.label,
            help=self.text(data, "help", field.help, what, where),
            placeholder=self.text(data, "placeholder", field.placeholder, what, where),
            unit=self.text(data, "unit", field.unit, what, where),
            item_label=self.text(data, "item_label", field.item_label, what, where),
            validation=replace(field.validation, message=message),
            options=self._options(field, data, where),
            anchors=self._anchors(field, data, where),
            columns=self._columns(field, data, where),
        )

    def _options(self, field: Field, data: YMap, where: Source) -> tuple[Option, ...]:
        if not field.options:
            return field.options
        what = f"the options of the question `{field.id}`"
        written = data.get("options")
        at = data.value_source("options") if "options" in data else where
        if isinstance(written, str):
            items = self.option_sets.get(written)
            if items is None:
                self.report.error(
                    at,
                    f"this translation's header has no option set `{written}`",
                    "translate the option set under `option_sets:` in the header, with the "
                    "original's name",
                )
                return field.options
        elif isinstance(written, YList):
            items = _option_items(written)
        else:
            self.untranslated(at, what)
            return field.options
        return self._match_options(field, items, at, what)

    def _match_options(
        self, field: Field, items: list[OptionItem], at: Source, what: str
    ) -> tuple[Option, ...]:
        labels: dict[str, str] = {}
        values = [o.value for o in field.options]
        for index, (label, value, where) in enumerate(items):
            if value is not None:
                if value not in values:
                    self.unknown(where, f"option value in `{field.id}`", value, values)
                    continue
                target = value
            elif index < len(values):
                target = values[index]
            else:
                self.report.error(
                    where,
                    f"the question `{field.id}` has {len(values)} options in the original and "
                    "more here",
                    "translate the options in the original's order, one for one",
                )
                break
            original = next(o for o in field.options if o.value == target)
            labels[target] = self.words(
                label or "", original.label, where, f"the option “{original.label}”"
            )
        options = []
        for option in field.options:
            if option.value not in labels:
                self.untranslated(at, f"the option “{option.label}” of `{field.id}`")
            options.append(replace(option, label=labels.get(option.value, option.label)))
        return tuple(options)

    def _anchors(self, field: Field, data: YMap, where: Source) -> tuple[Anchor, ...]:
        if not field.anchors:
            return field.anchors
        written = data.get("anchors")
        pairs: list[tuple[Any, Any, Source]] = []
        if isinstance(written, YMap):
            pairs = [(k, v, written.key_source(k)) for k, v in written.items()]
        elif isinstance(written, YList):
            pairs = [
                (item.get("value"), item.get("label"), written.item_source(i))
                for i, item in enumerate(written)
                if isinstance(item, YMap)
            ]
        points = {a.value: a for a in field.anchors}
        labels: dict[float, str] = {}
        for point, label, at in pairs:
            number = (
                float(point)
                if isinstance(point, int | float) and not isinstance(point, bool)
                else None
            )
            if number is None or number not in points:
                known = [f"{p:g}" for p in points]
                self.unknown(at, f"anchor point in `{field.id}`", str(point), known)
                continue
            labels[number] = self.words(
                str(label or "").strip(), points[number].label, at, f"the anchor at {number:g}"
            )
        anchors = []
        for anchor in field.anchors:
            if anchor.value not in labels:
                self.untranslated(where, f"the anchor at {anchor.value:g} of `{field.id}`")
            anchors.append(replace(anchor, label=labels.get(anchor.value, anchor.label)))
        return tuple(anchors)

    def _columns(self, field: Field, data: YMap, where: Source) -> tuple[Column, ...]:
        if not field.columns:
            return field.columns
        known = [c.id for c in field.columns]
        written = self._by_id(data, "columns", f"column in `{field.id}`", known)
        columns = []
        for column in field.columns:
            what = f"the column `{column.id}` of `{field.id}`"
            if column.id not in written:
                self.untranslated(where, what)
                columns.append(column)
                continue
            item, at = written[column.id]
            label = self.text(item, "label", column.label, what, at) or column.label
            columns.append(
                replace(column, label=label, help=self.text(item, "help", column.help, what, at))
            )
        return tuple(columns)


def _option_items(items: YList) -> list[OptionItem]:
    found: list[OptionItem] = []
    for index, item in enumerate(items):
        where = items.item_source(index)
        if isinstance(item, YMap):
            label, value = item.get("label"), item.get("value")
            found.append(
                (
                    None if label is None else str(label).strip(),
                    None if value is None else str(value),
                    where,
                )
            )
        elif isinstance(item, str | int | float) and not isinstance(item, bool):
            found.append((str(item).strip(), None, where))
        else:
            found.append((None, None, where))
    return found


def _kind(block: Prose | Callout) -> str:
    return PROSE if isinstance(block, Prose) else block.kind.value


def _describe(kinds: list[str]) -> str:
    if not kinds:
        return "no text"
    words = ["text" if k == PROSE else f"a ```{k} box" for k in kinds]
    return ", ".join(words)


def translate_module(module: Module, doc: TranslationDoc, report: Report) -> Module:
    """``module`` with the words of ``doc``; every mismatch and gap is reported."""
    return Translator(module, doc, report).translate()


__all__ = ["TranslatedBlock", "Translator", "is_instrument", "translate_module"]
