"""The one place any failure becomes the words a person sees: (message, advice).

The app's screens, its background operations and the command line all ask here, so
a full disk reads the same everywhere and nothing but real damage ever mentions a
restore. The store's own errors carry their words; other errors that say something
about the disk or another program are named by the store's classifier; anything
else is a bug, reported kindly (the caller may log it first).
"""

from __future__ import annotations

from collections.abc import Callable

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate

GENERAL_MESSAGE = QT_TRANSLATE_NOOP("Faults", "Something went wrong while doing that.")
GENERAL_ADVICE = QT_TRANSLATE_NOOP(
    "Faults",
    "Nothing you had saved was lost. Please try again; if it keeps happening, restart Workbook.",
)
FILE_MESSAGE = QT_TRANSLATE_NOOP("Faults", "Workbook couldn't read or write a file it needs.")
FILE_ADVICE = QT_TRANSLATE_NOOP(
    "Faults", "Check that the file or folder exists and can be written to, then try again."
)


def explained(error: BaseException) -> tuple[str, str] | None:
    """The words for a failure that is understood, in the person's language; None for a bug.

    Errors carry their words in English, marked for the catalogue in the "Faults"
    context (``QT_TRANSLATE_NOOP("Faults", ...)``); they are translated here, once.
    """
    words = _explained_in_english(error)
    if words is None:
        return None
    return translate("Faults", words[0]), translate("Faults", words[1])


def _explained_in_english(error: BaseException) -> tuple[str, str] | None:
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
        message = translate("Faults", FILE_MESSAGE)
        return f"{message.rstrip('.')}{where}: {reason}.", FILE_ADVICE
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
    return translate("Faults", GENERAL_MESSAGE), translate("Faults", GENERAL_ADVICE)
