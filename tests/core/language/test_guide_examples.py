"""Every example in the authoring guide (modules/README.md) passes `workbook check`.

Whole modules (starting with `---`) are checked together as one program, so the
guide's examples may refer to each other; snippets of questions, boxes and pages are
checked inside a minimal module; the program.yaml example is checked as one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbook.core.language import check_paths
from workbook.paths import builtin_program_dir

GUIDE = builtin_program_dir() / "README.md"
OPEN = re.compile(r"^(`{3,})(markdown|yaml)\s*$")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
WRAPPER = (
    "---\nid: snippet\ntitle: Snippet\nstage: skills\nsummary: A guide example.\n"
    "estimated_minutes: 1\n---\n\nIntroduction.\n\n{snippet}\n\nClosing words.\n"
)


def examples(kind: str) -> list[tuple[int, str]]:
    """(line, text) of each ```markdown or ```yaml example in the guide."""
    found = []
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = OPEN.match(lines[index].strip())
        if match and match[2] == kind:
            fence, start = match[1], index + 1
            end = next(i for i in range(start, len(lines)) if lines[i].strip() == fence)
            body = [
                line[len(lines[index]) - len(lines[index].lstrip()) :] for line in lines[start:end]
            ]
            found.append((start + 1, "\n".join(body) + "\n"))
            index = end
        index += 1
    return found


def modules() -> list[tuple[int, str]]:
    return [(line, text) for line, text in examples("markdown") if text.startswith("---\n")]


def snippets() -> list[tuple[int, str]]:
    return [(line, text) for line, text in examples("markdown") if not text.startswith("---\n")]


def add_images(folder: Path, text: str) -> None:
    for name in IMAGE.findall(text):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\x89PNG\r\n\x1a\n")


def test_the_guide_has_examples_of_everything() -> None:
    """The guide shows whole modules and snippets for every kind of question."""
    assert len(modules()) >= 5
    text = "".join(t for _, t in examples("markdown"))
    for kind in (
        "text",
        "long_text",
        "number",
        "scale",
        "choice",
        "multiple_choice",
        "yes_no",
        "date",
        "time",
        "list",
        "table",
    ):
        assert f"type: {kind}\n" in text, kind
    for key in (
        "show_when",
        "bands",
        "reliable_change",
        "caseness",
        "recommend_when",
        "records",
        "option_sets",
        "flags",
        "+++",
    ):
        assert key in text, key


def test_whole_module_examples_pass_the_checker(tmp_path: Path) -> None:
    """Together, the guide's whole modules form a program with no errors and no warnings."""
    for number, (line, text) in enumerate(modules()):
        (tmp_path / f"{number:02d}-example-at-line-{line}.md").write_text(text, encoding="utf-8")
        add_images(tmp_path, text)
    assert [str(d) + (f" ({d.hint})" if d.hint else "") for d in check_paths([tmp_path])] == []


@pytest.mark.parametrize(
    ("line", "text"), snippets(), ids=lambda v: str(v) if isinstance(v, int) else ""
)
def test_snippet_examples_pass_the_checker(tmp_path: Path, line: int, text: str) -> None:
    """Each snippet of questions or boxes is correct inside a minimal module."""
    path = tmp_path / f"snippet-at-line-{line}.md"
    path.write_text(WRAPPER.format(snippet=text.rstrip("\n")), encoding="utf-8")
    add_images(tmp_path, text)
    assert [str(d) for d in check_paths([path])] == []


def test_program_yaml_example_is_valid(tmp_path: Path) -> None:
    """The program.yaml example in the guide is accepted."""
    (yaml_example,) = [t for _, t in examples("yaml") if t.startswith("title:")]
    (tmp_path / "program.yaml").write_text(yaml_example, encoding="utf-8")
    (tmp_path / "a.md").write_text(
        WRAPPER.format(snippet="").replace("stage: skills", "stage: assessment")
    )
    assert [str(d) for d in check_paths([tmp_path])] == []
