"""The typed, immutable model of a program: Program → Module → Page → Field / Prose / Callout.

The parser builds it from Markdown files; the app, the printed worksheets and any
export read only this model. Every element remembers where it came from
(``Source``), so any later message can name the file and line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from workbook.core.language.expressions import Expression


@dataclass(frozen=True)
class Source:
    """Where an element was written: a file and a 1-based line (and column)."""

    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class FieldType(StrEnum):
    """Every kind of answer a module can ask for. The value is what authors write after ``type:``."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # paragraphs
    NUMBER = "number"
    SCALE = "scale"  # e.g. 0–10 with labelled anchors
    CHOICE = "choice"  # pick one (options may carry scores)
    MULTIPLE_CHOICE = "multiple_choice"  # pick any
    YES_NO = "yes_no"
    DATE = "date"  # stored as "YYYY-MM-DD"
    TIME = "time"  # stored as "HH:MM"
    LIST = "list"  # as many short items as the person needs
    TABLE = "table"  # rows of named columns


class CalloutKind(StrEnum):
    """Display blocks that hold no answer."""

    TIP = "tip"
    NOTE = "note"
    WARNING = "warning"
    CRISIS = "crisis"  # always shown with the person's crisis resources


class FlagLevel(StrEnum):
    INFO = "info"
    WARNING = "warning"
    RISK = "risk"  # the app opens the safety panel and shows crisis resources


class Better(StrEnum):
    """Which direction of a score is improvement."""

    LOWER = "lower"
    HIGHER = "higher"


@dataclass(frozen=True)
class Option:
    """One answer of a choice question. ``value`` is what is stored; ``label`` what is shown."""

    value: str
    label: str
    score: float | None = None


@dataclass(frozen=True)
class Anchor:
    """A labelled point on a scale, e.g. 0 = "Not at all"."""

    value: float
    label: str


@dataclass(frozen=True)
class Column:
    """One column of a table field. ``type`` is text, long_text, number or scale."""

    id: str
    label: str
    type: FieldType = FieldType.TEXT
    help: str | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class Validation:
    """Limits on an answer, with the author's own message for when they are not met."""

    min: float | None = None  # numbers and scales: smallest value; lists/tables: fewest items
    max: float | None = None
    min_length: int | None = None  # text: characters
    max_length: int | None = None
    pattern: str | None = None  # text: a regular expression the whole answer must match
    message: str | None = None


@dataclass(frozen=True)
class Field:
    """A question the person answers. Answers are stored by ``id``, never by label."""

    id: str
    type: FieldType
    label: str
    source: Source
    help: str | None = None
    required: bool = False
    show_when: Expression | None = None
    placeholder: str | None = None
    validation: Validation = field(default_factory=Validation)
    # number and scale
    min: float | None = None
    max: float | None = None
    step: float | None = None
    unit: str | None = None
    anchors: tuple[Anchor, ...] = ()
    # choice and multiple_choice
    options: tuple[Option, ...] = ()
    # list: label of one item ("Trigger"); table: columns and starting rows
    item_label: str | None = None
    columns: tuple[Column, ...] = ()
    rows: int = 1
    #: the author wrote ``rows:``: paper then prints exactly that many
    rows_set: bool = False
    # how much room a printed worksheet leaves for a handwritten answer (lines)
    lines: int | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Prose:
    """Markdown text between fields. ``markdown`` is the author's text, unchanged."""

    markdown: str
    source: Source


@dataclass(frozen=True)
class Callout:
    """A tip, note, warning or crisis box: Markdown text that holds no answer."""

    kind: CalloutKind
    markdown: str
    source: Source
    title: str | None = None


Block = Prose | Callout | Field


@dataclass(frozen=True)
class Page:
    """One screen of a module (one section of a printed worksheet)."""

    title: str | None
    blocks: tuple[Block, ...]
    source: Source

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Field))


@dataclass(frozen=True)
class Band:
    """A severity band: applies from ``lower`` (inclusive) up to the next band's ``lower``."""

    lower: float
    label: str
    interpretation: str
    source: Source


@dataclass(frozen=True)
class Norms:
    """Published norms for the Jacobson–Truax method: reliability, clinical and community samples.

    Jacobson & Truax (1991): a change is reliable when it is at least 1.96 standard
    errors of the difference, where that standard error is
    ``sqrt(2) × SD_clinical × sqrt(1 - reliability)``; the cut-off *c* between the
    clinical and community populations is
    ``(SD_community × M_clinical + SD_clinical × M_community) / (SD_community + SD_clinical)``.
    """

    reliability: float
    clinical_mean: float
    clinical_sd: float
    community_mean: float
    community_sd: float

    @property
    def reliable_change(self) -> float:
        """1.96 × the standard error of the difference between two administrations."""
        standard_error = self.clinical_sd * math.sqrt(1 - self.reliability)
        return 1.96 * math.sqrt(2 * standard_error**2)

    @property
    def cut_off(self) -> float:
        """Criterion *c*: the point between the two populations weighted by their spreads."""
        weighted = self.community_sd * self.clinical_mean + self.clinical_sd * self.community_mean
        return weighted / (self.community_sd + self.clinical_sd)


