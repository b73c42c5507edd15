"""Every screen, module page, results view and dialog fits the screens people really use.

At 1024x700 and 1366x768, with text at 100 % and 150 %, in light and dark (layout does
not depend on colour, so each size and text size is walked once, in one of the two
schemes), nothing may be cut off on the right, no page may scroll sideways, no dialog
may be larger than the screen and the focused control must be in view.

Each walk runs in its own process because Qt fixes the screen size when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

WALKER = Path(__file__).with_name("layout_walk.py")
ROOT = WALKER.parents[3]

CONFIGS = [
    pytest.param(1024, 700, 1.0, "light", id="1024x700-100%-light"),
    pytest.param(1024, 700, 1.5, "dark", id="1024x700-150%-dark"),
    pytest.param(1366, 768, 1.0, "dark", id="1366x768-100%-dark"),
    pytest.param(1366, 768, 1.5, "light", id="1366x768-150%-light"),
]


def walk(tmp_path: Path, width: int, height: int, scale: float, scheme: str) -> list[str]:
    """Run the walker on a screen of this size; the problems it found."""
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    run = subprocess.run(
        [sys.executable, str(WALKER), str(width), str(height), str(scale), scheme],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = run.stdout.strip().splitlines()
    assert run.returncode == 0 and lines, f"the layout walk crashed:\n{run.stderr[-4000:]}"
    report = json.loads(lines[-1])
    assert report["screen"] == [width, height], "the test screen was not the size asked for"
    problems: list[str] = report["problems"]
    return problems


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


@pytest.mark.xfail(strict=True, reason="issue 12: today's layout does not fit these screens")
@pytest.mark.parametrize(("width", "height", "scale", "scheme"), CONFIGS)
def test_every_screen_fits(
    tmp_path: Path, width: int, height: int, scale: float, scheme: str
) -> None:
    """Nothing cut off, no sideways scrolling, dialogs within the screen, focus in view."""
    problems = walk(tmp_path, width, height, scale, scheme)
    assert not problems, summary(problems)
