"""The one place any failure becomes the words a person sees: (message, advice).

The app's screens, its background operations and the command line all ask here, so
a full disk reads the same everywhere and nothing but real damage ever mentions a
restore. The store's own errors carry their words; other errors that say something
about the disk or another program are named by the store's classifier; anything
else is a bug, reported kindly (the caller may log it first).
"""

from __future__ import annotations

from collections.abc import Callable

GENERAL_MESSAGE = "Something went wrong while doing that."
GENERAL_ADVICE = (
    "Nothing you had saved was lost. Please try again; if it keeps happening, restart Workbook."
)
FILE_MESSAGE = "Workbook couldn't read or write a file it needs."
FILE_ADVICE = "Check that the file or folder exists and can be written to, then try again."


def explained(error: BaseException) -> tuple[str, str] | None:
    """The words for a failure that is understood; None for a bug."""
    message = getattr(error, "message", None)
    advice = getattr(error, "advice", None)
    if isinstance(message, str) and isinstance(advice, str):
        return message, advice
    from workbook.core.store.failures import classify

    fault = classify(error)
    if fault is not None:
        return fault.message, fault.advice
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        reason = error.strerror or type(error).__name__
        return f"{FILE_MESSAGE[:-1]}{where}: {reason}.", FILE_ADVICE
    return None


def describe_failure(
    error: BaseException, on_unexpected: Callable[[BaseException], object] | None = None
) -> tuple[str, str]:
    """(message, advice) for any failure; ``on_unexpected`` sees the ones that are bugs."""
    words = explained(error)
    if words is not None:
        return words
    if on_unexpected is not None:
        on_unexpected(error)
    return GENERAL_MESSAGE, GENERAL_ADVICE
