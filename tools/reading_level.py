"""Report how easy each module's prose is to read, so the built-in program stays in plain language.

Clients are often tired, low or anxious when they read a module, so the text
should read like a friendly note, not a leaflet. This script pulls the words a
person reads out of each module file (the summary, the prose, callouts and the
labels, help and placeholders of questions), and computes two standard scores
by hand, with no dependency beyond the standard library:

- Flesch reading ease: 0-100, higher is easier; 60-70 is plain English.
- Flesch-Kincaid grade: the school year a reader needs; aim for 8 or below.

Syllables are counted with a simple vowel-group rule, so scores are estimates,
good for comparing modules and spotting the hard ones.

    python tools/reading_level.py [PATH ...] [--max-grade 8]

With ``--max-grade`` the exit code is 1 when any module reads above that grade.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: keys inside ```field blocks whose values a person reads
_READ_KEYS = ("label", "help", "placeholder", "item_label", "message")
_FENCE = re.compile(r"^```\s*(\w*)\s*$")
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Reading:
    """The reading-level figures for one piece of text."""

    sentences: int
    words: int
    syllables: int

    @property
    def reading_ease(self) -> float:
        if not self.words:
            return 100.0
        return (
            206.835
            - 1.015 * (self.words / max(self.sentences, 1))
            - 84.6 * (self.syllables / self.words)
        )

    @property
    def grade(self) -> float:
        if not self.words:
            return 0.0
        return (
            0.39 * (self.words / max(self.sentences, 1))
            + 11.8 * (self.syllables / self.words)
            - 15.59
        )


def syllables(word: str) -> int:
    """Estimate the syllables of one English word (vowel groups, minus a silent final e)."""
    word = word.lower().strip("'’")
    if word.isdigit():
        return max(1, len(word))  # numbers are read aloud; a rough but stable guess
    if len(word) <= 3:
        return 1
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        word = word[:-1]
    word = re.sub(r"(?:es|ed)$", "", word) or word
    return max(1, len(_VOWEL_GROUPS.findall(word)))


def measure(text_units: Iterable[str]) -> Reading:
    """Score text given as units (paragraphs, list items, labels); each unit ends a sentence."""
    sentences = words = syllable_count = 0
    for unit in text_units:
        unit_words = _WORD.findall(unit)
        if not unit_words:
            continue
        words += len(unit_words)
        syllable_count += sum(syllables(w) for w in unit_words)
        ends = len(_SENTENCE_END.findall(unit))
        # a label or list item without a full stop still ends where it ends
        unfinished = 0 if re.search(r"[.!?][\"')\]]*$", unit.rstrip()) else 1
        sentences += max(1, ends + unfinished)
    return Reading(sentences, words, syllable_count)


def _plain(markdown: str) -> str:
    """Markdown inline syntax removed: links keep their words, emphasis and code marks go."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", markdown)  # images
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"^\s*(?:#+|[-*+]|\d+[.)]|>)\s*", "", text)
    return text.strip()


def _field_units(block: list[str]) -> list[str]:
    units = []
    for line in block:
        match = re.match(r"^\s*(?:-\s+)?(\w+):\s*(.+)$", line)
        if match and match.group(1) in _READ_KEYS:
            units.append(match.group(2).strip().strip("'\""))
    return units


def text_units(path: Path) -> list[str]:
    """The pieces of text a person reads in one module file, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    units: list[str] = []
    index = 0
    if lines and lines[0].strip() == "---":  # header: only the summary is read by people
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines))
        for line in lines[1:end]:
            if line.startswith(("summary:", "recommend_reason:")):
                units.append(line.split(":", 1)[1].strip().strip("'\""))
        index = end + 1
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            units.append(" ".join(paragraph))
            paragraph.clear()

    while index < len(lines):
        line = lines[index]
        fence = _FENCE.match(line.strip())
        if fence:
            flush()
            kind = fence.group(1)
            block: list[str] = []
            index += 1
            while index < len(lines) and lines[index].strip() != "```":
                block.append(lines[index])
                index += 1
            if kind == "field":
                units.extend(_field_units(block))
            elif kind in ("tip", "note", "warning", "crisis"):
                units.append(" ".join(_plain(b) for b in block if b.strip()))
        elif line.startswith("+++"):
            flush()
            if line[3:].strip():
                units.append(line[3:].strip())
        elif re.match(r"^\s*\|[-:| ]+\|\s*$", line):
            flush()  # the line under a table's header row
        elif line.lstrip().startswith("|"):
            flush()
            units.extend(_plain(cell) for cell in line.strip().strip("|").split("|"))
        elif not line.strip():
            flush()
        elif re.match(r"^\s*([-*+]|\d+[.)]|#+)\s", line):
            flush()  # a heading or list item starts a new unit; a list item may wrap
            paragraph.append(_plain(line))
        else:
            paragraph.append(_plain(line))
        index += 1
    flush()
    return [u for u in units if u]


#: ``name.es.md``: a translation, measured by English rules it would fail for the wrong reason
_TRANSLATION = re.compile(r"\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?\.md$")


def module_files(paths: Sequence[Path]) -> list[Path]:
    """Every English module file under the given files and folders (README.md files are
    guides, not modules; ``*.es.md`` files are translations)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*.md"))
                if p.name != "README.md" and not _TRANSLATION.search(p.name)
            )
        elif path.suffix == ".md":
            found.append(path)
    return found


def _shown(path: Path) -> Path:
    """The path relative to the current folder when it is inside it (shorter to read)."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "paths", nargs="*", type=Path, help="module files or folders (default: modules/)"
    )
    parser.add_argument(
        "--max-grade", type=float, help="exit 1 if any module reads above this grade"
    )
    args = parser.parse_args(argv)
    paths = args.paths or [Path(__file__).resolve().parent.parent / "modules"]
    files = module_files(paths)
    if not files:
        print("No module files found.", file=sys.stderr)
        return 2
    files = [_shown(f) for f in files]
    width = max(len(str(f)) for f in files)
    print(f"{'module':<{width}}  {'words':>6}  {'ease':>5}  {'grade':>5}")
    too_hard = []
    total = Reading(0, 0, 0)
    for file in files:
        reading = measure(text_units(file))
        total = Reading(
            total.sentences + reading.sentences,
            total.words + reading.words,
            total.syllables + reading.syllables,
        )
        mark = ""
        if args.max_grade is not None and reading.grade > args.max_grade:
            too_hard.append(file)
            mark = f"  <- above grade {args.max_grade:g}"
        print(
            f"{file!s:<{width}}  {reading.words:>6}  {reading.reading_ease:>5.1f}  {reading.grade:>5.1f}{mark}"
        )
    print(
        f"{'all modules':<{width}}  {total.words:>6}  {total.reading_ease:>5.1f}  {total.grade:>5.1f}"
    )
    return 1 if too_hard else 0


if __name__ == "__main__":
    sys.exit(main())
