"""The translation catalogues are complete and current: every string the code marks is in
each ``.ts``, Spanish is fully translated, and the shipped ``.qm`` files match their ``.ts``."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402

FINISHED = ("workbook_en.ts", "workbook_es.ts")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")


def messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for every message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if translation.get("type") == "unfinished":
                forms = []
            else:
                forms = forms or [translation.text or ""]
            found.append((name, message.findtext("source", ""), forms))
    return found


def test_every_catalogue_holds_every_string_the_code_marks(tmp_path: Path) -> None:
    """Run the extraction on copies: nothing may change (run ``tools/translations.py update``)."""
    stale = []
    for ts in translations.catalogues():
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        translations.lupdate(copy)
        if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
            stale.append(ts.name)
    assert stale == [], "run: python tools/translations.py update (then translate and release)"


@pytest.mark.parametrize("name", FINISHED)
def test_spanish_and_english_plurals_are_fully_translated(name: str) -> None:
    missing = [f"{c}: {s!r}" for c, s, forms in messages(translations.FOLDER / name) if not forms]
    assert missing == [], f"{len(missing)} unfinished in {name}:\n" + "\n".join(missing[:40])


def test_translations_keep_every_placeholder() -> None:
    """A translation that drops ``{name}`` or ``%n`` would show the wrong words, or crash."""
    wrong = []
    for ts in translations.catalogues():
        for context, source, forms in messages(ts):
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                found = set(PLACEHOLDER.findall(form))
                if "%n" in wanted:  # a plural form may spell its number out ("every week")
                    found, wanted_here = found - {"%n"}, wanted - {"%n"}
                else:
                    wanted_here = wanted
                if found != wanted_here:
                    wrong.append(f"{ts.name} {context}: {source!r} -> {form!r}")
    assert wrong == []


def test_shipped_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    """The wheel and the app folder ship the committed .qm: they must match the .ts."""
    stale = []
    for ts in translations.catalogues():
        built = tmp_path / ts.with_suffix(".qm").name
        translations.lrelease(ts, built)
        shipped = ts.with_suffix(".qm")
        if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
            stale.append(shipped.name)
    assert stale == [], "run: python tools/translations.py release"


def _translate_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):  # QCoreApplication.translate, i18n.translate
                owner = getattr(func.value, "id", "")
                ours = func.attr == "translate" and owner in {"QCoreApplication", "i18n"}
            else:
                ours = getattr(func, "id", "") in {"translate", "QT_TRANSLATE_NOOP"}
            if ours and len(node.args) >= 2:
                calls.append(node)
    return calls


def test_translated_text_is_written_so_lupdate_can_read_it() -> None:
    """Literal context and text (an f-string would be extracted with its braces and never
    match), and a plural count passed fourth, positional and as a plain name: lupdate
    ignores a keyword and silently drops the whole call when the count is ``x.y``."""
    wrong = []
    for path in sorted((ROOT / "workbook").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for call in _translate_calls(tree):
            context, text = call.args[0], call.args[1]
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
            if literal_text and not literal_context:  # a variable text: a table's, marked there
                wrong.append(f"{where}:{call.lineno} the context is not a literal")
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                wrong.append(f"{where}:{call.lineno} the text is built, not a literal")
            if any(k.arg == "n" for k in call.keywords):
                wrong.append(f"{where}:{call.lineno} pass n positionally")
            if len(call.args) >= 4 and not isinstance(call.args[3], ast.Name):
                wrong.append(f"{where}:{call.lineno} name the count (lupdate skips an expression)")
    assert wrong == []
