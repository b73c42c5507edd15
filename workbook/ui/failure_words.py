"""A failure in the person's words for the desktop app: the core's mapping, with a bug
written to the crash log first.

Below the service, the operation path and the dialogs alike, so each can use it
without reaching back into the others (no import cycle).
"""

from __future__ import annotations

from workbook.core.faults import describe_failure


def describe_error(exc: BaseException) -> tuple[str, str]:
    """A (message, advice) pair for any failure: the core's words; a bug is logged first."""
    return describe_failure(exc, on_unexpected=_log_crash)


def _log_crash(exc: BaseException) -> None:
    from workbook.ui.shell.crash import write_crash_log

    write_crash_log(type(exc), exc, exc.__traceback__)
