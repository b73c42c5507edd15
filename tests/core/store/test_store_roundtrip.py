"""Whatever a person types comes back exactly, and every earlier value stays in history."""

from __future__ import annotations

from typing import Any

from conftest import FakeModule
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbook.core.store import Workbook

TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
SCALARS = st.one_of(
    TEXT,
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
ANSWERS = st.dictionaries(
    st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True), VALUES, max_size=6
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=ANSWERS, second=ANSWERS)
def test_answers_round_trip_and_history_keeps_every_value(
    wb: Workbook, first: dict[str, Any], second: dict[str, Any]
) -> None:
    """Saved answers load back identical, and each field's history ends with its latest value."""
    entry = wb.start_entry(FakeModule())
    wb.save_draft(entry.id, first)
    saved = wb.complete_entry(entry.id, second, None)
    expected = {**first, **second}
    assert saved.answers == expected
    assert wb.entry(entry.id).answers == expected
    for field_id, value in expected.items():
        history = [r.value for r in wb.answer_history(entry.id, field_id)]
        assert history[-1] == value
        if field_id in first:
            assert history[0] == first[field_id]
