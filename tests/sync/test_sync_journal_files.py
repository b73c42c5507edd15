"""Journal files: sealed, named by nothing but random ids, and never merged when they are
cut short, altered or copied; the person is told which file was skipped."""

from __future__ import annotations

import re
import shutil

from sync_helpers import FakeModule, Pair

from workbook.core.store.sync import engine

MARKERS = ("Zanzibarquux", "Ünïcödé-sécret", "私の秘密の日記")


def _newest_file(pair: Pair) -> str:
    journal = pair.folder / "journal"
    return max(journal.iterdir(), key=lambda p: p.stat().st_mtime_ns).name


def test_nothing_written_reaches_the_folder_in_the_clear(pair: Pair) -> None:
    """Marker words typed into entries, goals, check-ins and settings appear nowhere in
    the sync folder, as UTF-8 or UTF-16, and file names are random ids."""
    from datetime import date

    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"notes": " ".join(MARKERS)})
    pair.desktop.add_goal(MARKERS[0], plan=MARKERS[1])
    pair.desktop.save_checkin(date(2026, 11, 4), note=MARKERS[2])
    pair.laptop.set_setting("crisis_contacts", [{"name": MARKERS[0]}])
    pair.sync_both()
    assert pair.desktop.entry(entry.id).answers["notes"] == " ".join(MARKERS)

    blobs = [p.read_bytes() for p in pair.folder.rglob("*") if p.is_file()]
    assert len(blobs) >= 3  # the key file and a journal file from each computer
    for marker in MARKERS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needle = marker.encode(encoding)
            assert not any(needle in blob for blob in blobs), (marker, encoding)
    for path in (pair.folder / "journal").iterdir():
        assert re.fullmatch(r"[0-9a-f]{32}\.wbj", path.name)


def test_a_cut_short_file_is_skipped_and_reported(pair: Pair) -> None:
    """Half a journal file (a sync tool still copying it) is never merged, and is read
    once it is whole."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 2})
    engine.sync_now(pair.laptop)
    path = pair.folder / "journal" / _newest_file(pair)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    report = engine.sync_now(pair.desktop)
    assert [p.name for p in report.problems] == [path.name]
    assert "incomplete" in report.problems[0].reason
    assert pair.desktop.entries() == []
    path.write_bytes(whole)
    report = engine.sync_now(pair.desktop)
    assert report.problems == ()
    assert pair.desktop.entry(entry.id).answers == {"q1": 2}


def test_an_altered_file_is_skipped_and_reported(pair: Pair) -> None:
    """One flipped byte fails authentication: nothing of that file is merged."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 2})
    engine.sync_now(pair.laptop)
    path = pair.folder / "journal" / _newest_file(pair)
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    report = engine.sync_now(pair.desktop)
    assert [p.name for p in report.problems] == [path.name]
    assert "altered" in report.problems[0].reason
    assert pair.desktop.entries() == []


def test_a_duplicated_file_is_reported_and_merges_nothing_twice(pair: Pair) -> None:
    """A copy under another journal name fails authentication (its name is sealed in), and
    a sync tool's conflict copy is ignored; the original still merges once."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 2})
    engine.sync_now(pair.laptop)
    original = pair.folder / "journal" / _newest_file(pair)
    renamed = original.with_name("0" * 32 + ".wbj")
    shutil.copy(original, renamed)
    conflict_copy = original.with_name(original.stem + ".sync-conflict-20261130-101010-ABCDEFG.wbj")
    shutil.copy(original, conflict_copy)
    report = engine.sync_now(pair.desktop)
    assert sorted(p.name for p in report.problems) == sorted([renamed.name, conflict_copy.name])
    assert len(pair.desktop.answer_history(entry.id, "q1")) == 1


def test_the_workbook_name_travels_sealed_and_reaches_the_joined_computer(pair: Pair) -> None:
    """A workbook's name is often the person's own ("Sam"): the folder's key file shows a
    neutral name, and the computer that joined learns the real one from a sealed file."""
    from workbook.core.store.sync.folder_key import FOLDER_NAME

    pair.sync_both()
    key_file = (pair.folder / "workbook.key").read_bytes()
    assert b'"Sam"' not in key_file and FOLDER_NAME.encode() in key_file
    assert pair.laptop.name == "Sam"
    assert pair.desktop.name == "Sam"
    assert b'"Sam"' in (pair.desktop._files.envelope).read_bytes()
