"""Every URL the FHIR exchange writes or reads, in one place: canonical bases, code systems, extensions.

Standard extensions come from the FHIR core extensions registry and the Structured
Data Capture (SDC) implementation guide. What neither has a place for (a module's
stage, a score's bands, a flag's condition, the original formula) goes in
Workbook's own extensions, so a Questionnaire read back keeps everything; other
FHIR tools ignore extensions they do not know, as the specification requires.
"""

from __future__ import annotations

#: Canonical base for what Workbook defines. ``.invalid`` is reserved (RFC 2606), so the
#: URLs identify without pretending a server answers there; a clinic may pass its own base.
DEFAULT_BASE = "https://workbook.invalid/fhir"
WORKBOOK_EXTENSION = "https://workbook.invalid/fhir/StructureDefinition/"

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"

# FHIR core extensions (R4 registry)
HIDDEN = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
MIN_LENGTH = "http://hl7.org/fhir/StructureDefinition/minLength"
REGEX = "http://hl7.org/fhir/StructureDefinition/regex"
ENTRY_FORMAT = "http://hl7.org/fhir/StructureDefinition/entryFormat"
UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
MIN_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs"
MAX_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs"
SLIDER_STEP = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
RENDERING_MARKDOWN = "http://hl7.org/fhir/StructureDefinition/rendering-markdown"
#: The score of an answer option. ``itemWeight`` is its current name; R4 tools read the
#: older ``ordinalValue`` (on the Coding), so both are written and either is read.
ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"

# SDC (http://hl7.org/fhir/uv/sdc)
SDC_QUESTIONNAIRE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire"
ENABLE_WHEN_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
)
CALCULATED_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
)


def workbook(name: str) -> str:
    """The URL of one of Workbook's own extensions."""
    return WORKBOOK_EXTENSION + name


FIELD_TYPE = workbook("field-type")
SHOW_WHEN = workbook("show-when")
SCORE = workbook("score")
FLAG = workbook("flag")
MODULE = workbook("module")
ANCHOR = workbook("anchor")
CALLOUT = workbook("callout")
FIELD_EXTRAS = workbook("field-extras")
#: the stored option value behind a LOINC answer code (PHQ-9's LA6568-5 is ``not-at-all``)
OPTION_VALUE = workbook("option-value")
#: an Observation's link back to the answers it was worked out from
FLAG_OBSERVATION = workbook("flag-raised")


def option_system(base: str, module_id: str) -> str:
    """The code system of one module's answer options (their stored values are the codes)."""
    return f"{base}/CodeSystem/{module_id}-options"


def score_system(base: str) -> str:
    """Codes for scores and flags that have no LOINC code: ``module-id.score-id``."""
    return f"{base}/CodeSystem/results"


def questionnaire_url(base: str, module_id: str) -> str:
    return f"{base}/Questionnaire/{module_id}"
