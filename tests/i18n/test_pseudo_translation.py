"""Every text a person sees in the GUI goes through the translation catalogue.

The whole app (every screen, module page, results view and dialog the layout walk
visits) runs under a pseudo-translation that wraps each translated string in ⟦ ⟧; any
visible word outside the markers that is not the program's or the person's own
(module content, the sample workbook, crisis line names) is a string a translator
could never reach.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WALKER = Path(__file__).with_name("pseudo_walk.py")
ROOT = WALKER.parents[2]


def test_every_visible_text_is_translatable(tmp_path: Path) -> None:
    screen = {"name": "test", "x": 0, "y": 0, "width": 1366, "height": 768}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANGUAGE="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for name, folder in (
        ("WORKBOOK_DATA_DIR", "data"),
        ("WORKBOOK_CONFIG_DIR", "config"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[name] = str(tmp_path / folder)
    env["WORKBOOK_INSECURE_TEST_KDF"] = "1"
    done = subprocess.run(
        [sys.executable, str(WALKER)], env=env, capture_output=True, text=True, timeout=900
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        pytest.fail(f"the pseudo-translation walk crashed:\n{done.stderr[-4000:]}")
    problems = json.loads(lines[-1])["problems"]
    assert not problems, f"{len(problems)} texts not translatable:\n" + "\n".join(problems[:80])
