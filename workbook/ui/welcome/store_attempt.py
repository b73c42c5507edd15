"""Running a slow store call for the way-in pages, its StoreError handed back as a value."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from workbook.core.store import StoreError

T = TypeVar("T")


def attempt(fn: Callable[[], T]) -> T | StoreError:
    """Run ``fn``; a StoreError comes back as a value so the screen can offer the right next step."""
    from workbook.core.store import StoreError  # the store loads after the window shows

    try:
        return fn()
    except StoreError as error:
        return error
