"""Exchange with clinics over HL7 FHIR R4: modules as Questionnaires, entries as responses.

* ``questionnaire_export``: a module as an SDC ``Questionnaire``;
* ``bundle_export``: what a person chose to share as a ``Bundle`` of
  ``QuestionnaireResponse`` and ``Observation`` resources;
* ``questionnaire_import``: a ``Questionnaire`` from elsewhere as a module draft;
* ``loinc``: the codes of the standard instruments, with their sources.

Every resource is built and checked with ``fhir.resources`` (its R4B models, which
match R4 for these resources). Nothing here imports Qt.
"""
