"""The way into Workbook: welcome, create a workbook, keep the recovery key, unlock, recover."""

from workbook.ui.welcome.start_screen import StartScreen

__all__ = ["StartScreen"]
