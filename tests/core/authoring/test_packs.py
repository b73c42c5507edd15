"""Module packs: made from a folder, checked whole, installed all or nothing, updated, removed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from workbook.core.authoring.packs import (
    PackProblem,
    check_pack,
    install_pack,
    installed_packs,
    make_pack,
    program_with_packs,
    remove_pack,
)
from workbook.core.language import ProgramError, check_paths, load_program
from workbook.core.schedule import due_measures, schedule_words
from workbook.paths import builtin_program_dir

MANIFEST = """id: better-sleep
title: Better sleep
author: Dr A. Example, Sleep Clinic
version: {version}
licence: CC BY 4.0
assignment:
  - module: sleep-diary
    first: true
    repeat_every: 1 week
  - module: wind-down
    due: 2026-12-14
"""

DIARY = """---
id: sleep-diary
title: {title}
stage: skills
version: {version}
summary: A week of how you slept.
estimated_minutes: 3
repeatable: true
---

# Last night

```field
id: hours
type: number
label: Hours asleep
```
"""

WIND_DOWN = """---
id: wind-down
title: Wind-down routine
stage: skills
version: 1
summary: Plan the hour before bed.
estimated_minutes: 5
---

# Your hour before bed

```field
id: plan
type: long_text
label: What will you do in the hour before bed?
```
"""


def _folder(tmp_path: Path, version: int = 1, title: str = "Sleep diary") -> Path:
    folder = tmp_path / f"sleep-v{version}"
    (folder / "images").mkdir(parents=True)
    (folder / "pack.yaml").write_text(MANIFEST.format(version=version), "utf-8")
    (folder / "10-sleep-diary.md").write_text(DIARY.format(title=title, version=version), "utf-8")
    (folder / "20-wind-down.md").write_text(WIND_DOWN, "utf-8")
    return folder


def _hand_made(path: Path, files: dict[str, str], *, manifest: str | None = None) -> Path:
    """A pack zipped by hand, with correct checksums: as if made by another tool."""
    sums = {n: hashlib.sha256(t.encode()).hexdigest() for n, t in files.items()}
    text = (manifest or MANIFEST.format(version=1)) + "checksums:\n"
    text += "".join(f"  {json.dumps(n)}: {s}\n" for n, s in sums.items())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack.yaml", text)
        for name, body in files.items():
            archive.writestr(name, body)
    return path


@pytest.fixture
def base() -> object:
    return load_program(builtin_program_dir())


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    return tmp_path / "installed"


def test_made_pack_installs_and_its_modules_join_the_program_under_their_stage(
    tmp_path: Path, base: object, packs: Path
) -> None:
    pack = tmp_path / "sleep.wbpack"
    made = make_pack(_folder(tmp_path), pack)
    assert made.modules == 2
    assert check_paths([pack]) == []
    installed = install_pack(pack, base, packs)  # type: ignore[arg-type]
    assert installed.summary() == (
        "Added “Better sleep” (version 1) by Dr A. Example, Sleep Clinic, with 2 modules: "
        "Sleep diary, Wind-down routine."
    )
    program = program_with_packs(base, packs)  # type: ignore[arg-type]
    assert [m.id for m in program.modules_in("skills")][-2:] == ["sleep-diary", "wind-down"]
    assert installed_packs(packs)[0].manifest.assignment[0].repeat_every_days == 7


def test_a_packs_repeat_every_is_the_schedule_home_follows(
    tmp_path: Path, base: object, packs: Path
) -> None:
    """`repeat_every: 1 week` in the assignment joins the program's clinician schedule, so
    the one due rule makes the sleep diary due a week after it was last done."""
    pack = tmp_path / "sleep.wbpack"
    make_pack(_folder(tmp_path), pack)
    install_pack(pack, base, packs)  # type: ignore[arg-type]
    program = program_with_packs(base, packs)  # type: ignore[arg-type]
    assert program.schedule == {"sleep-diary": 7}
    done = {"sleep-diary": datetime(2026, 3, 2, 20, 0)}
    assert due_measures(program, done, date(2026, 3, 8)) == []
    [due] = due_measures(program, done, date(2026, 3, 9))
    assert due.module.id == "sleep-diary"
    diary = program.module("sleep-diary")
    assert diary is not None
    assert schedule_words(diary, program) == "Again every week (your clinician's schedule)"


def test_make_leaves_out_what_a_pack_may_not_hold_and_says_so(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "tool.py").write_text("print('hi')", "utf-8")
    made = make_pack(folder, tmp_path / "sleep.wbpack")
    assert made.left_out == ("notes.docx", "tool.py")
    names = zipfile.ZipFile(tmp_path / "sleep.wbpack").namelist()
    assert "tool.py" not in names and "10-sleep-diary.md" in names


def test_make_needs_a_pack_yaml_and_shows_one(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "pack.yaml").unlink()
    with pytest.raises(PackProblem, match=r"has no pack\.yaml") as problem:
        make_pack(folder, tmp_path / "sleep.wbpack")
    assert "licence: CC BY 4.0" in str(problem.value)


def test_a_module_error_names_the_file_inside_the_pack_and_its_line(
    tmp_path: Path, base: object, packs: Path
) -> None:
    broken = DIARY.format(title="Sleep diary", version=1).replace("type: number", "type: numbr")
    pack = _hand_made(
        tmp_path / "sleep.wbpack", {"10-sleep-diary.md": broken, "20-wind-down.md": WIND_DOWN}
    )
    errors = [str(d) for d in check_pack(pack) if d.is_error]
    assert len(errors) == 1
    assert errors[0].startswith(f"{pack}/10-sleep-diary.md:15:")
    assert "numbr" in errors[0]
    with pytest.raises(ProgramError):
        install_pack(pack, base, packs)  # type: ignore[arg-type]
    assert installed_packs(packs) == []
    assert [p.name for p in packs.iterdir()] == []  # not even a scratch folder left


def test_an_assignment_of_a_missing_module_lists_the_modules_there_are(tmp_path: Path) -> None:
    manifest = MANIFEST.format(version=1).replace("module: wind-down", "module: wind-dwn")
    pack = _hand_made(
        tmp_path / "sleep.wbpack",
        {"10-sleep-diary.md": DIARY.format(title="Sleep diary", version=1), "w.md": WIND_DOWN},
        manifest=manifest,
    )
    (error,) = [d for d in check_pack(pack) if d.is_error]
    assert (error.path, error.line) == (pack / "pack.yaml", 10)
    assert "`wind-dwn`, which is not a module in this pack" in error.message
    assert error.hint == "the modules in this pack are: `sleep-diary`, `wind-down`"


@pytest.mark.parametrize("name", ["../escape.md", "/etc/escape.md", "a/../../escape.md"])
def test_a_path_outside_the_pack_installs_nothing(
    tmp_path: Path, base: object, packs: Path, name: str
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("pack.yaml", MANIFEST.format(version=1))
        archive.writestr(name, WIND_DOWN)
    pack = tmp_path / "evil.wbpack"
    pack.write_bytes(buffer.getvalue())
    messages = [d.message for d in check_pack(pack)]
    assert any("points outside the pack" in m for m in messages)
    with pytest.raises(ProgramError):
        install_pack(pack, base, packs)  # type: ignore[arg-type]
    assert not (tmp_path / "escape.md").exists() and not (packs.parent / "escape.md").exists()
    assert installed_packs(packs) == []


def test_an_oversize_file_or_code_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.core.authoring.packs import archive

    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 1000)
    pack = _hand_made(
        tmp_path / "sleep.wbpack",
        {"10-sleep-diary.md": DIARY.format(title="x" * 2000, version=1), "setup.py": "import os"},
    )
    found = {d.path.name: d.message for d in check_pack(pack)}
    assert "files in a pack may be at most" in found["10-sleep-diary.md"]
    assert "modules and images only, not `.py` files" in found["setup.py"]


def test_a_file_changed_after_making_is_named(tmp_path: Path) -> None:
    pack = tmp_path / "sleep.wbpack"
    make_pack(_folder(tmp_path), pack)
    with zipfile.ZipFile(pack) as original:
        files = {n: original.read(n) for n in original.namelist()}
    files["20-wind-down.md"] = files["20-wind-down.md"].replace(b"Plan", b"Spend")
    with zipfile.ZipFile(pack, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    (error,) = [d for d in check_pack(pack) if d.is_error]
    assert error.path == pack / "20-wind-down.md"
    assert error.message == "this file changed after the pack was made"


def test_a_module_id_already_in_the_program_is_refused(
    tmp_path: Path, base: object, packs: Path
) -> None:
    folder = _folder(tmp_path)
    text = (folder / "20-wind-down.md").read_text("utf-8").replace("id: wind-down", "id: phq9")
    (folder / "20-wind-down.md").write_text(text, "utf-8")
    (folder / "pack.yaml").write_text(MANIFEST.format(version=1).split("  - module: wind")[0])
    make_pack(folder, tmp_path / "sleep.wbpack")
    with pytest.raises(ProgramError) as refused:
        install_pack(tmp_path / "sleep.wbpack", base, packs)  # type: ignore[arg-type]
    (error,) = refused.value.diagnostics
    assert error.path == tmp_path / "sleep.wbpack" / "20-wind-down.md"
    assert error.message == "the module id `phq9` is already used by the program"
    assert installed_packs(packs) == []


def test_newer_version_updates_old_entries_still_print_and_removing_keeps_them(
    tmp_path: Path, base: object, packs: Path
) -> None:
    from workbook.core.printing import worksheet_pdf
    from workbook.core.store import create_workbook
    from workbook.core.usecases.entries import start_and_finish

    make_pack(_folder(tmp_path, 1), tmp_path / "v1.wbpack")
    make_pack(_folder(tmp_path, 2, title="Sleep diary (nights)"), tmp_path / "v2.wbpack")
    install_pack(tmp_path / "v1.wbpack", base, packs)  # type: ignore[arg-type]
    program = program_with_packs(base, packs)  # type: ignore[arg-type]
    workbook, _key = create_workbook("Test", "a long enough passphrase")
    try:
        module = program.module("sleep-diary")
        assert module is not None
        start_and_finish(program, workbook, module, {"hours": 6.5})

        updated = install_pack(tmp_path / "v2.wbpack", base, packs)  # type: ignore[arg-type]
        assert updated.replaced_version == "1"
        assert "Updated “Better sleep” (version 2) from version 1" in updated.summary()
        program = program_with_packs(base, packs)  # type: ignore[arg-type]
        new = program.module("sleep-diary")
        assert new is not None and new.title == "Sleep diary (nights)"
        (entry,) = workbook.entries("sleep-diary")
        assert entry.module_version == "1"
        assert entry.answers == {"hours": 6.5}
        assert worksheet_pdf(new, program.title, "filled", entry=entry).startswith(b"%PDF")

        with pytest.raises(PackProblem, match="version 2 is already installed"):
            install_pack(tmp_path / "v1.wbpack", base, packs)  # type: ignore[arg-type]

        remove_pack("better-sleep", packs)
        assert program_with_packs(base, packs).module("sleep-diary") is None  # type: ignore[attr-defined]
        assert [e.answers for e in workbook.entries("sleep-diary")] == [{"hours": 6.5}]
    finally:
        workbook.close()


def test_the_assignment_says_what_each_module_needs_now(
    tmp_path: Path, base: object, packs: Path
) -> None:
    """In the clinician's order: the first one suggested, a due date, a weekly repeat that
    comes due again a week after it was done (through the program's schedule)."""
    from datetime import date, datetime

    from workbook.core.authoring.packs.assignment import clinician_steps

    make_pack(_folder(tmp_path), tmp_path / "sleep.wbpack")
    install_pack(tmp_path / "sleep.wbpack", base, packs)  # type: ignore[arg-type]
    program = program_with_packs(base, packs)  # type: ignore[arg-type]
    assert program.schedule["sleep-diary"] == 7
    assert program.title == base.title and program.language == base.language  # type: ignore[attr-defined]
    installed = installed_packs(packs)
    today = date(2026, 12, 1)

    diary, wind_down = clinician_steps(program, installed, {}, today)
    assert (diary.module.id, diary.action, diary.waiting) == ("sleep-diary", "start", True)
    assert diary.why == "Your clinician suggests starting here"
    assert wind_down.why == "Due by 14 December 2026"

    done = {"sleep-diary": datetime(2026, 11, 28, 9, 0), "wind-down": datetime(2026, 11, 30)}
    diary, wind_down = clinician_steps(program, installed, done, today)
    assert diary.why == "Done 28 November 2026 · next on 5 December 2026"
    assert (diary.action, diary.waiting) == ("open", False)
    assert wind_down.why == "Done 30 November 2026"
    (diary, _) = clinician_steps(program, installed, done, date(2026, 12, 5))
    assert diary.why == "Due again — last done 28 November 2026"
    assert (diary.action, diary.waiting) == ("again", True)
    late = clinician_steps(program, installed, {}, date(2026, 12, 20))[1]
    assert late.why == "Was due by 14 December 2026"


def test_checking_the_clinicians_folder_checks_its_pack_yaml_too(tmp_path: Path) -> None:
    """`workbook check FOLDER` finds what `pack make` would refuse, with the line."""
    folder = _folder(tmp_path)
    text = MANIFEST.format(version=1).replace("module: wind-down", "module: wind-dwn")
    (folder / "pack.yaml").write_text(text, "utf-8")
    (error,) = [d for d in check_paths([folder]) if d.is_error]
    assert (error.path, error.line, error.column) == (folder / "pack.yaml", 10, 13)
    assert "`wind-dwn`, which is not a module in this pack" in error.message
    (folder / "pack.yaml").write_text(MANIFEST.format(version=1), "utf-8")
    assert check_paths([folder]) == []
