"""Where a module's translations live: ``10-thought-record.es.md`` beside ``10-thought-record.md``.

A translation sits next to the module it translates and carries the language code
between the module's name and ``.md``; ``program.es.yaml`` translates program.yaml.
Language codes are the short ones people know (``es``, ``pt-BR``); a person whose
language is ``es-MX`` gets ``*.es-MX.md`` where there is one and ``*.es.md`` otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path

#: ``name.es.md``, ``name.pt-BR.md``: a module name, a language code, ``.md``
_TRANSLATION = re.compile(r"^(?P<stem>.+)\.(?P<language>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.md$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")

#: the language a module is written in when its header does not say
DEFAULT_LANGUAGE = "en"


def normal_language(code: str | None) -> str | None:
    """``es_MX.UTF-8`` → ``es-MX``, ``ES`` → ``es``; None for nothing usable (``C``, ``POSIX``)."""
    if not code:
        return None
    bare = code.split(".")[0].split("@")[0].replace("_", "-").strip()
    if not bare or bare.upper() in ("C", "POSIX"):
        return None
    first, _, rest = bare.partition("-")
    normal = first.lower() + (f"-{rest.upper() if len(rest) == 2 else rest}" if rest else "")
    return normal if _LANGUAGE.match(normal) else None


def language_candidates(code: str | None) -> tuple[str, ...]:
    """The codes to look for, most specific first: ``es-MX`` → (``es-MX``, ``es``)."""
    normal = normal_language(code)
    if normal is None:
        return ()
    base = normal.split("-")[0]
    return (normal, base) if base != normal else (normal,)


def same_language(one: str | None, other: str | None) -> bool:
    """``es`` and ``es-MX`` are the same language for choosing what to show."""
    a, b = normal_language(one), normal_language(other)
    return a is not None and b is not None and a.split("-")[0] == b.split("-")[0]


def translation_parts(path: Path) -> tuple[str, str] | None:
    """(module file name, language) when ``path`` is named like a translation, else None."""
    match = _TRANSLATION.match(path.name)
    if match is None:
        return None
    return match["stem"] + ".md", match["language"]


def is_translation_file(path: Path) -> bool:
    return translation_parts(path) is not None


def original_of(path: Path) -> Path | None:
    """The module file a translation file translates (whether or not it exists)."""
    parts = translation_parts(path)
    return None if parts is None else path.with_name(parts[0])


def translation_path(module_path: Path, language: str) -> Path:
    return module_path.with_name(f"{module_path.stem}.{language}.md")


def find_translation(module_path: Path, language: str | None) -> Path | None:
    """The translation of ``module_path`` into ``language`` (or its base language), if present."""
    for code in language_candidates(language):
        path = translation_path(module_path, code)
        if path.is_file():
            return path
    return None


def program_translation_path(folder: Path, language: str | None, name: str) -> Path | None:
    """``program.es.yaml`` for ``program.yaml`` in ``language``, when there is one."""
    stem, _, suffix = name.rpartition(".")
    for code in language_candidates(language):
        path = folder / f"{stem}.{code}.{suffix}"
        if path.is_file():
            return path
    return None
