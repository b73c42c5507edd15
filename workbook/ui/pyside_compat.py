"""Keep Python 3.11 alive under PySide6 6.12: its void methods return None without a reference.

Every call to a PySide6 method that returns nothing (``setVisible``, ``setText``,
``show`` …) takes one reference away from ``None``. On Python 3.12+ ``None`` is
immortal and nothing happens; on 3.11 a few thousand such calls bring its count to
zero and the interpreter aborts ("none_dealloc: deallocating None") — a crash in the
middle of someone's writing. Until PySide6 is fixed, ``None`` is given a reference
count no session can ever use up (it is never freed anyway).
"""

from __future__ import annotations

import sys

#: Far more void calls than any session makes (one per call is lost).
_HEADROOM = 1 << 48


def keep_none_alive() -> None:
    """Idempotent enough: run once when the Qt layer is first imported."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    # ob_refcnt is the first field of every PyObject in release builds of CPython 3.11.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM


keep_none_alive()
