"""C.UTF-8 and POSIX systems (containers, servers, minimal installs) are not taken for American."""

from __future__ import annotations

import locale
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbook.core import system_locale
from workbook.core.printing import default_page_size, page_size_named

ROOT = Path(__file__).resolve().parent.parent.parent
LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No locale variables set, and Python mapping C.UTF-8 to en_US as it really does."""
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *_: ("en_US", "UTF-8"))
    return monkeypatch


@pytest.mark.parametrize("name", ["C.UTF-8", "C.utf8", "C", "POSIX"])
def test_c_and_posix_locales_print_on_a4(system: pytest.MonkeyPatch, name: str) -> None:
    """LANG=C.UTF-8 (or C, POSIX) gives A4 paper, not the US Letter Python's en_US guess implies."""
    system.setenv("LANG", name)
    assert default_page_size() == page_size_named("a4")
    assert system_locale.locale_name("LC_PAPER") is None


def test_lc_all_c_wins_over_an_american_lang(system: pytest.MonkeyPatch) -> None:
    """LC_ALL=C overrides LANG, as the C library reads them: no country, so A4."""
    system.setenv("LANG", "en_US.UTF-8")
    system.setenv("LC_ALL", "C")
    assert default_page_size() == page_size_named("a4")


def test_a_chosen_paper_locale_still_counts_under_c_utf8(system: pytest.MonkeyPatch) -> None:
    """LANG=C.UTF-8 with LC_PAPER=en_US.UTF-8: the person chose Letter paper, so Letter it is."""
    system.setenv("LANG", "C.UTF-8")
    system.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_page_size() == page_size_named("letter")
    system.setenv("LC_PAPER", "en_GB.UTF-8")
    assert default_page_size() == page_size_named("a4")


def test_without_locale_variables_python_is_asked(system: pytest.MonkeyPatch) -> None:
    """Windows and macOS app bundles set no LANG: the locale module's answer is used there."""
    assert system_locale.locale_name("LC_PAPER") == "en_US"
    assert default_page_size() == page_size_named("letter")


def test_territory_reads_the_country_part() -> None:
    assert system_locale.territory("en_GB.UTF-8") == "GB"
    assert system_locale.territory("de_DE@euro") == "DE"
    assert system_locale.territory("fr") is None
    assert system_locale.territory("C.UTF-8") is None
    assert system_locale.territory(None) is None


def test_a_real_c_utf8_process_prints_on_a4() -> None:
    """In a fresh interpreter started with LANG=C.UTF-8 (Python's own en_US mapping in play)."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES and k != "LANGUAGE"}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    code = (
        "from workbook.core.printing.page import default_page_size, page_size_named\n"
        "print(default_page_size() == page_size_named('a4'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
