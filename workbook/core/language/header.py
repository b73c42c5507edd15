"""The front matter of a module: its identity, option sets, scores with bands, and flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.expressions import Expression
from workbook.core.language.fields import parse_options
from workbook.core.language.header_extras import (
    read_licence,
    read_repeat_every,
    warn_unsourced_instrument,
)
from workbook.core.language.model import (
    Band,
    Better,
    Flag,
    FlagLevel,
    Licence,
    Option,
    Score,
    Source,
)
from workbook.core.language.norms import read_thresholds
from workbook.core.language.reader import Reader
from workbook.core.language.translation_files import DEFAULT_LANGUAGE, normal_language
from workbook.core.language.yaml_loader import YList, YMap

HEADER_KEYS = (
    "id",
    "title",
    "stage",
    "version",
    "summary",
    "estimated_minutes",
    "repeatable",
    "in_order",
    "requires",
    "recommend_when",
    "recommend_reason",
    "option_sets",
    "scores",
    "flags",
    "records",
    "source",
    "licence",
    "repeat_every",
    "language",
)
SCORE_KEYS = (
    "id",
    "label",
    "formula",
    "min",
    "max",
    "better",
    "bands",
    "reliable_change",
    "caseness",
    "norms",
)
BAND_KEYS = ("from", "label", "interpretation")
FLAG_KEYS = ("id", "when", "level", "message")
RECORDS = ("checkin", "goal")


@dataclass
class Header:
    """What the front matter says, before the body is read."""

    id: str | None = None
    id_source: Source | None = None
    title: str | None = None
    stage: str | None = None
    stage_source: Source | None = None
    version: str = "1"
    summary: str = ""
    estimated_minutes: int | None = None
    repeatable: bool = False
    in_order: bool = True
    requires: tuple[tuple[str, Source], ...] = ()
    recommend_when: Expression | None = None
    recommend_reason: str | None = None
    option_sets: dict[str, tuple[Option, ...]] = field(default_factory=dict)
    scores: tuple[Score, ...] = ()
    flags: tuple[Flag, ...] = ()
    records: str | None = None
    records_source: Source | None = None
    source: str | None = None
    licence: Licence | None = None
    repeat_every_days: int | None = None
    language: str = "en"
    #: ids of questions whose blocks had errors: formulas naming them are not reported again
    broken_ids: set[str] = field(default_factory=set)
    #: the header's YAML could not be read (reported once): what it defines is unknown,
    #: so a question naming one of its option sets is not an error of its own
    unreadable: bool = False


def parse_header(data: Any, where: Source, report: Report) -> Header:
    header = Header()
    if not isinstance(data, YMap):
        if data is not None:
            report.error(where, "the header should hold `key: value` lines", "start with `id: ...`")
        else:
            report.error(
                where, "the header is empty", "it needs at least `id:`, `title:` and `stage:`"
            )
        return header
    read = Reader(data, report, "the module header", HEADER_KEYS)
    read.check_keys(also_known=("license",))
    header.id = read.identifier()
    header.id_source = read.at("id")
    header.title = read.text("title", required=True, hint="the title is what the person sees")
    header.stage = read.text("stage", required=True, hint="e.g. `stage: assessment`")
    header.stage_source = read.at("stage")
    header.version = read.text("version") or "1"
    header.summary = read.text("summary") or ""
    if not header.summary:
        report.warning(
            data.key_source("summary") if "summary" in data else data.source,
            "this module has no summary",
            "add `summary:` with a sentence shown in lists, e.g. what it helps with",
        )
    header.estimated_minutes = read.integer("estimated_minutes", minimum=1)
    if "estimated_minutes" not in data:
        report.warning(
            data.source,
            "this module does not say how long it takes",
            "add `estimated_minutes:` (people plan their energy by it)",
        )
    header.repeatable = bool(read.boolean("repeatable"))
    in_order = read.boolean("in_order")
    header.in_order = True if in_order is None else in_order
    requires = read.listing("requires", single_ok=True)
    if requires is not None:
        found = []
        for index, item in enumerate(requires):
            if not isinstance(item, str):
                report.error(requires.item_source(index), "`requires` lists module ids")
                continue
            found.append((item, requires.item_source(index)))
        header.requires = tuple(found)
    header.recommend_when = read.expression("recommend_when")
    header.recommend_reason = read.text("recommend_reason")
    if header.recommend_reason and header.recommend_when is None and "recommend_when" not in data:
        report.warning(
            read.key("recommend_reason"),
            "`recommend_reason` without `recommend_when` is never shown",
        )
    header.option_sets = _option_sets(read)
    header.scores = _scores(read)
    header.flags = _flags(read)
    header.records = read.text("records")
    header.records_source = read.at("records")
    if header.records is not None and header.records not in RECORDS:
        report.error(
            read.at("records"),
            f"`records` can be `checkin` or `goal`, not `{header.records}`",
            did_you_mean(header.records, RECORDS),
        )
        header.records = None
    header.source = read.text("source")
    header.licence = read_licence(read)
    warn_unsourced_instrument(read, header.source, header.licence, header.scores)
    header.repeat_every_days = read_repeat_every(read, header.repeatable)
    header.language = _language(read)
    return header


def _language(read: Reader) -> str:
    written = read.text("language")
    if written is None:
        return DEFAULT_LANGUAGE
    normal = normal_language(written)
    if normal is None:
        read.report.error(
            read.at("language"),
            f"`{written}` is not a language code",
            "write the short code of the language the module is written in, e.g. `en` or `es`",
        )
        return DEFAULT_LANGUAGE
    return normal


def _option_sets(read: Reader) -> dict[str, tuple[Option, ...]]:
    sets = read.mapping("option_sets")
    if sets is None:
        return {}
    found: dict[str, tuple[Option, ...]] = {}
    for name, items in sets.items():
        if not isinstance(items, YList):
            read.report.error(
                sets.value_source(name),
                f"the option set `{name}` should be a list of options",
                "one `- label: ...` line per option, indented under the set's name",
            )
            continue
        if not items:
            read.report.error(sets.key_source(name), f"the option set `{name}` is empty")
        found[str(name)] = parse_options(items, read.report)
    return found


def _items(read: Reader, key: str, what: str) -> list[tuple[YMap, Source]]:
    listing = read.listing(key)
    if listing is None:
        return []
    found = []
    for index, item in enumerate(listing):
        if isinstance(item, YMap):
            found.append((item, listing.item_source(index)))
        else:
            read.report.error(listing.item_source(index), f"each entry of `{key}` should be {what}")
    return found


def _scores(read: Reader) -> tuple[Score, ...]:
    scores = []
    seen: set[str] = set()
    for item, _where in _items(read, "scores", "a score with `id:`, `label:` and `formula:`"):
        s = Reader(item, read.report, "a score", SCORE_KEYS)
        s.check_keys()
        score_id = s.identifier()
        formula = s.expression("formula", required=True)
        minimum, maximum = s.number("min"), s.number("max")
        if minimum is not None and maximum is not None and minimum >= maximum:
            read.report.error(s.at("max"), "`max` should be larger than `min`")
        better = _better(s)
        thresholds = read_thresholds(s, minimum, maximum, better)
        bands = _bands(s, minimum, maximum)
        if score_id is None or formula is None:
            continue
        if score_id in seen:
            read.report.error(s.at("id"), f"two scores have the id `{score_id}`")
            continue
        seen.add(score_id)
        label = s.text("label") or score_id.replace("_", " ").replace("-", " ").capitalize()
        scores.append(
            Score(
                score_id,
                label,
                formula,
                item.source,
                minimum,
                maximum,
                better,
                bands,
                thresholds.reliable_change,
                thresholds.caseness,
                thresholds.norms,
            )
        )
    return tuple(scores)


def _within(value: float, minimum: float | None, maximum: float | None) -> bool:
    return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)


def _better(s: Reader) -> Better:
    written = s.text("better")
    if written is None:
        return Better.LOWER
    try:
        return Better(written)
    except ValueError:
        s.report.error(s.at("better"), f"`better` is `lower` or `higher`, not `{written}`")
        return Better.LOWER


def _bands(s: Reader, minimum: float | None, maximum: float | None) -> tuple[Band, ...]:
    bands: list[Band] = []
    for item, where in _items(s, "bands", "a band with `from:`, `label:` and `interpretation:`"):
        b = Reader(item, s.report, "a band", BAND_KEYS)
        b.check_keys(also_known=())
        lower = b.number("from")
        label = b.text("label", required=True)
        interpretation = b.text("interpretation") or ""
        if "from" not in item:
            b.missing("from", "each band starts `from:` a value and runs up to the next band")
        if lower is None or label is None:
            continue
        if not interpretation:
            s.report.warning(
                where,
                f"the band `{label}` has no interpretation",
                "add `interpretation:` with one plain sentence",
            )
        if not _within(lower, minimum, maximum):
            s.report.error(b.at("from"), f"the band `{label}` starts outside the score's range")
        if bands and lower <= bands[-1].lower:
            s.report.error(
                b.at("from"),
                f"the band `{label}` starts at {lower:g}, not above the band before it "
                f"(`{bands[-1].label}` from {bands[-1].lower:g})",
                "list bands from the lowest `from:` to the highest, each starting higher",
            )
            continue
        bands.append(Band(lower, label, interpretation, item.source))
    if bands and minimum is not None and bands[0].lower > minimum:
        s.report.warning(
            bands[0].source,
            f"scores from {minimum:g} up to {bands[0].lower:g} fall in no band",
            f"start the first band `from: {minimum:g}`",
        )
    return tuple(bands)


def _flags(read: Reader) -> tuple[Flag, ...]:
    flags = []
    seen: set[str] = set()
    for item, _where in _items(
        read, "flags", "a flag with `id:`, `when:`, `level:` and `message:`"
    ):
        f = Reader(item, read.report, "a flag", FLAG_KEYS)
        f.check_keys()
        flag_id = f.identifier()
        when = f.expression("when", required=True)
        message = f.text("message", required=True, hint="the message is what the person reads")
        level = FlagLevel.WARNING
        written = f.text("level")
        if written is not None:
            try:
                level = FlagLevel(written)
            except ValueError:
                read.report.error(
                    f.at("level"),
                    f"`level` is `info`, `warning` or `risk`, not `{written}`",
                    did_you_mean(written, [lv.value for lv in FlagLevel]),
                )
        if flag_id is None or when is None or message is None:
            continue
        if flag_id in seen:
            read.report.error(f.at("id"), f"two flags have the id `{flag_id}`")
            continue
        seen.add(flag_id)
        flags.append(Flag(flag_id, when, level, message, item.source))
    return tuple(flags)
