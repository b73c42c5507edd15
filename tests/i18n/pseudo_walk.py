"""Walk every screen of the real app under a pseudo-translation and print every visible text
that did not go through the translation catalogue (one JSON list on the last line).

The pseudo translator wraps the words of each translated string in ⟦ ⟧ (each run
between ``{placeholders}``, so what the code fills in later is checked too). What is left once every
⟦…⟧ is taken out must be numbers, punctuation, or words the person or the program
wrote: module content, the sample workbook's own words, crisis line names and numbers.
Run by ``test_pseudo_translation.py`` in its own process (the layout walk drives it).

    python tests/i18n/pseudo_walk.py
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "tests" / "ui" / "layout")]

import layout_walk  # noqa: E402  (puts tests/ui, tests/modules and tools on the path)
from PySide6.QtCore import QModelIndex, Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Words that are names, not language: the app, its parts, keys and file kinds.
PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%n)")
#: Punctuation around a segment, which says nothing in any language.
EDGES = " \t.,:;·–—-()[]/…|•!?“”\"'«»%+*#=<>→←↑↓✓✔"
#: Recovery keys, versions and other codes: capitals, digits and dashes.
CODE = re.compile(r"[A-Z0-9][A-Z0-9\- .]*[0-9][A-Z0-9\- .]*")
#: Where a text joins its parts: each part is checked on its own.
SEPARATORS = re.compile(r" · | — | – |: |, |; |\n| \(|\) ")
DIGITS = re.compile(r"(?:(?<=\s)|^)\d+(?:[.,:]\d+)*(?=\s|$)")
WEBSITE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?")
SHORTCUT = re.compile(r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+\S+")
NAMES = {"Workbook", "Qt", "PySide", "Ctrl", "Alt", "Shift", "Esc", "Tab", "PDF", "CSV", "JSON"}


class PseudoTranslator(QTranslator):
    """Every string the app asks Qt to translate comes back wrapped in ⟦ ⟧."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        # Only the words are wrapped, not the {placeholders}: what the code fills in
        # afterwards stays outside the markers and is checked on its own.
        parts = PLACEHOLDER.split(source)
        return "".join(
            part if PLACEHOLDER.fullmatch(part) or not part else f"{OPEN}{part}{CLOSE}"
            for part in parts
        )

    def isEmpty(self) -> bool:
        return False


