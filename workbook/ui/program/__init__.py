"""The Program screen: stages and modules, a module's pages, results, past entries.

``ModuleScreen(service)`` is what the main window shows under "Program".
"""

from __future__ import annotations

from workbook.ui.program.screen import ModuleScreen

__all__ = ["ModuleScreen"]
