"""A choice's answer as a FHIR Coding, written the same in the Questionnaire, its
``enableWhen`` conditions and every QuestionnaireResponse.

The stored option value is the code (in the module's own code system), or, for the
items of an instrument LOINC codes answers for (PHQ-9), the LOINC answer code with the
stored value in Workbook's ``option-value`` extension. The label is the display, and a
scored option carries its score as ``ordinalValue`` on the Coding, so FHIRPath's
``weight()`` finds it in a response even without the Questionnaire at hand.
"""

from __future__ import annotations

from fhir.resources.R4B.coding import Coding

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.fhir.loinc import instrument
from workbook.core.language.model import Field


def option_coding(module_id: str, system: str, field: Field | None, value: str) -> Coding:
    """The option as a Coding: its LOINC answer code where the instrument has one (the
    stored value kept beside it), else the module's own code system."""
    option = field.option(value) if field is not None else None
    extensions = []
    if option is not None and option.score is not None:
        extensions.append(ext.decimal(v.ORDINAL_VALUE, option.score))
    display = option.label if option is not None else None
    codes = instrument(module_id)
    answer = None
    if codes is not None and field is not None and field.id in codes.items:
        answer = codes.answers.get(value)
    if answer is not None:
        extensions.append(ext.string(v.OPTION_VALUE, value))
        return Coding(system=v.LOINC, code=answer.code, display=display, extension=extensions)
    return Coding(system=system, code=value, display=display, extension=extensions or None)


def option_value(coding: Coding) -> str | None:
    """The stored option value a Coding stands for (its code, unless a LOINC code stands in)."""
    return ext.text_of(coding.extension, v.OPTION_VALUE) or coding.code
