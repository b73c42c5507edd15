"""A clinician's schedule in program.yaml: how often each measure is due, overriding the module.

A program folder is what a clinician hands over, so its ``program.yaml`` is where they
say "the PHQ-9 every week for this person" without editing the published module::

    schedule:
      phq9: 1 week
      who5: 4 weeks

Each line names a ``repeatable`` module of the program and an interval in days or
weeks, written as ``repeat_every`` is. The due rule itself stays in
``workbook.core.schedule``; this file only reads and checks what was written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbook.core.language.diagnostics import Report, did_you_mean
from workbook.core.language.header_extras import INTERVAL_HINT, interval_days
from workbook.core.language.model import Module, Source
from workbook.core.language.reader import Reader, describe

SCHEDULE_HINT = "one line per module, e.g. `phq9: 1 week`, indented under `schedule:`"


@dataclass(frozen=True)
class ScheduleLine:
    """One line of a clinician's schedule, where it was written."""

    module_id: str
    days: int
    source: Source


def read_schedule(read: Reader) -> tuple[ScheduleLine, ...]:
    """The ``schedule`` of a program.yaml; lines that cannot be read are reported and left out."""
    if "schedule" not in read:
        return ()
    data = read.mapping("schedule")
    if data is None:
        return ()
    lines = []
    for key, value in data.items():
        where = data.value_source(key)
        module_id = str(key)
        if not isinstance(value, str):
            read.report.error(
                where,
                f"the schedule for `{module_id}` should be a number of days or weeks,"
                f" not {describe(value)}",
                INTERVAL_HINT,
            )
            continue
        days = interval_days(value)
        if days is None:
            read.report.error(
                where,
                f"the schedule for `{module_id}` should be a number of days or weeks,"
                f" not `{value}`",
                INTERVAL_HINT,
            )
            continue
        lines.append(ScheduleLine(module_id, days, data.key_source(key)))
    return tuple(lines)


def check_schedule(
    lines: Sequence[ScheduleLine], modules: Sequence[Module], report: Report
) -> Mapping[str, int]:
    """The schedule as days per module id, after checking each line names a repeatable module."""
    by_id = {m.id: m for m in modules}
    found: dict[str, int] = {}
    for line in lines:
        module = by_id.get(line.module_id)
        if module is None:
            report.error(
                line.source,
                f"the schedule names `{line.module_id}`, which is not a module of this program",
                did_you_mean(line.module_id, list(by_id)) or SCHEDULE_HINT,
            )
        elif not module.repeatable:
            report.error(
                line.source,
                f"`{line.module_id}` is done once, so it cannot be put on a schedule",
                "only modules with `repeatable: true` come due again",
            )
        else:
            found[line.module_id] = line.days
    return found
