"""The person's own settings, kept encrypted inside the workbook: auto-lock, the check-in
reminder, which program it follows, and crisis contacts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workbook.core.usecases.topics import Done

# The service imports this module while the unlock window is being built; crisis (and
# YAML with it) is imported by the two functions that need it, so that window shows
# sooner (issue 18: start -> unlock window within 2.5 bare windows).

if TYPE_CHECKING:
    from workbook.core.crisis import PersonalContact
    from workbook.core.store import Workbook

AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
CHECKIN_REMINDER = "checkin_reminder"  # "HH:MM", or "" / None for no reminder


def save_setting(workbook: Workbook, key: str, value: Any) -> Done[None]:
    """Store one setting (a JSON value)."""
    workbook.set_setting(key, value)
    return Done(None, ("settings",))


def auto_lock_minutes(workbook: Workbook) -> int:
    """Minutes without use before the workbook locks itself (0: never)."""
    try:
        value = int(workbook.get_setting(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_AUTO_LOCK_MINUTES
    return max(value, 0)


def save_crisis_contacts(workbook: Workbook, contacts: Sequence[PersonalContact]) -> Done[None]:
    """The people the person chose to show beside the crisis lines."""
    from workbook.core import crisis  # see the note at the imports

    crisis.save_personal_contacts(workbook, contacts)
    return Done(None, ("settings",))


def save_crisis_country(workbook: Workbook, code: str) -> Done[None]:
    """Which country's crisis lines Need help now shows."""
    from workbook.core import crisis  # see the note at the imports

    crisis.save_country(workbook, code)
    return Done(None, ("settings",))
