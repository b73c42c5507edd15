"""Running a slow store call for the way-in pages, its StoreError handed back as a value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def attempt(fn: Callable[[], Any]) -> Any:
    """Run ``fn``; a StoreError comes back as a value so the screen can offer the right next step."""
    from workbook.core.store import StoreError  # the store loads after the window shows

    try:
        return fn()
    except StoreError as error:
        return error
