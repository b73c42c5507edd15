"""Every screen, module page, results view and dialog fits the screens people really use.

At 1024x700 and 1366x768, with text at 100 % and 150 %, in light and dark (layout does
not depend on colour, so each size and text size is walked once, in one of the two
schemes), nothing may be cut off on the right, no page may scroll sideways, no dialog
may be larger than the screen and the focused control must be in view. Switching between
light and dark with everything built must leave no style in the old scheme's colours.

Each walk runs in its own process because Qt fixes the screen size when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

WALKER = Path(__file__).with_name("layout_walk.py")
ROOT = WALKER.parents[3]

#: fewer checked Tab stops than this means the keyboard walk stopped walking
MIN_FOCUS_STOPS = 300
CONFIGS = [
    pytest.param(1024, 700, 1.0, "light", "en", id="1024x700-100%-light"),
    pytest.param(1024, 700, 1.5, "dark", "en", id="1024x700-150%-dark"),
    pytest.param(1366, 768, 1.0, "dark", "en", id="1366x768-100%-dark"),
    pytest.param(1366, 768, 1.5, "light", "en", id="1366x768-150%-light"),
    # Spanish runs about a quarter longer than English: the same screens must still fit.
    pytest.param(1024, 700, 1.5, "light", "es", id="1024x700-150%-light-spanish"),
    pytest.param(1366, 768, 1.0, "dark", "es", id="1366x768-100%-dark-spanish"),
]


def start_walk(
    home: Path, width: int, height: int, scale: float, scheme: str, language: str = "en"
) -> Any:
    """Start the walker on a screen of this size, in its own data and settings folders,
    with the system asking for ``language`` (the app follows it: workbook.core.ui_language)."""
    home.mkdir(parents=True, exist_ok=True)
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = home / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for name, folder in (
        ("WORKBOOK_DATA_DIR", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[name] = str(home / folder)
    env["WORKBOOK_INSECURE_TEST_KDF"] = "1"  # a trivial key derivation: test workbooks only
    env["LANGUAGE"] = language
    return subprocess.Popen(
        [sys.executable, str(WALKER), str(width), str(height), str(scale), scheme],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def walk_result(process: Any, width: int, height: int) -> list[str]:
    """The problems a walk found (it must have run to the end on the screen asked for)."""
    try:
        out, err = process.communicate(timeout=900)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    lines = out.strip().splitlines()
    assert process.returncode == 0 and lines, f"the layout walk crashed:\n{err[-4000:]}"
    report = json.loads(lines[-1])
    assert report["screen"] == [width, height], "the test screen was not the size asked for"
    # Every screen, module page and dialog is Tabbed through: hundreds of stops, each checked.
    assert report["focus_stops"] >= MIN_FOCUS_STOPS, f"only {report['focus_stops']} focus stops"
    problems: list[str] = report["problems"]
    return problems


def walk(
    home: Path, width: int, height: int, scale: float, scheme: str, language: str = "en"
) -> list[str]:
    return walk_result(start_walk(home, width, height, scale, scheme, language), width, height)


@pytest.fixture(scope="module")
def walks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[Any, ...], Any]]:
    """All four walks started at once: each is one process, so two cores share them."""
    started = {}
    for param in CONFIGS:
        config = tuple(param.values)
        home = tmp_path_factory.mktemp("layout-" + "-".join(map(str, config)))
        started[config] = start_walk(home, *config)  # type: ignore[arg-type]
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.communicate()


def summary(problems: list[str]) -> str:
    kinds = Counter(
        "cut off"
        if "cut off" in p
        else "sideways"
        if "sideways" in p
        else "focus out of view"
        if "focus is on" in p
        else "larger than the screen"
        if "px screen" in p
        else "text squeezed"
        if "of its text" in p
        else "other"
        for p in problems
    )
    head = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    return f"{len(problems)} problems ({head}):\n" + "\n".join(problems[:60])


@pytest.mark.parametrize(("width", "height", "scale", "scheme", "language"), CONFIGS)
def test_every_screen_fits(
    walks: dict[tuple[Any, ...], Any],
    width: int,
    height: int,
    scale: float,
    scheme: str,
    language: str,
) -> None:
    """Nothing cut off, no sideways scrolling, dialogs within the screen, focus in view."""
    problems = walk_result(walks[(width, height, scale, scheme, language)], width, height)
    assert not problems, summary(problems)
