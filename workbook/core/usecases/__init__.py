"""What the app does, without a window: each use case takes the program and the open
workbook, does one thing the person asked for, and returns plain data plus the topics
it changed (``Done``).

The desktop app runs these through its one operation path (``workbook.ui.operation``);
the command line and ``tools/`` call them directly. Scores, flags, recommendations,
which program a workbook follows and what Home shows are decided here and nowhere else.
"""

from __future__ import annotations

from workbook.core.usecases.topics import TOPICS, Done, Topic

__all__ = ["TOPICS", "Done", "Topic"]
