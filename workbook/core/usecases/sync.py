"""Sync between the person's computers, as the app asks for it: set up, sync now, choose a
version when both computers changed the same thing, and the words for what happened.

The store does the work (``workbook.core.store.sync``); this decides what the screens
say and which topics change, so Settings → Sync and the command line agree.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.core.i18n import QT_TRANSLATE_NOOP, translate
from workbook.core.usecases.topics import TOPICS, Done
from workbook.core.wording.dates import date_in_words, date_time_in_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.core.store.sync.conflicts import Conflict, Version
    from workbook.core.store.sync.engine import SyncReport, SyncStatus

KIND_WORDS = {
    "answer": QT_TRANSLATE_NOOP("Sync", "An answer"),
    "goal": QT_TRANSLATE_NOOP("Sync", "A goal"),
    "checkin": QT_TRANSLATE_NOOP("Sync", "A check-in"),
    "setting": QT_TRANSLATE_NOOP("Sync", "A setting"),
}


def set_up_sync(
    workbook: Workbook, folder: Path, device_name: str, program: Program | None = None
) -> Done[SyncReport]:
    """Sync through ``folder`` from now on, and sync once."""
    from workbook.core.store.sync import engine

    engine.configure(workbook, folder, device_name)
    return sync_now(workbook, program)


def rename_this_computer(workbook: Workbook, name: str) -> Done[None]:
    from workbook.core.store.sync import engine

    engine.rename_device(workbook, name)
    return Done(None, ("settings",))


def sync_now(workbook: Workbook, program: Program | None = None) -> Done[SyncReport]:
    """Send this computer's changes and merge the others'; every screen refreshes when
    anything arrived. With ``program``, finished entries whose answers arrived from
    another computer are scored again (see ``rescore``)."""
    from workbook.core.store.sync import engine

    report = engine.sync_now(workbook)
    if program is not None:
        rescore(program, workbook, report.touched_entries)
    return Done(report, TOPICS if report.received else ())


def rescore(program: Program, workbook: Workbook, entry_ids: Sequence[str]) -> int:
    """Compute again the scores of finished entries whose answers changed by a merge.

    Two computers that each changed a different answer of one finished questionnaire
    each stored scores for their own half; the merged answers need scores of their
    own. Every computer computes the same ones from the same answers, so this settles.
    How many entries got new scores.
    """
    from workbook.core.usecases.context import build_context
    from workbook.core.usecases.entries import results_json

    changed = 0
    context = None
    for entry_id in entry_ids:
        entry = workbook.entry(entry_id)
        module = program.module(entry.module_id)
        if not entry.is_complete or module is None or not module.is_scored:
            continue
        if context is None:
            context = build_context(program, workbook)
        results = results_json(program, module, entry.answers, context)
        if results != entry.results:
            workbook.revise_entry(entry_id, {}, results)
            changed += 1
    return changed


def adopt_new_passphrase(
    workbook: Workbook, passphrase: str, program: Program | None = None
) -> Done[SyncReport]:
    from workbook.core.store.sync import engine

    report = engine.adopt_new_passphrase(workbook, passphrase)
    if program is not None:
        rescore(program, workbook, report.touched_entries)
    return Done(report, TOPICS)


def keep_version(
    workbook: Workbook, conflict: Conflict, record_id: str, program: Program | None = None
) -> Done[None]:
    """The person's choice in a conflict, for every computer once it has synced (an
    answer's entry is scored again with it)."""
    from workbook.core.store.sync.conflicts import resolve

    resolve(workbook, conflict, record_id)
    if program is not None and conflict.entry_id is not None:
        rescore(program, workbook, [conflict.entry_id])
    return Done(None, TOPICS)


def status(workbook: Workbook) -> SyncStatus:
    from workbook.core.store.sync import engine

    return engine.status(workbook)


def conflicts(workbook: Workbook) -> list[Conflict]:
    from workbook.core.store.sync.conflicts import conflicts as listed

    return listed(workbook)


# -- words --------------------------------------------------------------------------------


def _when(moment: datetime | None) -> str:
    if moment is None:
        return translate("Sync", "never")
    return date_time_in_words(moment.astimezone(), month="short")


def report_words(report: SyncReport) -> str:
    """One or two sentences after a sync."""
    parts = [
        translate("Sync", "Synced: sent {sent} change(s), received {received}.").format(
            sent=report.sent, received=report.received
        )
    ]
    if report.problems:
        parts.append(
            translate(
                "Sync",
                "{count} file(s) in the sync folder were incomplete or damaged and were "
                "skipped; nothing in them was merged.",
            ).format(count=len(report.problems))
        )
    if report.conflicts:
        parts.append(
            translate(
                "Sync", "{count} thing(s) were changed on two computers at once: choose below."
            ).format(count=report.conflicts)
        )
    return " ".join(parts)


def status_lines(current: SyncStatus) -> list[str]:
    """Where it syncs, when it last did, and when each other computer's changes arrived."""
    if current.folder is None:
        return [translate("Sync", "Sync isn't set up on this computer.")]
    lines = [
        translate("Sync", "Sync folder: {folder}").format(folder=current.folder),
        translate("Sync", "Last synced: {when}").format(when=_when(current.last_sync_at)),
    ]
    if not current.peers:
        lines.append(translate("Sync", "No changes from another computer have arrived yet."))
    for peer in current.peers:
        lines.append(
            translate("Sync", "Changes from {name} last arrived: {when}").format(
                name=peer.name or translate("Sync", "another computer"),
                when=_when(peer.last_arrived_at),
            )
        )
    return lines


def conflict_title(conflict: Conflict, field_label: str | None = None) -> str:
    """What the conflict is about, in words ("An answer: Notes", "A check-in: 3 Nov")."""
    kind = translate("Sync", KIND_WORDS.get(conflict.kind, conflict.kind))
    if conflict.kind == "answer":
        return f"{kind}: {field_label or conflict.field_id}"
    if conflict.kind == "checkin":
        return f"{kind}: {date_in_words(date.fromisoformat(conflict.key), month='long')}"
    if conflict.kind == "setting":
        return f"{kind}: {conflict.key.replace('_', ' ')}"
    return kind


def version_words(conflict: Conflict, version: Version) -> str:
    """One side of a conflict: what it says, and which computer wrote it when."""
    value: Any = version.value
    if conflict.kind == "goal" and isinstance(value, dict):
        shown = str(value.get("goal", ""))
    elif conflict.kind == "checkin" and isinstance(value, dict):
        ratings = (
            f"{k} {value[k]}"
            for k in ("mood", "anxiety", "sleep", "energy")
            if value.get(k) is not None
        )
        shown = ", ".join([*ratings, str(value.get("note") or "")]).strip(", ")
    elif conflict.kind == "setting" and isinstance(value, dict):
        shown = str(value.get("value", ""))
    elif value is None:
        shown = translate("Sync", "(cleared)")
    elif isinstance(value, str):
        shown = value
    else:
        shown = json.dumps(value, ensure_ascii=False)
    source = translate("Sync", "From {computer}, {when}").format(
        computer=version.device_name, when=_when(version.written_at)
    )
    return f"{source}: {shown}"
