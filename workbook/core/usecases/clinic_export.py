"""Export for my clinic: what the person chose, written as a FHIR Bundle file (NOT encrypted).

The app's dialog runs this through its operation path; ``workbook fhir export`` does the
same from a terminal. The file is written whole or not at all, readable by its owner only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbook.core.usecases.topics import Done

if TYPE_CHECKING:
    from workbook.core.fhir.bundle_export import Shared
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook


@dataclass(frozen=True)
class ClinicChoices:
    """What goes in: the dates, every finished module or only the scored ones, a name or none."""

    start: date | None = None
    end: date | None = None
    everything: bool = False
    name: str | None = None


def export_for_clinic(
    program: Program, workbook: Workbook, target: Path, choices: ClinicChoices
) -> Done[Shared]:
    """Write the Bundle to ``target``; nothing the screens show changes."""
    from workbook.core.fhir.bundle_export import ALL, bundle_json, share_bundle
    from workbook.core.printing.atomic import write_atomically

    shared = share_bundle(
        workbook,
        program,
        start=choices.start,
        end=choices.end,
        include=(ALL,) if choices.everything else None,
        name=choices.name,
    )
    write_atomically(target, bundle_json(shared.bundle).encode("utf-8"))
    return Done(shared)
