"""Module prose → safe HTML: the one Markdown conversion the screen and the printed page share.

Python-Markdown with tables, attribute lists, sane lists and fenced code. Raw HTML
written in a module is escaped (shown as text, never run); links work only for
http(s) and mailto (anything else becomes plain text); images must be files inside
the program folder (module_paths) and become ``file:`` URIs, so nothing is ever
fetched from the network or read from elsewhere on the computer;
attributes are limited to a short harmless list, so ``{: onclick=...}`` does nothing.
"""

from __future__ import annotations

import html
import threading
import xml.etree.ElementTree as etree
from functools import lru_cache
from pathlib import Path

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from workbook.core.language.module_paths import control_character, local_file

EXTENSIONS = ("tables", "attr_list", "sane_lists", "fenced_code")
SAFE_SCHEMES = ("http://", "https://", "mailto:")
SAFE_ATTRIBUTES = {
    "class",
    "id",
    "title",
    "alt",
    "src",
    "href",
    "align",
    "colspan",
    "rowspan",
    "start",
}


class _Sanitise(Treeprocessor):
    """Drop unsafe links, images and attributes from the finished element tree."""

    base_dir: Path = Path()

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name in list(element.attrib):
                if name not in SAFE_ATTRIBUTES:
                    del element.attrib[name]
            if element.tag == "a":
                # Email autolinks arrive entity-encoded (&#109;&#97;…): decode before judging.
                href = html.unescape(element.get("href", "").replace(AMP_SUBSTITUTE, "&"))
                if control_character(href) is not None or not href.strip().lower().startswith(
                    SAFE_SCHEMES
                ):
                    _to_text(element)
            elif element.tag == "img":
                self._image(element)

    def _image(self, element: etree.Element) -> None:
        # Only files inside the program folder; anything else shows its description.
        path = local_file(element.get("src", "").strip(), self.base_dir)
        if path is None:
            alt = element.get("alt", "")
            _to_text(element)
            element.text = alt
            return
        element.set("src", path.as_uri())


def _to_text(element: etree.Element) -> None:
    element.tag = "span"
    element.attrib.clear()


_local = threading.local()


def _converter() -> tuple[markdown.Markdown, _Sanitise]:
    """One Markdown instance per thread: building one costs more than a short conversion."""
    made: tuple[markdown.Markdown, _Sanitise] | None = getattr(_local, "converter", None)
    if made is None:
        md = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        sanitise = _Sanitise(md)
        md.treeprocessors.register(sanitise, "workbook_sanitise", 5)
        made = (md, sanitise)
        _local.converter = made
    return made


@lru_cache(maxsize=512)
def _render(markdown_text: str, base_dir: str) -> str:
    md, sanitise = _converter()
    sanitise.base_dir = Path(base_dir)
    try:
        return md.reset().convert(markdown_text)
    finally:
        md.reset()


def render(markdown_text: str, base_dir: Path | str) -> str:
    """Safe HTML for a module's Markdown; images resolve relative to ``base_dir``."""
    return _render(markdown_text, str(base_dir))
