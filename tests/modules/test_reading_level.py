"""tools/reading_level.py scores prose sensibly, and every built-in module reads as plain language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from workbook.paths import builtin_program_dir

TOOL = Path(__file__).resolve().parents[2] / "tools" / "reading_level.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reading_level", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reading_level"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("word", "count"),
    [("the", 1), ("walk", 1), ("table", 2), ("breathing", 2), ("relaxation", 4), ("someone", 2)],
)
def test_syllable_estimate_for_common_words(tool: ModuleType, word: str, count: int) -> None:
    """The vowel-group rule counts syllables of everyday words correctly."""
    assert tool.syllables(word) == count


def test_short_plain_sentences_score_as_easy(tool: ModuleType) -> None:
    """Short sentences of short words read as easy; long, Latinate ones as hard."""
    easy = tool.measure(["You can stop at any time.", "Take a slow breath."])
    hard = tool.measure(
        [
            "Psychoeducational interventions facilitate comprehension of the "
            "multidimensional determinants of psychological functioning, "
            "consequently enhancing therapeutic collaboration."
        ]
    )
    assert easy.sentences == 2 and easy.words == 10
    assert easy.reading_ease > 80 > hard.reading_ease
    assert easy.grade < 5 < hard.grade


def test_text_units_skip_the_header_but_keep_question_labels(
    tool: ModuleType, tmp_path: Path
) -> None:
    """Only what a person reads is scored: summary, prose, boxes and question wording."""
    module = tmp_path / "m.md"
    module.write_text(
        "---\nid: m\ntitle: M\nstage: skills\nsummary: A short one.\n---\n\n"
        "# Hello\n\nSome words here.\n\n```tip\nA tip.\n```\n\n"
        "```field\nid: q\ntype: text\nlabel: What happened?\nhelp: Say it simply.\n```\n",
        encoding="utf-8",
    )
    assert tool.text_units(module) == [
        "A short one.",
        "Hello",
        "Some words here.",
        "A tip.",
        "What happened?",
        "Say it simply.",
    ]


def test_every_built_in_module_reads_at_grade_8_or_below(
    tool: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """The script's own gate passes: no built-in module reads above school grade 8."""
    assert tool.main([str(builtin_program_dir()), "--max-grade", "8"]) == 0
    report = capsys.readouterr().out
    assert "all modules" in report
    assert "above grade" not in report
