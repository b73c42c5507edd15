"""Preferences of this device, kept outside the encrypted workbook so they work while it is locked.

Only things that say nothing the person wrote belong here: today the country whose
emergency number and crisis lines "Need help now?" shows, which must be there on first
launch and behind the lock screen. A small JSON file in the user's config folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workbook.core.store.fsutil import atomic_write, make_private_dir
from workbook.paths import config_dir

FILE_NAME = "device.json"


class DevicePreferences:
    """``get_setting``/``set_setting`` over the device file (the shape of workbook settings)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / FILE_NAME

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # missing or unreadable: as on first launch (nothing in it is precious)
        return data if isinstance(data, dict) else {}

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self._read().get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Save one preference; raises OSError when the folder can't be written (full disk)."""
        data = self._read()
        data[key] = value
        make_private_dir(self.path.parent)
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        atomic_write(self.path, text.encode("utf-8"))
