"""Everything in Workbook that works without a window: the module language, scoring, the store, printing.

Nothing in this package imports Qt (tests/test_core_is_qt_free.py keeps it so).
"""
