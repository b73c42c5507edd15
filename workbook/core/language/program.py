"""Reading a program folder: program.yaml, every module in order, and the checks across them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbook.core.language.checks import ProgramScope, check_module_formulas, check_requires
from workbook.core.language.diagnostics import Diagnostic, ProgramError, Report, did_you_mean
from workbook.core.language.header import Header
from workbook.core.language.model import DEFAULT_STAGES, Module, Program, Source, Stage
from workbook.core.language.module_paths import program_root as folder_program_root
from workbook.core.language.parser import parse_module_with_header
from workbook.core.language.program_schedule import ScheduleLine, check_schedule, read_schedule
from workbook.core.language.prose_checks import check_prose
from workbook.core.language.reader import Reader
from workbook.core.language.translation_files import is_translation_file
from workbook.core.language.translations import check_program_translations, resolve_program
from workbook.core.language.yaml_loader import YMap, load_yaml

PROGRAM_FILE = "program.yaml"
PROGRAM_KEYS = ("title", "description", "stages", "schedule")
STAGE_KEYS = ("id", "title", "description")


def load_program(folder: Path | str, language: str | None = None) -> Program:
    """Read a program folder; raises ProgramError listing every error if there is any.

    With a ``language`` (``es``, ``es-MX``) every module comes in that language where
    it has a translation, text by text; a translation's own mistakes never stop the
    program from loading (``workbook check`` reports them).
    """
    report = Report()
    program = read_program(Path(folder), report, check_translations=False)
    if program is None or report.has_errors:
        raise ProgramError(report.diagnostics)
    return resolve_program(program, language)


def module_files(folder: Path) -> list[Path]:
    """Every module file in a program folder: ``.md`` files except README.md, translations
    (``*.es.md``) and hidden ones."""
    found = []
    for path in folder.rglob("*.md"):
        relative = path.relative_to(folder)
        if path.name.lower() == "readme.md" or any(p.startswith(".") for p in relative.parts):
            continue
        if is_translation_file(path):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def read_program(
    folder: Path, report: Report, *, check_translations: bool = True
) -> Program | None:
    """The program in ``folder`` (None if there is none); every problem goes to ``report``,
    including those of its translations unless ``check_translations`` is False."""
    if not folder.is_dir():
        report.error(Source(folder, 1), "this folder does not exist")
        return None
    title, description, stages, schedule = _program_file(folder, report)
    entries: list[tuple[Module, Header]] = []
    for path in module_files(folder):
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.error(Source(path, 1), f"cannot read this file: {exc.strerror or exc}")
            continue
        parsed = parse_module_with_header(path, data, report)
        if parsed is not None:
            entries.append(parsed)
    if not entries and not report.has_errors:
        report.error(
            Source(folder, 1), "this folder has no modules", "add `.md` module files to it"
        )
    check_entries(entries, stages, report)
    if check_translations:
        check_program_translations(folder, [m for m, _ in entries], stages, report)
    order = {stage.id: index for index, stage in enumerate(stages)}
    entries.sort(
        key=lambda e: (order.get(e[0].stage, len(order)), e[0].path.relative_to(folder).as_posix())
    )
    modules = tuple(m for m, _ in entries)
    return Program(
        title=title,
        path=folder,
        stages=stages,
        modules=modules,
        description=description,
        schedule=check_schedule(schedule, modules, report),
    )


def check_entries(
    entries: list[tuple[Module, Header]],
    stages: tuple[Stage, ...],
    report: Report,
    neighbours: Sequence[Module] = (),
) -> None:
    """Checks across modules: stages, duplicate ids, requires, formulas and prose.

    ``neighbours`` are modules that formulas and ``requires`` may name but that are
    not themselves checked (the rest of the program, when one file is checked).
    """
    stage_ids = [s.id for s in stages]
    seen: dict[str, Module] = {}
    for module, header in entries:
        where = header.id_source or Source(module.path, 1)
        if module.stage not in stage_ids:
            hint = did_you_mean(module.stage, stage_ids) or "the stages are: " + ", ".join(
                stage_ids
            )
            report.error(header.stage_source or where, f"unknown stage `{module.stage}`", hint)
        if module.id in seen:
            other = seen[module.id]
            report.error(
                where,
                f"the module id `{module.id}` is also used by {other.path.name}",
                "each module needs its own id: answers are filed under it",
            )
        else:
            seen[module.id] = module
    unique = list(seen.values())
    check_requires([(m, h) for m, h in entries if seen.get(m.id) is m], report, neighbours)
    scope = ProgramScope([*unique, *(n for n in neighbours if n.id not in seen)])
    for module, header in entries:
        check_module_formulas(module, scope, report, header.broken_ids)
        check_prose(module, report)


def program_root(path: Path) -> Path:
    """The program folder a module file belongs to, however deep in it the file sits."""
    return folder_program_root(path.parent)


def stages_near(path: Path) -> tuple[Stage, ...]:
    """The stages of the program a lone module file belongs to (its program.yaml, if any)."""
    folder = program_root(path)
    if (folder / PROGRAM_FILE).is_file():
        return _program_file(folder, Report())[2]
    return DEFAULT_STAGES


def program_title_near(path: Path) -> str | None:
    """The title in the program.yaml of the program a lone module file belongs to, if any."""
    folder = program_root(path)
    if (folder / PROGRAM_FILE).is_file():
        return _program_file(folder, Report())[0]
    return None


def _program_file(
    folder: Path, report: Report
) -> tuple[str, str, tuple[Stage, ...], tuple[ScheduleLine, ...]]:
    default_title = (
        folder.name.replace("-", " ").replace("_", " ").strip().capitalize() or "Program"
    )
    path = folder / PROGRAM_FILE
    if not path.is_file():
        return default_title, "", DEFAULT_STAGES, ()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(Source(path, 1), f"cannot read this file: {exc}")
        return default_title, "", DEFAULT_STAGES, ()
    data = load_yaml(text, path, 1, report)
    if data is None:
        return default_title, "", DEFAULT_STAGES, ()
    if not isinstance(data, YMap):
        report.error(
            Source(path, 1), "program.yaml should hold `title:`, `description:` and `stages:`"
        )
        return default_title, "", DEFAULT_STAGES, ()
    read = Reader(data, report, "program.yaml", PROGRAM_KEYS)
    read.check_keys()
    title = read.text("title") or default_title
    description = read.text("description") or ""
    stages = _stages(read) if "stages" in data else DEFAULT_STAGES
    return title, description, stages, read_schedule(read)


def _stages(read: Reader) -> tuple[Stage, ...]:
    items = read.listing("stages")
    if not items:
        if items is not None:
            read.report.error(read.at("stages"), "`stages` is empty")
        return DEFAULT_STAGES
    known = {s.id: s for s in DEFAULT_STAGES}
    stages: list[Stage] = []
    for index, item in enumerate(items):
        where = items.item_source(index)
        if isinstance(item, str):
            default = known.get(item)
            stages.append(
                default or Stage(item, item.replace("_", " ").replace("-", " ").capitalize())
            )
            continue
        if not isinstance(item, YMap):
            read.report.error(where, "a stage is an id, or `id:`, `title:` and `description:`")
            continue
        s = Reader(item, read.report, "a stage", STAGE_KEYS)
        s.check_keys()
        stage_id = s.identifier()
        if stage_id is None:
            continue
        title = s.text("title") or (
            known[stage_id].title if stage_id in known else stage_id.capitalize()
        )
        stages.append(Stage(stage_id, title, s.text("description") or ""))
    ids = [s.id for s in stages]
    for index, stage in enumerate(stages):
        if stage.id in ids[:index]:
            read.report.error(items.item_source(index), f"the stage `{stage.id}` is listed twice")
    return tuple(dict((s.id, s) for s in stages).values()) or DEFAULT_STAGES


def diagnostics_for(folder: Path) -> list[Diagnostic]:
    report = Report()
    read_program(folder, report)
    return report.diagnostics
