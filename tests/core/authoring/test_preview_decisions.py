"""What the live preview decides, without a window: when to reload, which page, which scores."""

from __future__ import annotations

from pathlib import Path

from workbook.core.authoring.preview import kept_answers, kept_page, live_results, load_preview
from workbook.core.authoring.watch import FileState, FileWatch

MODULE = """---
id: mood
title: Mood check
stage: assessment
version: 1
option_sets:
  freq:
    - label: Not at all
      value: never
      score: 0
    - label: Nearly every day
      value: often
      score: 3
scores:
  - id: total
    label: Mood total
    formula: sum(q1, q2)
    bands:
      - from: 0
        label: Low
      - from: 3
        label: High
flags:
  - id: harm
    when: q2 == "often"
    level: risk
    message: You often feel you might hurt yourself.
---

+++ First

```field
id: q1
type: choice
label: Feeling low
options: freq
```

+++ Second

```field
id: q2
type: choice
label: Thoughts of hurting yourself
options: freq
```
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_save_is_reloaded_once_it_has_settled(tmp_path: Path) -> None:
    """A new save is read on the second look (never half-written), and only once."""
    path = _write(tmp_path / "mood.md", MODULE)
    watch = FileWatch(path)
    assert watch.poll() is FileState.SAME
    _write(path, MODULE.replace("Mood check", "Mood today"))
    assert watch.poll() is FileState.SETTLING
    assert watch.poll() is FileState.CHANGED
    assert watch.poll() is FileState.SAME


def test_a_file_renamed_over_by_the_editor_is_followed(tmp_path: Path) -> None:
    """Editors that save to a new file and rename it over the old one still reload."""
    path = _write(tmp_path / "mood.md", MODULE)
    watch = FileWatch(path)
    path.unlink()
    assert watch.poll() is FileState.MISSING
    _write(tmp_path / "mood.md.tmp", MODULE.replace("Feeling low", "Feeling down"))
    (tmp_path / "mood.md.tmp").rename(path)
    assert watch.poll() is FileState.SETTLING
    assert watch.poll() is FileState.CHANGED


def test_saving_the_same_bytes_again_does_not_reload(tmp_path: Path) -> None:
    path = _write(tmp_path / "mood.md", MODULE)
    watch = FileWatch(path)
    _write(path, MODULE)
    assert watch.poll() is FileState.SAME


def test_a_broken_file_gives_its_problems_and_no_module(tmp_path: Path) -> None:
    """A tab-indented header is listed with its line; the preview gets no module to show."""
    path = _write(tmp_path / "mood.md", MODULE.replace("  freq:", "\tfreq:"))
    preview = load_preview(path)
    assert preview.module is None
    assert preview.errors >= 1
    assert any("tab" in d.message.lower() for d in preview.diagnostics)
    assert "error" in preview.status(showing_older=True)
    assert "last version without errors" in preview.status(showing_older=True)


def test_the_program_title_comes_from_the_folder_above(tmp_path: Path) -> None:
    (tmp_path / "program.yaml").write_text("title: Sleep well\n", encoding="utf-8")
    (tmp_path / "extra").mkdir()
    preview = load_preview(_write(tmp_path / "extra" / "mood.md", MODULE))
    assert preview.module is not None
    assert preview.program.title == "Sleep well"


def test_the_page_kept_is_found_by_its_title_then_by_its_number(tmp_path: Path) -> None:
    old = load_preview(_write(tmp_path / "mood.md", MODULE)).module
    assert old is not None
    moved = MODULE.replace("+++ First", "+++ Intro\n\nHello.\n\n+++ First")
    new = load_preview(_write(tmp_path / "mood.md", moved)).module
    assert new is not None
    assert kept_page(old, 1, new) == 2  # "Second" moved one page on
    renamed = MODULE.replace("+++ Second", "+++ Later")
    new = load_preview(_write(tmp_path / "mood.md", renamed)).module
    assert new is not None
    assert kept_page(old, 1, new) == 1
    assert kept_page(old, 7, new) == 1  # past the end: the last page


def test_answers_survive_a_reload_only_for_questions_still_there(tmp_path: Path) -> None:
    new = load_preview(_write(tmp_path / "mood.md", MODULE.replace("q2", "q3"))).module
    assert new is not None
    assert kept_answers(new, {"q1": "often", "q2": "never"}) == {"q1": "often"}


def test_live_scores_bands_and_flags_follow_the_answers(tmp_path: Path) -> None:
    preview = load_preview(_write(tmp_path / "mood.md", MODULE))
    assert preview.module is not None
    lines = live_results(preview.module, {"q1": "often", "q2": "often"}, preview.program)
    assert "Mood total: 6 – High" in lines
    assert "Flag raised (risk): You often feel you might hurt yourself." in lines
    lines = live_results(preview.module, {"q1": "never", "q2": "never"}, preview.program)
    assert "Mood total: 0 – Low" in lines
    assert "No flag raised." in lines
