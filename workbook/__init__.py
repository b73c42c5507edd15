"""Workbook: a private, structured mental-health recovery workbook."""

__version__ = "0.1.0"
