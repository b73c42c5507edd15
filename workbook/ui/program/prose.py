"""The author's Markdown, shown as calm, selectable text that sizes itself to its content.

Prose goes through ``workbook.core.language.markdown_html.render`` (safe HTML: raw
HTML escaped, only http(s)/mailto links, images resolved beside the module) and is
shown in a frameless QTextBrowser that is exactly as tall as its text, so a page
scrolls as one piece rather than as a stack of little scrolling boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from workbook.ui.widgets import theme


def render_markdown(markdown: str, base_dir: Path) -> str:
    """Safe HTML for the author's Markdown."""
    from workbook.core.language.markdown_html import render  # markdown-it loads on first prose

    return render(markdown, base_dir)


def document_css() -> str:
    """Spacing and colours for headings, lists and tables inside prose (from the theme)."""
    p = theme.palette()
    base = theme.base_point_size()  # QTextDocument ignores percentages: sizes in points
    h1, h2, h3 = (f"{base * k:.1f}pt" for k in (1.35, 1.18, 1.05))
    return f"""
h1 {{ font-size: {h1}; font-weight: 600; margin-top: 4px; margin-bottom: 10px; }}
h2 {{ font-size: {h2}; font-weight: 600; margin-top: 14px; margin-bottom: 8px; }}
h3 {{ font-size: {h3}; font-weight: 600; margin-top: 12px; margin-bottom: 6px; }}
p {{ margin-top: 0px; margin-bottom: 10px; line-height: 140%; }}
ul, ol {{ margin-top: 0px; margin-bottom: 10px; }}
li {{ margin-bottom: 4px; line-height: 135%; }}
a {{ color: {p.focus}; }}
table {{ border-collapse: collapse; margin-top: 4px; margin-bottom: 12px; }}
th {{ background-color: {p.sunken}; font-weight: 600; padding: 6px 10px;
      border: 1px solid {p.border}; text-align: left; }}
td {{ padding: 6px 10px; border: 1px solid {p.border}; }}
blockquote {{ color: {p.muted}; margin-left: 16px; }}
code {{ font-family: monospace; }}
"""


class ProseView(QTextBrowser):
    """Read-only rich text that grows to fit its content; links open in the browser."""

    def __init__(self, html: str | Callable[[], str], parent: QWidget | None = None) -> None:
        """``html``, or a function making it (for HTML with theme colours in it)."""
        super().__init__(parent)
        self._has_images = False  # set with the HTML; a resize may come first
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setReadOnly(True)
        self.setOpenLinks(False)  # we open them, so only http(s)/mailto ever leave the app
        self.anchorClicked.connect(_open_link)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        # the shared sheet pads and frames text boxes; prose should read as part of the page
        theme.follow_style(
            self,
            lambda p: (
                "QTextBrowser { background: transparent; border: 2px solid transparent;"
                " border-radius: 4px; padding: 0px; margin: 0px; }"
                f" QTextBrowser:focus {{ border: 2px solid {p.focus}; }}"
            ),
        )
        self.document().setDocumentMargin(0)
        self._make_html: Callable[[], str] = html if callable(html) else (lambda: html)
        self._restyle()
        # a document takes its style sheet when its HTML is set: set it again on a restyle
        theme.when_restyled(self, self._restyle)
        has_links = "<a " in self._make_html()
        # Tab stops only where there is something to follow; the text itself stays selectable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_links else Qt.FocusPolicy.ClickFocus)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if has_links
            else Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(QCoreApplication.translate("ProseView", "Text"))
        self.setAccessibleDescription(self.document().toPlainText()[:400])
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _restyle(self) -> None:
        html = self._make_html()
        self.document().setDefaultStyleSheet(document_css())
        self.setHtml(html)
        _size_headings(self)
        self._has_images = "<img" in html
        self._fit()

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def _fit(self) -> None:
        width = self.viewport().width() if self.isVisible() else max(self.width(), 400)
        if self._has_images:
            _size_images(self.document(), width)
        self.document().setTextWidth(width)
        height = int(self.document().size().height()) + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


def _size_images(document: QTextDocument, room: int) -> None:
    """Pictures grow with the text size, but never past the width of the page."""
    scale = theme.text_scale()
    block = document.firstBlock()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                natural = QImageReader(QUrl(image.name()).toLocalFile()).size()
                if natural.isValid() and natural.width() > 0:
                    width = min(natural.width() * scale, max(room - 4, 40))
                    if abs(image.width() - width) > 0.5:
                        image.setWidth(width)
                        image.setHeight(natural.height() * width / natural.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image)
            it += 1
        block = block.next()


def _size_headings(view: QTextBrowser) -> None:
    """Headings a step above body text and below the module's title.

    Qt's HTML import gives <h1>–<h3> a fixed "xx-large"-style size adjustment that
    style sheets cannot override, which made a page's heading shout over the title.
    """
    base = theme.base_point_size()
    sizes = {1: 1.35, 2: 1.18, 3: 1.05}
    block = view.document().firstBlock()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            fmt = QTextCharFormat(block.begin().fragment().charFormat())
            fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            fmt.setFontPointSize(base * sizes.get(level, 1.0))
            fmt.setFontWeight(600)
            cursor.setCharFormat(fmt)
        block = block.next()


def _open_link(url: QUrl) -> None:
    if url.scheme() in {"http", "https", "mailto"}:
        QDesktopServices.openUrl(url)
