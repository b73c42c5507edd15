"""A choice's answer as a FHIR Coding, written the same in the Questionnaire, its
``enableWhen`` conditions and every QuestionnaireResponse.

The stored option value is the code (in the module's own code system), the label its
display, and a scored option carries its score as ``ordinalValue`` on the Coding, so
FHIRPath's ``weight()`` finds it in a response even without the Questionnaire at hand.
"""

from __future__ import annotations

from fhir.resources.R4B.coding import Coding

from workbook.core.fhir import extensions as ext
from workbook.core.fhir import vocabulary as v
from workbook.core.language.model import Field


def option_coding(system: str, field: Field | None, value: str) -> Coding:
    option = field.option(value) if field is not None else None
    weight = None
    if option is not None and option.score is not None:
        weight = [ext.decimal(v.ORDINAL_VALUE, option.score)]
    return Coding(
        system=system,
        code=value,
        display=option.label if option is not None else None,
        extension=weight,
    )
