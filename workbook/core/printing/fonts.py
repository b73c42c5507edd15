"""Fonts for printing, so that text in any script the person typed lands in the PDF as text.

Workbook ships DejaVu Sans (``resources/fonts``, with its licence): it covers Latin,
Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian and many symbols. Scripts it
lacks (Chinese, Japanese, Korean, Devanagari, Thai, ...) are looked up on the
machine: first some well-known TrueType files, then ``fc-list``. reportlab embeds
only TrueType outlines, so CFF-based fonts (for example Noto Sans CJK) are skipped.

``markup`` turns plain text into reportlab paragraph markup: it escapes it and wraps
each run of characters the main font lacks in a ``<font>`` tag naming a fallback.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from workbook.paths import resources_dir

SANS = "WB-Sans"
SANS_BOLD = "WB-Sans-Bold"
SANS_ITALIC = "WB-Sans-Italic"
SANS_BOLD_ITALIC = "WB-Sans-BoldItalic"
MONO = "WB-Mono"

_SHIPPED = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

#: TrueType files with wide coverage of scripts DejaVu lacks, on common Linux, macOS and
#: Windows installs. Debian: fonts-wqy-microhei (Chinese, Japanese, Korean), fonts-droid-fallback.
KNOWN_FALLBACKS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/Nirmala.ttf",
)

_lock = threading.RLock()
_fallbacks: list[tuple[str, frozenset[int]]] = []  # (registered name, code points it has)
_tried_files: set[str] = set()
_searched_blocks: set[int] = set()
_known_loaded = False
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0002fa1f]")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts once per process, with bold and italic mapped for ``<b>``/``<i>``."""
    for name, filename in _SHIPPED.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    for bold, italic, name in (
        (0, 0, SANS),
        (1, 0, SANS_BOLD),
        (0, 1, SANS_ITALIC),
        (1, 1, SANS_BOLD_ITALIC),
    ):
        addMapping(SANS, bold, italic, name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)


@functools.cache
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _register_fallback(path: str) -> bool:
    """Register one fallback file (first face of a collection); False if reportlab can't embed it."""
    if path in _tried_files:
        return False
    _tried_files.add(path)
    name = f"WB-Fallback-{len(_tried_files)}"
    try:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return False  # CFF outlines, a damaged file, an unreadable folder
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    _fallbacks.append((name, _coverage(name)))
    return True


def _load_known() -> None:
    global _known_loaded
    if _known_loaded:
        return
    _known_loaded = True
    for path in KNOWN_FALLBACKS:
        if Path(path).is_file():
            _register_fallback(path)


def _search_fontconfig(code_point: int) -> None:
    """Ask fontconfig once per 256-character block for files that hold this character."""
    block = code_point >> 8
    if block in _searched_blocks or shutil.which("fc-list") is None:
        return
    _searched_blocks.add(block)
    try:
        found = subprocess.run(
            ["fc-list", f":charset={code_point:x}", "file"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return
    for line in sorted(found.splitlines()):
        path = line.strip().rstrip(":").strip()
        found_here = path.lower().endswith((".ttf", ".ttc")) and _register_fallback(path)
        if found_here and code_point in _fallbacks[-1][1]:
            return


def font_for(char: str) -> str | None:
    """The registered font to draw ``char`` with: the main font, a fallback, or None if none has it."""
    register_fonts()
    code_point = ord(char)
    if code_point in _coverage(SANS) or char in "\n\t":
        return SANS
    with _lock:
        for name, covered in _fallbacks:
            if code_point in covered:
                return name
        _load_known()
        for name, covered in _fallbacks:
            if code_point in covered:
                return name
        _search_fontconfig(code_point)
        for name, covered in _fallbacks:
            if code_point in covered:
                return name
    return None


def fallback_fonts() -> list[str]:
    """Names of the fallback fonts found so far (for diagnostics and the README's promise)."""
    return [name for name, _ in _fallbacks]


def has_cjk(text: str) -> bool:
    """True if text holds Chinese, Japanese or Korean: such paragraphs may break between any two characters."""
    return _CJK.search(text) is not None


def markup(text: str) -> str:
    """Plain text as safe paragraph markup, with runs the main font lacks set in a fallback font."""
    register_fonts()
    out: list[str] = []
    run: list[str] = []
    run_font = SANS

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        out.append(chunk if run_font == SANS else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for char in text:
        font = font_for(char) or SANS  # no font has it: keep the character in the text layer anyway
        if font != run_font and not char.isspace():
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out).replace("\r\n", "\n").replace("\n", "<br/>")
