"""The few fixed words Workbook's core prints or adds around a module, in each language it knows.

Module authors translate their own words in translation files; these are the
words no module carries: worksheet and report headings, table heads, the line that
explains why a questionnaire is shown in its original language. A language
without a catalogue entry falls back to English, word by word.
"""

from __future__ import annotations

from workbook.core.language.translation_files import language_candidates

#: key → English. Keys name what the text is for, so a translator can judge the tone.
ENGLISH: dict[str, str] = {
    "instrument_in_original": (
        "This questionnaire is shown in its original language, because it may only be "
        "translated with its official translation, copied word for word, and that "
        "translation is not included here."
    ),
    "translation_source": "Translation: {source}",
    # worksheets
    "name": "Name",
    "date": "Date",
    "completed_on": "Completed {day}",
    "draft_saved_on": "Draft, last saved {day}",
    "results": "Results",
    "score_out_of": "{value} out of {maximum}",
    "self_report": (
        "These results come from your own answers. They are not a diagnosis; talk them "
        "through with your clinician."
    ),
    "not_answered": "Not answered",
    "yes": "Yes",
    "no": "No",
    "page_of": "Page {page} of {pages}",
    "confidential": "Confidential: personal health information",
    # progress report
    "progress_report": "Progress report",
    "dates": "Dates: {range}",
    "printed_on": "Printed: {day}",
    "summary_note": (
        "This is a summary of what you wrote and scored yourself. It is not a diagnosis. "
        "Scores from questionnaires are a starting point for a conversation with your "
        "clinician, who can put them in context."
    ),
    "what_you_completed": "What you completed",
    "nothing_completed": "No modules were completed in these dates.",
    "module": "Module",
    "times": "Times",
    "last": "Last",
}

SPANISH: dict[str, str] = {
    "instrument_in_original": (
        "Este cuestionario aparece en su idioma original porque solo se puede traducir "
        "con su traducción oficial, copiada palabra por palabra, y esa traducción no está "
        "incluida aquí."
    ),
    "translation_source": "Traducción: {source}",
    "name": "Nombre",
    "date": "Fecha",
    "completed_on": "Completado el {day}",
    "draft_saved_on": "Borrador, guardado por última vez el {day}",
    "results": "Resultados",
    "score_out_of": "{value} de {maximum}",
    "self_report": (
        "Estos resultados salen de tus propias respuestas. No son un diagnóstico; "
        "coméntalos con tu terapeuta."
    ),
    "not_answered": "Sin responder",
    "yes": "Sí",
    "no": "No",
    "page_of": "Página {page} de {pages}",
    "confidential": "Confidencial: información personal de salud",
    "progress_report": "Informe de progreso",
    "dates": "Fechas: {range}",
    "printed_on": "Impreso: {day}",
    "summary_note": (
        "Este es un resumen de lo que tú mismo escribiste y puntuaste. No es un "
        "diagnóstico. Las puntuaciones de los cuestionarios son un punto de partida para "
        "hablar con tu terapeuta, que puede ponerlas en contexto."
    ),
    "what_you_completed": "Lo que completaste",
    "nothing_completed": "No completaste ningún módulo en estas fechas.",
    "module": "Módulo",
    "times": "Veces",
    "last": "Última vez",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH}


def fixed_words(key: str, language: str | None, **values: object) -> str:
    """The text for ``key`` in ``language`` (English when that language lacks it), filled in."""
    for code in (*language_candidates(language), "en"):
        text = CATALOGUES.get(code, {}).get(key)
        if text is not None:
            return text.format(**values) if values else text
    raise KeyError(f"no fixed text {key!r}")


def languages() -> tuple[str, ...]:
    """The languages the fixed words exist in."""
    return tuple(CATALOGUES)
