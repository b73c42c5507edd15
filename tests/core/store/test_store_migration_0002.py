"""Migration 0002: goal reviews packed into one note by schema 0001 come back as three
separate answers, after a backup, and an app that only knows 0001 refuses the result."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbook.core.store import NewerVersion, migrate, open_workbook
from workbook.core.store.engine.connection import raw_connection

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"
EXPECTED = json.loads((FIXTURES / "workbook-0001-packed-reviews.json").read_text())
PASSPHRASE = EXPECTED["passphrase"]
MIGRATION = Path(migrate.__file__).parent / "migrations" / "versions" / "0002_goal_review_parts.py"


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("migration_0002", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


split_packed = _migration().split_packed


@pytest.fixture
def packed_workbook(isolated_data_dir: Path) -> Path:
    """A copy of the schema-0001 fixture whose reviews hold packed notes."""
    target = isolated_data_dir / "workbooks" / "fixture-0001-packed"
    shutil.copytree(FIXTURES / "workbook-0001-packed-reviews", target)
    return target


def test_packed_reviews_open_as_three_separate_answers(packed_workbook: Path) -> None:
    """Each old review shows what helped, what got in the way and the next step apart;
    a note that isn't the packed shape stays whole as a note, and nothing else changes."""
    with open_workbook(packed_workbook, PASSPHRASE) as wb:
        with wb._engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            meta = conn.exec_driver_sql("SELECT schema_version FROM workbook_meta").scalar()
            assert meta == migrate.schema_version()
        (goal,) = wb.goals()
        assert goal.goal == EXPECTED["goal"]
        reviews = {r.id: r for r in goal.reviews}
        for review_id, want in EXPECTED["packed_reviews"].items():
            review = reviews.pop(review_id)
            assert (review.helped, review.hindered, review.next_step, review.note) == (
                want["helped"],
                want["hindered"],
                want["next_step"],
                want["note"],
            )
        (plain,) = reviews.values()
        assert (plain.note, plain.helped, plain.hindered, plain.next_step) == (
            "going well",
            "",
            "",
            "",
        )
        for entry_id, want in EXPECTED["entries"].items():
            assert wb.entry(entry_id).answers == want["answers"]
        assert wb.checkins()[0].note == EXPECTED["checkin_note"]
        assert not wb.check_integrity()


def test_the_packed_notes_are_backed_up_before_the_upgrade(packed_workbook: Path) -> None:
    """The backup taken before migrating is at 0001 and still holds every note as it was."""
    with open_workbook(packed_workbook, PASSPHRASE) as wb:
        (backup,) = [b for b in wb.backups() if b.kind == "pre-migration"]
        assert backup.schema_revision == "0001"
        with raw_connection(backup.path, wb._data_key) as conn:
            notes = {row[0] for row in conn.execute("SELECT note FROM goal_reviews")}
    assert "What got in the way: Tired after work" in notes
    assert len(notes) == len(EXPECTED["packed_reviews"]) + 1


def test_reopening_a_migrated_workbook_changes_nothing_more(packed_workbook: Path) -> None:
    """The split happens once: a second open takes no further pre-migration backup."""
    open_workbook(packed_workbook, PASSPHRASE).close()
    with open_workbook(packed_workbook, PASSPHRASE) as wb:
        assert [b.kind for b in wb.backups()].count("pre-migration") == 1
        first = next(iter(EXPECTED["packed_reviews"]))
        review = next(r for r in wb.goals()[0].reviews if r.id == first)
        assert review.hindered == "Rain on Tuesday"


def test_an_app_that_only_knows_0001_refuses_a_0002_workbook(
    packed_workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once upgraded, the older app says a newer Workbook made it and changes nothing."""
    open_workbook(packed_workbook, PASSPHRASE).close()
    files = sorted(p for p in packed_workbook.rglob("*") if p.is_file())
    before = {p: p.read_bytes() for p in files if not p.name.endswith(".lock")}
    monkeypatch.setattr(migrate, "REVISIONS", ("0001",))
    with pytest.raises(NewerVersion) as caught:
        open_workbook(packed_workbook, PASSPHRASE)
    assert "newer version" in caught.value.message
    assert {p: p.read_bytes() for p in before} == before


HEADINGS = ("What helped", "What got in the way", "Next step")
answer = st.text(alphabet=st.characters(codec="utf-8"), max_size=40).map(str.strip)


@given(answer, answer, answer)
def test_every_note_schema_0001_could_write_splits_back(
    helped: str, hindered: str, next_step: str
) -> None:
    """Whatever three answers the old Goals screen packed, the migration gets them back
    (unless an answer itself holds a blank line then a later question's heading)."""
    parts = (helped, hindered, next_step)
    for index, text in enumerate(parts):
        if any(f"\n\n{h}: " in text for h in HEADINGS[index + 1 :]):
            return
    # schema 0001's ReviewParts.to_note, as it was
    note = "\n\n".join(f"{h}: {t}" for h, t in zip(HEADINGS, parts, strict=True) if t)
    if not note:
        assert split_packed(note) is None
        return
    assert split_packed(note) == {"helped": helped, "hindered": hindered, "next_step": next_step}


def test_notes_not_in_the_packed_shape_are_left_alone() -> None:
    """Plain notes and text before the first heading stay whole in the note."""
    for note in ("going well", "Good week.\nWhat helped: Sam", "What helped:no space", ""):
        assert split_packed(note) is None


def test_a_heading_typed_inside_an_answer_stays_in_that_answer() -> None:
    """An earlier question's heading, or one without a blank line before it, is just words."""
    assert split_packed("Next step: ask Sam\n\nWhat helped: the bus") == {
        "helped": "",
        "hindered": "",
        "next_step": "ask Sam\n\nWhat helped: the bus",
    }
    assert split_packed("What helped: Rest.\nNext step: sleep")["helped"] == (
        "Rest.\nNext step: sleep"
    )
