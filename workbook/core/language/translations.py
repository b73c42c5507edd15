"""A program in the person's language: each module with its translation, checked or resolved.

``workbook check`` reads every translation beside its module and reports what does
not match; loading a program in a language resolves each module (the translation's
words where it has them, the original's elsewhere). A validated questionnaire is
shown translated only from its official translation with every text in place;
otherwise it keeps its original words and a note, in the person's language, says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from workbook.core.language.diagnostics import Report
from workbook.core.language.model import Callout, CalloutKind, Module, Program, Source, Stage
from workbook.core.language.reader import Reader
from workbook.core.language.translation_apply import is_instrument, translate_module
from workbook.core.language.translation_files import (
    find_translation,
    normal_language,
    original_of,
    program_translation_path,
    same_language,
    translation_parts,
)
from workbook.core.language.translation_read import read_translation
from workbook.core.language.yaml_loader import YList, YMap, load_yaml
from workbook.core.wording.catalogue import fixed_words

PROGRAM_FILE = "program.yaml"


def translation_files(folder: Path) -> list[Path]:
    """Every module translation in a program folder (``*.es.md`` and the like), not hidden."""
    found = []
    for path in folder.rglob("*.md"):
        relative = path.relative_to(folder)
        if any(p.startswith(".") for p in relative.parts) or not path.is_file():
            continue
        if translation_parts(path) is not None:
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def check_translation(path: Path, module: Module | None, report: Report) -> Module | None:
    """Check one translation file against its module (None: the module could not be read)."""
    parts = translation_parts(path)
    original = original_of(path)
    if parts is None or original is None:
        return None
    if module is None:
        if not original.is_file():
            report.error(
                Source(path, 1),
                f"this is named like a translation of {original.name}, but there is no "
                f"{original.name} beside it",
                "name a translation after its module, e.g. `10-thought-record.es.md` "
                "for `10-thought-record.md`",
            )
        return None
    doc = read_translation(path, parts[1], report)
    if doc is None:
        return None
    if same_language(parts[1], module.original_language):
        report.warning(
            Source(path, 1),
            f"{original.name} is already written in `{module.original_language}`",
            "a translation's name carries the language it is translated into",
        )
    return translate_module(module, doc, report)


def check_program_translations(
    folder: Path, modules: Iterable[Module], stages: Sequence[Stage], report: Report
) -> None:
    """Check every module translation and program.yaml translation in ``folder``."""
    by_path = {m.path.resolve(): m for m in modules}
    for path in translation_files(folder):
        original = original_of(path)
        module = by_path.get(original.resolve()) if original is not None else None
        if module is None and original is not None and original.is_file():
            continue  # the module has errors of its own, reported on its lines
        check_translation(path, module, report)
    for path in sorted(folder.glob("program.*.yaml")):
        _program_texts(path, [s.id for s in stages], report)


def resolve_module(module: Module, language: str | None, report: Report | None = None) -> Module:
    """``module`` as a person reading ``language`` sees it; problems go to ``report`` if given."""
    wanted = normal_language(language)
    if wanted is None or same_language(wanted, module.original_language):
        return module
    quiet = report if report is not None else Report()
    errors_before = quiet.error_count
    path = find_translation(module.path, wanted)
    translated = None
    if path is not None:
        parts = translation_parts(path)
        doc = read_translation(path, parts[1], quiet) if parts else None
        if doc is not None:
            translated = translate_module(module, doc, quiet)
    if is_instrument(module) and (translated is None or quiet.error_count > errors_before):
        return _with_note(module, wanted)
    if translated is None:
        return replace(module, language=wanted)
    return replace(translated, language=wanted)


def _with_note(module: Module, language: str) -> Module:
    """The original questionnaire, with one sentence first saying why it is not translated."""
    if not module.pages:
        return replace(module, language=language)
    first = module.pages[0]
    note = Callout(CalloutKind.NOTE, fixed_words("instrument_in_original", language), first.source)
    pages = (replace(first, blocks=(note, *first.blocks)), *module.pages[1:])
    return replace(module, pages=pages, language=language)


def resolve_program(program: Program, language: str | None) -> Program:
    """The program with every module, stage and title in ``language`` where translated."""
    wanted = normal_language(language)
    if wanted is None:
        return program
    modules = tuple(resolve_module(m, wanted) for m in program.modules)
    title, description, stages = program.title, program.description, program.stages
    path = program_translation_path(program.path, wanted, PROGRAM_FILE)
    if path is not None:
        texts = _program_texts(path, [s.id for s in stages], Report())
        title = texts.get("title", title)
        description = texts.get("description", description)
        stages = tuple(
            Stage(
                s.id,
                texts.get(f"stage:{s.id}:title", s.title),
                texts.get(f"stage:{s.id}:description", s.description),
            )
            for s in stages
        )
    return replace(
        program,
        title=title,
        description=description,
        stages=stages,
        modules=modules,
        language=wanted,
    )


def _program_texts(path: Path, original: Sequence[str], report: Report) -> dict[str, str]:
    """The texts of a ``program.es.yaml``: title, description, and each stage's by its id."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(Source(path, 1), f"cannot read this file: {exc}")
        return {}
    data = load_yaml(text, path, 1, report)
    if not isinstance(data, YMap):
        if data is not None:
            report.error(Source(path, 1), "this should hold `title:`, `description:` and `stages:`")
        return {}
    read = Reader(data, report, "a program.yaml translation", ("title", "description", "stages"))
    read.check_keys()
    texts = {k: v for k in ("title", "description") if (v := read.text(k))}
    stages = data.get("stages")
    if isinstance(stages, YList):
        for index, item in enumerate(stages):
            if not isinstance(item, YMap):
                continue
            stage = Reader(item, report, "a stage", ("id", "title", "description"))
            stage_id = stage.text("id")
            if stage_id is None:
                continue
            if stage_id not in original:
                report.error(
                    stages.item_source(index),
                    f"program.yaml has no stage `{stage_id}`",
                    "keep each stage's `id:` as in program.yaml; translate the title and "
                    "description",
                )
                continue
            for key in ("title", "description"):
                if (value := stage.text(key)) is not None:
                    texts[f"stage:{stage_id}:{key}"] = value
    return texts


__all__ = [
    "check_program_translations",
    "check_translation",
    "resolve_module",
    "resolve_program",
    "translation_files",
]