def strings_in(value: Any, found: list[str], seen: set[int]) -> None:
    """Every string inside ``value`` (a parsed program, a module, a list …)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            strings_in(key, found, seen)
            strings_in(item, found, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            strings_in(item, found, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            strings_in(getattr(value, field.name, None), found, seen)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("workbook"):
        for item in vars(value).values():
            strings_in(item, found, seen)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text a person sees or hears on ``root``'s visible widgets."""
    texts: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if widget.isWindow():
            texts.append((f"{kind} title", widget.windowTitle()))
        texts.append((f"{kind} accessible name", widget.accessibleName()))
        texts.append((f"{kind} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            texts.append((kind, plain(widget.text())))
        elif isinstance(widget, QAbstractButton):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((f"{kind} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append((f"{kind} placeholder", widget.placeholderText()))
            if widget.isReadOnly():
                texts.append((kind, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            texts.extend((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.extend((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend((kind, text) for text in _item_texts(widget))
    return [(what, " ".join(text.split())) for what, text in texts if text and text.strip()]


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            column = -1
            while model.hasIndex(row, column + 1, parent):  # columnCount is private on some
                column += 1
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        found.append(value)
                if column == 0:
                    visit(index)

    visit(QModelIndex())
    return found


def untranslated(text: str, corpus: str, words: set[str], lines: set[str]) -> str | None:
    """What is left of ``text`` once every ⟦translated⟧ part is taken out, if it is not
    the program's or the person's own words (None when nothing untranslated is left)."""
    rest = text
    while True:
        shorter = MARKED.sub("\0", rest)
        if shorter == rest:
            break
        rest = shorter
    stray = []
    for segment in SEPARATORS.split(rest.replace("\0", " · ")):
        whole = segment.strip(EDGES)
        part = DIGITS.sub(" ", segment).strip(EDGES)
        if not WORD.search(part) or part in NAMES or CODE.fullmatch(whole):
            continue
        if SHORTCUT.fullmatch(whole) or WEBSITE.fullmatch(whole):
            continue
        # The program's or the person's own words ("Mood 3": "Mood" is the module's). A short
        # part must be one of their texts whole ("to" is in many a sentence, never alone).
        own = lines if len(part.split()) <= 3 else corpus
        if whole.lower() in own or part.lower() in own:
            continue
        if len(text) > 60 and all(w.lower() in words for w in WORD.findall(part)):
            continue  # a module paragraph, rendered from Markdown (its markup is gone)
        stray.append(part)
    return " | ".join(stray) if stray else None


class PseudoWalk(layout_walk.Walk):
    corpus: str
    words: set[str]
    lines: set[str]

    def check(self, where: str, root: QWidget) -> None:
        self.settle()
        for what, text in shown_texts(root):
            stray = untranslated(text, self.corpus, self.words, self.lines)
            if stray:
                self.note(where, [f"{what}: {text[:120]!r} (not translated: {stray[:60]})"])

    def tab_through(self, where: str, window: QWidget) -> None:
        pass  # focus is the layout test's business

    def check_focus(self, where: str) -> None:
        pass


def own_words() -> tuple[str, set[str], set[str]]:
    """All the text the person or the program wrote, and its words (no catalogue has them)."""
    import ast
    import inspect

    import sample_data

    from workbook.core import crisis
    from workbook.core.i18n import LANGUAGES
    from workbook.core.language import load_program
    from workbook.paths import builtin_program_dir
    from workbook.ui.shell.about import COMPONENTS

    strings: list[str] = ["My workbook", *LANGUAGES.values()]  # the walk's workbook name
    # the message the layout walk itself hands to a problem dialog (a caller's own words)
    strings += [
        "Workbook couldn't save your latest answers just now.",
        "They are still here on screen. Check there is free disk space.",
    ]
    strings += [name for name, licence, _why in COMPONENTS] + [c[1] for c in COMPONENTS]
    tree = ast.parse(inspect.getsource(sample_data))  # the sample person's own words
    strings += [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    sources = [
        load_program(builtin_program_dir()),
        crisis.load_directory(),
    ]
    strings_in(sources, strings, set())
    corpus = "\n".join(" ".join(s.split()) for s in strings).lower()  # "Add i see" (lower_first)
    words = set(WORD.findall(corpus)) | {name.lower() for name in NAMES}
    lines = {
        piece.strip(EDGES)
        for line in corpus.split("\n")
        for piece in [line, *SEPARATORS.split(line)]
    }
    return corpus, words, lines


def main() -> int:
    from PySide6.QtCore import QSettings

    from workbook.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    pseudo = PseudoTranslator(app)
    app.installTranslator(pseudo)  # the last installed is asked first
    errors: list[str] = []

    def on_error(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        import traceback

        errors.append("".join(traceback.format_exception(kind, error, tb))[-1500:])

    sys.excepthook = on_error  # the crash dialog would wait for a click that never comes
    QSettings().setValue("appearance/text_scale", 1.0)
    QSettings().setValue("appearance/color_scheme", "light")
    walk = PseudoWalk(app, "light")
    walk.corpus, walk.words, walk.lines = own_words()
    screen = app.primaryScreen().availableGeometry()
    try:
        layout_walk.run(walk, screen.width(), screen.height())
    except Exception as error:  # reported with the texts found so far
        import traceback

        errors.append("".join(traceback.format_exception(error))[-2500:])
    finally:
        walk.note("Python", [f"an error during the walk: {e}" for e in errors])
        print("\n".join(errors), file=sys.stderr)
        print(json.dumps({"problems": walk.problems}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
