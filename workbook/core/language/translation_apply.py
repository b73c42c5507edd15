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

from dataclasses import replace

from workbook.core.language.diagnostics import Report
from workbook.core.language.header import BAND_KEYS, FLAG_KEYS, HEADER_KEYS, SCORE_KEYS
from workbook.core.language.model import (
    Band,
    Block,
    Callout,
    Field,
    Flag,
    Module,
    Page,
    Prose,
    Score,
    Source,
)
from workbook.core.language.reader import Reader
from workbook.core.language.translation_fields import FieldWords
from workbook.core.language.translation_read import PROSE, TranslatedPage, TranslationDoc
from workbook.core.language.translation_words import OptionItem, is_instrument, option_items
from workbook.core.language.yaml_loader import YList, YMap

TRANSLATION_KEYS = (*HEADER_KEYS, "language", "translation_source")


class Translator(FieldWords):
    """Matches one translation to its module: the header, then page by page."""

    def __init__(self, module: Module, doc: TranslationDoc, report: Report) -> None:
        super().__init__(module, report)
        self.doc = doc
        self.option_sets = {}

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

    def _scores(self, head: YMap) -> tuple[Score, ...]:
        known = [s.id for s in self.module.scores]
        written = self.by_id(head, "scores", "score", known)
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
        written = self.listed(item, "bands")
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
        written = self.by_id(head, "flags", "flag", [f.id for f in self.module.flags])
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
        return {str(k): option_items(v) for k, v in sets.items() if isinstance(v, YList)}

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


__all__ = ["Translator", "is_instrument", "translate_module"]
