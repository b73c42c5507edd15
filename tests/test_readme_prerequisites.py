"""A newcomer who follows the README gets what CI gets: the same system packages, the same commands.

CI (``.ci/run``) installs the system packages and then runs the README's test
command; if CI installed more than the README lists, the README's command would
fail on a fresh machine while CI stayed green.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CI_SCRIPT = ROOT / ".ci" / "run"


def apt_packages(text: str) -> set[str]:
    """Every package named on an ``apt-get install`` line (with its ``\\`` continuations)."""
    joined = re.sub(r"\\\n", " ", text)
    packages: set[str] = set()
    for line in joined.splitlines():
        if "apt-get install" not in line:
            continue
        words = shlex.split(line.split("apt-get install", 1)[1], comments=True)
        for word in words:
            if word.startswith((">", "&", "|", ";")):
                break
            if not word.startswith("-"):
                packages.add(word)
    return packages


def test_apt_packages_are_read_from_both_kinds_of_line() -> None:
    """The parser reads a README-style line and a CI-style line the same way."""
    readme_style = "    sudo apt-get install python3-venv libegl1 \\\n        poppler-utils\n"
    ci_style = (
        "    apt-get install -y -qq --no-install-recommends \\\n  appstream libgl1 >/dev/null\n"
    )
    assert apt_packages(readme_style) == {"python3-venv", "libegl1", "poppler-utils"}
    assert apt_packages(ci_style) == {"appstream", "libgl1"}


def test_readme_lists_every_system_package_ci_installs() -> None:
    """The README's apt-get lines name exactly the packages .ci/run installs, no more, no fewer."""
    readme = apt_packages(README.read_text(encoding="utf-8"))
    ci = apt_packages(CI_SCRIPT.read_text(encoding="utf-8"))
    assert ci, ".ci/run installs no apt packages any more: update this test"
    assert readme == ci, (
        f"only in .ci/run: {sorted(ci - readme)}; only in the README: {sorted(readme - ci)}. "
        "Keep the README's prerequisites and .ci/run's apt-get line in step."
    )


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    """The README's "run the whole test suite" command is the one CI runs, word for word."""
    readme = README.read_text(encoding="utf-8")
    match = re.search(r"^ {4}(python3 -m venv .*pip install '\.\[test\]'.*)$", readme, re.M)
    assert match, "the README shows how to install the test extra and run the tests"
    ci_lines = CI_SCRIPT.read_text(encoding="utf-8").splitlines()
    assert match.group(1) in ci_lines
