"""Reading a FHIR JSON file someone hands us, with a message for each way it can be wrong.

A file that is too big, not JSON, not a resource, the wrong resource, or a resource
that breaks FHIR's rules gets ``FhirInputError``: ``message`` names the real cause
and ``advice`` what to do, the words every Workbook failure carries.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

#: Questionnaires are kilobytes; the biggest published ones are a few hundred. A file
#: this large is something else, and reading it whole would only use up memory.
MAX_BYTES = 10 * 1024 * 1024


class FhirInputError(Exception):
    """A FHIR file that cannot be used, said in words (``message`` and ``advice``)."""

    def __init__(self, message: str, advice: str) -> None:
        super().__init__(f"{message} {advice}")
        self.message = message
        self.advice = advice


def read_json(path: Path) -> Any:
    """The file's JSON, after checking it exists, is not huge and parses."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FhirInputError(f"There is no file {path}.", "Check the name and try again.") from None
    except OSError as error:
        raise FhirInputError(
            f"Couldn't open {path}: {error.strerror}.", "Check the file can be read."
        ) from None
    if path.is_dir():
        raise FhirInputError(f"{path} is a folder, not a file.", "Give the JSON file itself.")
    if size > MAX_BYTES:
        raise FhirInputError(
            f"{path} is {size / 1024 / 1024:.0f} MB, too big to be a Questionnaire "
            f"(the limit is {MAX_BYTES // 1024 // 1024} MB).",
            "Check it is the right file.",
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        return json.loads(data.decode("utf-8-sig"))
    except OSError as error:
        raise FhirInputError(
            f"Couldn't read {path}: {error.strerror}.", "Check the file can be read."
        ) from None
    except UnicodeDecodeError:
        raise FhirInputError(
            f"{path} is not text (it is not UTF-8).", "FHIR JSON files are UTF-8 text."
        ) from None
    except json.JSONDecodeError as error:
        raise FhirInputError(
            f"{path} is not JSON: {error.msg} on line {error.lineno}, column {error.colno}.",
            "Export the Questionnaire from your FHIR server as JSON (not XML) and try again.",
        ) from None
    except RecursionError:
        raise FhirInputError(
            f"{path} nests its JSON too deeply to read.", "Check it is the right file."
        ) from None


def resource_of_type(data: Any, path: Path, expected: str) -> dict[str, Any]:
    """The JSON as a resource of type ``expected`` (a Bundle holding exactly one is accepted)."""
    if not isinstance(data, dict):
        raise FhirInputError(
            f"{path} is JSON but not a FHIR resource (it is a list or a single value).",
            f"Give a file holding one {expected}.",
        )
    kind = data.get("resourceType")
    if kind == "Bundle" and expected != "Bundle":
        resources = [e.get("resource") for e in data.get("entry") or [] if isinstance(e, dict)]
        found = [r for r in resources if isinstance(r, dict) and r.get("resourceType") == expected]
        if len(found) == 1:
            return found[0]
        raise FhirInputError(
            f"{path} is a Bundle with {len(found)} {expected} resources in it.",
            f"Give a file holding exactly one {expected}.",
        )
    if kind != expected:
        what = f"a {kind}" if isinstance(kind, str) else "not a FHIR resource (no resourceType)"
        raise FhirInputError(f"{path} is {what}, not a {expected}.", f"Give a {expected} file.")
    return data


def validation_problem(error: ValidationError, path: Path, expected: str) -> FhirInputError:
    """fhir.resources' complaint, boiled down to the first rule broken and where."""
    first = error.errors()[0] if error.errors() else None
    where = ".".join(str(p) for p in first["loc"]) if first else ""
    said = first["msg"] if first else str(error)
    more = len(error.errors()) - 1
    extra = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
    return FhirInputError(
        f"{path} is not a valid FHIR {expected}: at {where or 'the top'}, {said}{extra}.",
        "Check it against the FHIR R4 specification, or export it again from its source.",
    )
