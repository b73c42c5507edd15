"""The same answer changed on both computers before they synced: the person chooses,
nothing is silently overwritten, and a wrong wall clock doesn't decide for them."""

from __future__ import annotations

from datetime import date, timedelta

from sync_helpers import FakeModule, Pair, rows

from workbook.core.store import clock
from workbook.core.store.sync import engine
from workbook.core.store.sync.conflicts import conflicts, resolve


def _both_edit(pair: Pair) -> str:
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 1, "notes": "first"})
    pair.sync_both()
    pair.laptop.save_draft(entry.id, {"notes": "laptop words"})
    pair.desktop.save_draft(entry.id, {"notes": "desktop words"})
    pair.sync_both()
    return entry.id


def test_both_versions_are_kept_and_shown(pair: Pair) -> None:
    """Each computer lists the conflict with both versions and who wrote which."""
    entry_id = _both_edit(pair)
    for workbook in (pair.laptop, pair.desktop):
        (conflict,) = conflicts(workbook)
        assert (conflict.entry_id, conflict.field_id) == (entry_id, "notes")
        by_value = {v.value: v.device_name for v in conflict.versions}
        assert set(by_value) == {"laptop words", "desktop words"}
        assert engine.status(workbook).conflicts == 1
    assert rows(pair.laptop) == rows(pair.desktop)
    history = [r.value for r in pair.desktop.answer_history(entry_id, "notes")]
    assert sorted(history[1:]) == ["desktop words", "laptop words"]


def test_the_persons_choice_settles_it_on_both_computers(pair: Pair) -> None:
    """Picking the version that isn't shown makes it the answer everywhere."""
    entry_id = _both_edit(pair)
    (conflict,) = conflicts(pair.desktop)
    hidden = next(v for v in conflict.versions if not v.shown_now)
    resolve(pair.desktop, conflict, hidden.record_id)
    pair.sync_both()
    for workbook in (pair.laptop, pair.desktop):
        assert workbook.entry(entry_id).answers["notes"] == hidden.value
        assert conflicts(workbook) == []
    assert rows(pair.laptop) == rows(pair.desktop)


def test_a_check_in_saved_for_the_same_day_on_both_is_a_conflict(pair: Pair) -> None:
    """Two check-ins for one day are not merged silently: the person picks one."""
    pair.laptop.save_checkin(date(2026, 11, 3), mood=3)
    pair.desktop.save_checkin(date(2026, 11, 3), mood=8)
    pair.sync_both()
    (conflict,) = conflicts(pair.laptop)
    assert conflict.kind == "checkin"
    chosen = next(v for v in conflict.versions if v.value["mood"] == 3)
    resolve(pair.laptop, conflict, chosen.record_id)
    pair.sync_both()
    assert [c.mood for c in pair.desktop.checkins()] == [3]
    assert rows(pair.laptop) == rows(pair.desktop)


def test_a_clock_a_year_ahead_does_not_win_every_conflict(pair: Pair) -> None:
    """The desktop's clock is a year fast. Its edit shows first, but an edit made on the
    laptop after seeing it is still the newer one, and in a real conflict the person
    can keep the laptop's version."""
    entry = pair.laptop.start_entry(FakeModule())
    pair.laptop.save_draft(entry.id, {"q1": 1})
    pair.sync_both()
    with clock.frozen_at(clock.now() + timedelta(days=365)):
        pair.desktop.save_draft(entry.id, {"q1": 2})
        engine.sync_now(pair.desktop)
    engine.sync_now(pair.laptop)
    pair.laptop.save_draft(entry.id, {"q1": 3})  # made after seeing the desktop's 2
    pair.sync_both()
    for workbook in (pair.laptop, pair.desktop):
        assert workbook.entry(entry.id).answers["q1"] == 3
        assert conflicts(workbook) == []

    pair.laptop.save_draft(entry.id, {"q1": 4})
    with clock.frozen_at(clock.now() + timedelta(days=365)):
        pair.desktop.save_draft(entry.id, {"q1": 5})
        engine.sync_now(pair.desktop)
    pair.sync_both()
    (conflict,) = conflicts(pair.laptop)
    laptops = next(v for v in conflict.versions if v.value == 4)
    resolve(pair.laptop, conflict, laptops.record_id)
    pair.sync_both()
    assert pair.desktop.entry(entry.id).answers["q1"] == 4
    assert rows(pair.laptop) == rows(pair.desktop)
