"""Authors' answer patterns (``pattern:``), compiled the same way by the checker and the app.

Python warns (FutureWarning) about patterns whose meaning a later Python may change,
such as ``[A--Z]``. For an author that is a mistake worth a message, not a warning
printed to a terminal they never see, and never a crash in a client's session.
"""

from __future__ import annotations

import re
import warnings


class AmbiguousPattern(ValueError):
    """The pattern works today, but Python says a future version may read it differently."""


def compile_pattern(pattern: str, *, strict: bool = False) -> re.Pattern[str]:
    """Compile ``pattern``; raises ``re.error`` when invalid and, if ``strict``,
    ``AmbiguousPattern`` when Python warns that its meaning may change."""
    with warnings.catch_warnings():
        warnings.simplefilter("error" if strict else "ignore", FutureWarning)
        try:
            return re.compile(pattern)
        except FutureWarning as warning:
            ambiguous = AmbiguousPattern(str(warning))
    compile_pattern(pattern)  # a pattern that is also invalid raises re.error, the worse news
    raise ambiguous
