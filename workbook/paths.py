"""Where Workbook finds what it ships (the built-in program, resources) and where it keeps data."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "Workbook"
APP_AUTHOR = "Workbook"


@cache
def _bundled(installed_name: str, checkout_name: str) -> Path:
    """A folder shipped in the wheel as ``workbook/<installed_name>``, or in a source checkout.

    Found beside this file, as ``importlib.resources.files("workbook")`` would find it for
    an installed package (its result was made a Path anyway, so a zipped install never
    worked): importing importlib.resources cost the unlock window about 10 ms (issue 18).
    """
    package = Path(__file__).resolve().parent
    installed = package / installed_name
    if installed.is_dir():
        return installed
    return package.parent / checkout_name


def builtin_program_dir() -> Path:
    """The folder of the program that ships with Workbook."""
    return _bundled("_program", "modules")


def resources_dir() -> Path:
    """Icons, styles, fonts and translations."""
    return _bundled("_resources", "resources")


def data_dir() -> Path:
    """Where workbooks live. ``WORKBOOK_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("WORKBOOK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where the crash log goes (it never holds anything a person wrote)."""
    override = os.environ.get("WORKBOOK_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Where this device's own preferences live (not the person's writing).
    ``WORKBOOK_CONFIG_DIR`` overrides it."""
    override = os.environ.get("WORKBOOK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
