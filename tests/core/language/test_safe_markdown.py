"""Module prose becomes safe HTML: no raw HTML, no unsafe links, images only from beside the module."""

from __future__ import annotations

from pathlib import Path

from workbook.core.language.markdown_html import render


def test_markdown_features_authors_use() -> None:
    """Headings, emphasis, lists, tables and attribute lists all work."""
    html = render(
        "# Title {: .calm }\n\n**bold** and *soft*\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "/m",
    )
    assert '<h1 class="calm">Title</h1>' in html
    assert "<strong>bold</strong>" in html and "<em>soft</em>" in html
    assert "<ol>" in html and "<table>" in html and "<td>1</td>" in html


def test_raw_html_is_shown_as_text() -> None:
    """A <script> or <b> written in a module is escaped, never run or used."""
    html = render("<script>alert(1)</script>\n\nSome <b onclick='x'>bold</b>.\n", "/m")
    assert "<script" not in html and "<b" not in html
    assert "&lt;script&gt;" in html and "&lt;b onclick" in html


def test_only_web_and_mail_links_stay_links() -> None:
    """http(s) and mailto links stay; javascript:, file and relative links become plain text."""
    html = render(
        "[web](https://example.org) [mail](mailto:a@b.org) [js](javascript:alert(1)) "
        "[file](file:///etc/passwd) [rel](other.md) <help@example.org>",
        "/m",
    )
    assert '<a href="https://example.org">web</a>' in html
    assert '<a href="mailto:a@b.org">mail</a>' in html
    assert "javascript" not in html and "file:///etc" not in html and "other.md" not in html
    assert "<span>js</span>" in html and "<span>rel</span>" in html
    assert html.count("<a ") == 3  # the email autolink stays a link


def test_attribute_lists_cannot_add_event_handlers() -> None:
    """`{: onclick=... }` and `style` are dropped; harmless attributes remain."""
    html = render('Text\n{: onclick="steal()" style="color:red" title="ok" }\n', "/m")
    assert "onclick" not in html and "style" not in html and 'title="ok"' in html


def test_images_resolve_beside_the_module_and_remote_ones_are_dropped(tmp_path: Path) -> None:
    """A relative image becomes a file: URI in the module's folder; web images are never fetched."""
    html = render("![leaf](images/leaf.png) ![spy](https://tracker.example/p.png)", tmp_path)
    assert f'src="{(tmp_path / "images" / "leaf.png").as_uri()}"' in html
    assert "tracker" not in html and "<span>spy</span>" in html


def test_code_blocks_are_escaped() -> None:
    """Code in a fenced block is shown literally."""
    html = render("```\n<b>hi</b>\n```\n", "/m")
    assert "<pre><code>&lt;b&gt;hi&lt;/b&gt;" in html
