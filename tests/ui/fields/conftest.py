"""Build single questions by hand, so field widgets are tested without the parser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbook.core.language.model import Anchor, Column, Field, FieldType, Option, Source

SRC = Source(Path("test.md"), 1)


def _make_field(kind: FieldType, **extra: Any) -> Field:
    """A question of this type with sensible options, columns and limits for tests."""
    defaults: dict[str, Any] = {}
    if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
        defaults["options"] = (
            Option("low", "Low", 0),
            Option("middle", "Middle", 1),
            Option("high", "High", 2),
        )
    if kind == FieldType.SCALE:
        defaults.update(min=0, max=10, anchors=(Anchor(0, "Not at all"), Anchor(10, "Extremely")))
    if kind == FieldType.NUMBER:
        defaults.update(min=0, max=24, step=0.5, unit="hours")
    if kind == FieldType.LIST:
        defaults["item_label"] = "Trigger"
    if kind == FieldType.TABLE:
        defaults["columns"] = (
            Column("situation", "Situation", FieldType.LONG_TEXT),
            Column("thought", "Thought", FieldType.TEXT),
            Column("strength", "How strong (0-100)", FieldType.NUMBER, min=0, max=100),
        )
    defaults.update(extra)
    return Field(
        id=f"q_{kind.value}", type=kind, label=f"A {kind.value} question", source=SRC, **defaults
    )


@pytest.fixture
def make_field() -> Any:
    """``make_field(FieldType.SCALE, max=5)``: a question ready for ``widget_for``."""
    return _make_field
