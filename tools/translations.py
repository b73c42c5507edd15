"""Keep the UI translations in step with the code: extract new strings, build the ``.qm`` files.

    python tools/translations.py update    # every translatable string into resources/translations/*.ts
    python tools/translations.py release   # .ts -> .qm (committed: the wheel and the app folder ship them)
    python tools/translations.py status    # how much of each language is translated

``update`` runs ``pyside6-lupdate`` over ``workbook/`` (the GUI and the core's messages)
without line numbers, so a change elsewhere in a file does not touch the catalogue.
``workbook_en.ts`` holds only the plural forms (``%n days`` → ``1 day``, ``2 days``).

lupdate's Python reader finds ``translate(context, "%n days", None, n)`` but does not
mark it as a plural, and it turns a plural entry back into a single one on its next run.
So ``update`` marks every message whose source holds ``%n`` as plural itself and keeps
the plural forms already translated. It also drops the ``extracomment`` lupdate makes
of a ``#:`` line above a call: here those document code, not the text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "workbook"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("workbook_*.ts"))


def python_files(sources: Path = SOURCES) -> list[str]:
    """Every Python file under ``sources`` (lupdate scans folders for C++ and QML only)."""
    return sorted(str(path) for path in sources.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(ts: Path, sources: Path = SOURCES) -> None:
    """Bring ``ts`` up to date with the strings in ``sources`` (keeps existing translations)."""
    plurals = _plural_forms(ts)
    command = [tool("pyside6-lupdate"), *python_files(sources), "-locations", "none"]
    command += ["-no-obsolete", "-silent", "-ts", str(ts)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    _mark_plurals(ts, plurals, plural_only=ts.name == "workbook_en.ts")


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms already translated in ``ts``, by (context, source)."""
    found: dict[tuple[str, str], list[str]] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if forms:
                found[(name, message.findtext("source", ""))] = forms
    return found


def _mark_plurals(
    ts: Path, plurals: dict[tuple[str, str], list[str]], *, plural_only: bool
) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            for comment in message.findall("extracomment"):
                # lupdate reads a "#:" line above a call as a note for translators; in this
                # code base those lines document the next constant, so they are dropped
                # (and editing one does not make the catalogue stale).
                message.remove(comment)
            if "%n" not in source:
                if plural_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            assert translation is not None
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            forms = plurals.get((name, source), [])
            for text in forms or [""]:
                ET.SubElement(translation, "numerusform").text = text
            if forms and all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    for context in list(tree.getroot().iter("context")):
        if context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


def unfinished(ts: Path) -> int:
    """Messages still waiting for a translation."""
    return len(re.findall(r'type="unfinished"', ts.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "status"
    for ts in catalogues():
        if action == "update":
            lupdate(ts)
        elif action == "release":
            lrelease(ts, ts.with_suffix(".qm"))
        elif action != "status":
            raise SystemExit(__doc__)
        total = ts.read_text(encoding="utf-8").count("<message")
        print(f"{ts.name}: {total - unfinished(ts)} of {total} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