@dataclass(frozen=True)
class Score:
    """A named score computed from answers, e.g. a questionnaire's total."""

    id: str
    label: str
    formula: Expression
    source: Source
    min: float | None = None
    max: float | None = None
    better: Better = Better.LOWER
    bands: tuple[Band, ...] = ()
    #: the smallest change between two administrations that counts as reliable
    reliable_change: float | None = None
    #: at or beyond this value (in the "worse" direction) a result counts as clinical range
    caseness: float | None = None
    #: Jacobson–Truax norms, when the module gave them (then they set the two figures above)
    norms: Norms | None = None

    def band_for(self, value: float) -> Band | None:
        found = None
        for band in self.bands:
            if value >= band.lower:
                found = band
        return found


@dataclass(frozen=True)
class Flag:
    """A condition on answers that needs attention, e.g. any thoughts of self-harm."""

    id: str
    when: Expression
    level: FlagLevel
    message: str
    source: Source


@dataclass(frozen=True)
class Licence:
    """The terms a validated instrument may be reused under, as its owner states them."""

    terms: str
    #: does reusing it need the owner's permission? (None: not stated)
    permission_needed: bool | None = None
    #: may it be used commercially? (None: not stated)
    commercial_use: bool | None = None
    url: str | None = None

    def words(self) -> str:
        """The terms, then what they mean for permission and commercial use, where stated."""
        said = [self.terms.rstrip(".") + "."]
        if self.permission_needed is not None:
            said.append(f"Permission needed: {'yes' if self.permission_needed else 'no'}.")
        if self.commercial_use is not None:
            allowed = "allowed" if self.commercial_use else "not allowed"
            said.append(f"Commercial use: {allowed}.")
        if self.url:
            said.append(self.url)
        return " ".join(said)


@dataclass(frozen=True)
class Module:
    """One Markdown file: a questionnaire, a reading, a skill, a plan."""

    id: str
    title: str
    stage: str
    version: str
    summary: str
    path: Path
    source_hash: str  # sha256 of the file's bytes: entries remember which text they were made with
    pages: tuple[Page, ...]
    estimated_minutes: int | None = None
    repeatable: bool = False
    #: False: never offered as "next" just because of its place in the program; it comes
    #: up when its ``recommend_when`` holds or a clinician assigns or schedules it (a
    #: trauma or alcohol questionnaire is not for everyone who opens the program)
    in_order: bool = True
    requires: tuple[str, ...] = ()
    recommend_when: Expression | None = None
    recommend_reason: str | None = None
    scores: tuple[Score, ...] = ()
    flags: tuple[Flag, ...] = ()
    source: str | None = None  # citation of a validated instrument
    licence: Licence | None = None
    #: "checkin" or "goal": finishing the module also records a daily check-in or a goal
    records: str | None = None
    #: how often a repeatable measure should be given again, in days (None: no schedule)
    repeat_every_days: int | None = None
    #: the language the module file is written in (its header's ``language:``, English if unsaid)
    original_language: str = "en"
    #: the language the person reads it in: loading in a language sets it, and the fixed
    #: words around the module (printed headings, notes) follow it; texts the translation
    #: lacks stay in ``original_language``
    language: str = "en"
    #: where the official translation of a validated questionnaire was published
    translation_source: str | None = None

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for page in self.pages for f in page.fields)

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)

    def score(self, score_id: str) -> Score | None:
        return next((s for s in self.scores if s.id == score_id), None)

    @property
    def is_scored(self) -> bool:
        return bool(self.scores or self.flags)


@dataclass(frozen=True)
class Stage:
    """A step of the program, e.g. assessment or aftercare."""

    id: str
    title: str
    description: str = ""


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("assessment", "Assessment", "Where you are starting from."),
    Stage("goals", "Goals", "What you want to change, in steps you can take."),
    Stage("psychoeducation", "Understanding", "Short readings about how things work."),
    Stage("skills", "Skills", "Practical tools to use and repeat."),
    Stage("aftercare", "Aftercare", "Keeping well and planning for harder times."),
)


@dataclass(frozen=True)
class Program:
    """A folder of modules, in the order the person meets them."""

    title: str
    path: Path
    stages: tuple[Stage, ...]
    modules: tuple[Module, ...]
    description: str = ""
    #: the language the program was loaded in (see ``Module.language``)
    language: str = "en"
    #: the clinician's schedule from program.yaml: days between administrations, by
    #: module id, overriding each module's own ``repeat_every`` (left out of the hash, so
    #: a Program stays hashable like its modules)
    schedule: Mapping[str, int] = field(default_factory=dict, hash=False)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def modules_in(self, stage_id: str) -> tuple[Module, ...]:
        return tuple(m for m in self.modules if m.stage == stage_id)
