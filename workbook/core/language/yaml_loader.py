"""YAML that remembers where each key and value was written, so messages can name the line.

Also makes YAML less surprising for non-programmers: only ``true``/``false`` are
booleans (``yes``, ``no``, ``on`` and ``off`` stay words, so an option labelled
"No" stays "No"), times like ``12:30`` and dates stay text, and a key written
twice is reported rather than silently overwritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import yaml

from workbook.core.language.diagnostics import Report
from workbook.core.language.model import Source

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YMap(dict[Any, Any]):
    """A YAML mapping with the position of the mapping, of each key and of each value."""

    source: Source
    key_sources: dict[Any, Source]
    value_sources: dict[Any, Source]
    #: keys whose value was written as a block of lines (after `|` or `>`)
    block_keys: set[Any]

    def key_source(self, key: Any) -> Source:
        return self.key_sources.get(key, self.source)

    def value_source(self, key: Any) -> Source:
        return self.value_sources.get(key, self.key_source(key))


class YList(list[Any]):
    """A YAML list with the position of the list and of each item."""

    source: Source
    item_sources: list[Source]

    def item_source(self, index: int) -> Source:
        if 0 <= index < len(self.item_sources):
            return self.item_sources[index]
        return self.source


class _Loader(_BaseLoader):
    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}

    path: Path
    first_line: int
    report: Report
    lines: list[str]

    def where(self, node: yaml.Node) -> Source:
        mark = node.start_mark
        column = mark.column + 1
        style = getattr(node, "style", None)
        if style in ("'", '"'):
            column += 1  # point at the text inside the quotes
        elif style in ("|", ">"):
            # A block of text starts on the line after its `|` or `>`.
            line = mark.line + 1
            text = self.lines[line] if line < len(self.lines) else ""
            return Source(self.path, line + self.first_line, len(text) - len(text.lstrip()) + 1)
        return Source(self.path, mark.line + self.first_line, column)

    def is_block(self, node: yaml.Node) -> bool:
        """Whether a value was written over several lines (so columns inside it are unknown)."""
        if not isinstance(node, yaml.ScalarNode):
            return False
        return node.style in ("|", ">") or node.end_mark.line > node.start_mark.line


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[YMap]:
    data = YMap()
    data.source = loader.where(node)
    data.key_sources = {}
    data.value_sources = {}
    data.block_keys = set()
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        where = loader.where(key_node)
        if isinstance(key, list | dict):
            loader.report.error(where, "a key here is a list or a mapping, which YAML cannot use")
            continue
        if key in data:
            loader.report.error(
                where,
                f"`{key}` is written twice here; only one can count",
                f"remove one of the two `{key}:` lines (the first is on line "
                f"{data.key_sources[key].line})",
            )
            continue
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_sources[key] = where
        data.value_sources[key] = loader.where(value_node)
        if loader.is_block(value_node):
            data.block_keys.add(key)


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[YList]:
    data = YList()
    data.source = loader.where(node)
    data.item_sources = []
    yield data
    for child in node.value:
        data.append(loader.construct_object(child, deep=True))
        data.item_sources.append(loader.where(child))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
# Timestamps and binary blobs have no place in a module: keep them as the text written.
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)


_HINTS = (
    ("mapping values are not allowed", "a value that contains `: ` must be put in quotes"),
    ("found character '\\t'", "use spaces, not tabs, to indent"),
    ("could not find expected ':'", "each line needs `key: value`; check the line above"),
    ("found undefined alias", "`*` starts a YAML alias; put the value in quotes"),
    ("did not find expected key", "check the indentation of this line and the one above"),
    ("expected <block end>", "check the indentation of this line and the one above"),
    ("found character '@'", "a value that starts with `@` or a backtick must be in quotes"),
    ("found character '`'", "a value that starts with `@` or a backtick must be in quotes"),
    ("could not determine a constructor", "remove the `!tag`; modules use plain YAML only"),
)


CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a"


def _plain_cause(line: str) -> tuple[str, str, int | None] | None:
    """(message, hint, column) for the causes an author can fix without knowing YAML."""
    indent = line[: len(line) - len(line.lstrip())]
    if "\t" in indent:
        return (
            "this line is indented with a tab, which YAML cannot read",
            "indent with spaces instead (two per level); your editor can turn tabs into spaces",
            indent.index("\t") + 1,
        )
    curly = next((c for c in line if c in CURLY_QUOTES), None)
    if curly is not None:
        return (
            f"this line has curly quotes ({curly}), which YAML does not count as quotes",
            'type straight quotes `"` instead (word processors turn them curly): '
            "write modules in a plain text editor",
            line.index(curly) + 1,
        )
    quoted = _QUOTED_START.match(line)
    if quoted is not None:
        key, value = quoted["key"], quoted["value"].rstrip()
        fixed = value.replace("'", "''")
        return (
            "this value starts with a quote, so YAML ends it where that quote closes "
            "and cannot read the rest",
            f"put the whole value in single quotes: `{key}: '{fixed}'`",
            quoted.start("value") + 1,
        )
    return None


#: ``key: "text" more`` - a value that starts with a quote but goes on after it closes
_QUOTED_START = re.compile(
    r"""^\s*(?:-\s+)?(?P<key>[\w-]+):\s+(?P<value>(?P<q>["'])(?:(?!(?P=q)).)*(?P=q)\s*[^\s#].*)$"""
)


def load_yaml(text: str, path: Path, first_line: int, report: Report) -> Any:
    """Parse YAML ``text`` whose first line is line ``first_line`` of ``path``.

    Returns None (and reports an error) when the YAML cannot be read.
    """
    loader = _Loader(text)
    loader.path = path
    loader.first_line = first_line
    loader.report = report
    loader.lines = text.split("\n")
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        column = (mark.column + 1) if mark else 1
        problem = exc.problem or exc.context or "this YAML cannot be read"
        hint = next((h for key, h in _HINTS if key in str(exc)), None)
        written = loader.lines[mark.line] if mark and mark.line < len(loader.lines) else ""
        plain = _plain_cause(written)
        if plain is not None:
            report.error(Source(path, line, plain[2] or column), plain[0], plain[1])
        else:
            report.error(Source(path, line, column), f"cannot read this YAML: {problem}", hint)
    except yaml.YAMLError as exc:
        report.error(Source(path, first_line, 1), f"cannot read this YAML: {exc}")
    except RecursionError:
        report.error(Source(path, first_line, 1), "this YAML is nested far too deeply")
    finally:
        loader.dispose()
    return None
