"""The Qt desktop app: it presents workbook.core and decides nothing clinical itself."""

# Before any Qt call: PySide6 6.12 on Python 3.11 under-counts references to None.
from workbook.ui import pyside_compat as _pyside_compat  # noqa: F401
